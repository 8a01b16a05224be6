import { tick } from 'svelte';

/**
 * Moves focus by hand once a change is on screen: an element that is removed or moved loses it.
 * Goes to `elementId`, or to `fallback` (such as the "add" button) when that element is gone.
 */
export async function focusAfterUpdate(elementId: string | undefined, fallback?: HTMLElement): Promise<void> {
	await tick();
	const element = elementId ? document.getElementById(elementId) : null;
	(element ?? fallback)?.focus();
}
