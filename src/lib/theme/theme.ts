import type { ThemeChoice } from '$lib/db/settings.repo';

/** "system" leaves the colours to `prefers-color-scheme`; light and dark override it. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
}
