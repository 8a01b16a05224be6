import type { ThemeChoice } from '$lib/db/settings.repo';

/** "system" leaves the colours to `prefers-color-scheme`; light and dark override it. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement | undefined = globalThis.document?.documentElement): void {
	if (!root) return;
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
}
