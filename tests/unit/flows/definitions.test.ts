import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_IDS, loadFlowDefinition } from '$lib/flows/registry';
import { describeFlowProblem, validateFlow, type Language } from '$lib/flows/flow-validate';
import { isListedInSummary } from '$lib/steps/registry';
import { readFlowFile } from '$lib/flows/flow-file';
import { flowSummary } from '$lib/flows/registry';
import { loadMessages } from '$lib/i18n/resources';
import { walkAllPaths } from './walk';

/**
 * Every flow Langkah ships: valid against the real locale files, and every path reaches the end.
 * A key "ns:a.b" must be a non-empty string at path a.b of locales/<language>/<ns>.json.
 */

const LOCALES = join(process.cwd(), 'locales');
const files = new Map<string, unknown>();

function localeFile(language: Language, namespace: string): unknown {
	const name = `${language}/${namespace}`;
	if (!files.has(name)) {
		try {
			files.set(name, JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')));
		} catch {
			files.set(name, undefined);
		}
	}
	return files.get(name);
}

/** The text at a key's path ("ns:a.b" → a.b) in a namespace's messages. */
function textAt(messages: unknown, key: string): unknown {
	return key
		.slice(key.indexOf(':') + 1)
		.split('.')
		.reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function hasText(key: string, language: Language): boolean {
	const separator = key.indexOf(':');
	if (separator <= 0) return false;
	let node = localeFile(language, key.slice(0, separator));
	for (const part of key.slice(separator + 1).split('.')) {
		if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return false;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' && node.trim() !== '';
}

it('reads locale keys as namespace and path', () => {
	expect(hasText('common:no.such.key', 'en')).toBe(false);
	expect(hasText('no-such-namespace:title', 'id')).toBe(false);
	expect(hasText('no namespace', 'id')).toBe(false);
	for (const id of FLOW_IDS) expect(hasText(`flow-${id}:title`, 'id'), id).toBe(true);
});

describe.each(FLOW_IDS)('flow "%s"', (id) => {
	it('is valid, with every text in both languages', async () => {
		const definition = await loadFlowDefinition(id);
		expect(definition.id).toBe(id);
		expect(validateFlow(definition, hasText).map(describeFlowProblem)).toEqual([]);
	});

	it('gives every step that asks something a statement for notes to a service, never a question', async () => {
		const definition = await loadFlowDefinition(id);
		for (const step of definition.steps.filter(isListedInSummary)) {
			expect(step.noteLabel, step.id).toBeDefined();
			for (const language of ['id', 'en'] as const) {
				const [namespace, path] = step.noteLabel!.split(':') as [string, string];
				const text = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], localeFile(language, namespace));
				expect(text, `${language} ${step.id}`).toEqual(expect.any(String));
				expect(text as string, `${language} ${step.id}`).not.toMatch(/\?|^apakah\b/i);
			}
			if (step.kind === 'readiness') for (const question of step.questions) expect(question.statement, question.id).toBeTruthy();
		}
	});

	it('is a sound flow file (its file name is its id; the list of exercises shows its title and description)', async () => {
		const raw = JSON.parse(readFileSync(join(process.cwd(), 'src/lib/flows/definitions', `${id}.flow.json`), 'utf8'));
		const result = readFlowFile(raw, hasText);
		expect(result.ok ? [] : result.problems).toEqual([]);
		const { namespace, title, description, minutes } = raw;
		const summary = flowSummary(id);
		expect(summary).toMatchObject({ id, namespace, minutes });
		expect(summary.title).toBe(`flow-cards:${title.replace(':', '.')}`);
		expect(summary.description).toBe(`flow-cards:${description.replace(':', '.')}`);
		for (const language of ['id', 'en'] as const) {
			const cards = await loadMessages(language, 'flow-cards');
			expect(textAt(cards, summary.title)).toBe(textAt(localeFile(language, namespace), title));
			expect(textAt(cards, summary.description)).toBe(textAt(localeFile(language, namespace), description));
		}
	});

	it('reaches done on every path and passes every step', async () => {
		const definition = await loadFlowDefinition(id);
		const result = walkAllPaths(definition);
		expect(result.failures).toEqual([]);
		expect([...result.visitedSteps].sort()).toEqual(definition.steps.map((step) => step.id).sort());
	});
});
