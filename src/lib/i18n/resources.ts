import type { Language } from './languages';

export type Messages = { [key: string]: string | Messages };

// Each locale file becomes its own chunk, so a page downloads only the namespaces it shows,
// in the language it shows them.
const loaders: Record<string, () => Promise<Messages>> = {
	...import.meta.glob<Messages>('/locales/*/*.json', { import: 'default' }),
	// Made at build time from the flows and their locale files: the title and description of every
	// shipped exercise, for the pages that list them (scripts/vite-flow-summaries.mjs).
	'/locales/id/flow-cards.json': async () => (await import('virtual:flow-cards/id')).default as Messages,
	'/locales/en/flow-cards.json': async () => (await import('virtual:flow-cards/en')).default as Messages
};

export function namespaceFile(language: Language, namespace: string): string {
	return `/locales/${language}/${namespace}.json`;
}

export function hasNamespace(language: Language, namespace: string): boolean {
	return namespaceFile(language, namespace) in loaders;
}

export async function loadMessages(language: Language, namespace: string): Promise<Messages> {
	const load = loaders[namespaceFile(language, namespace)];
	if (!load) throw new Error(`No messages for namespace "${namespace}" in language "${language}"`);
	return load();
}
