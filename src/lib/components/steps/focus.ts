import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** The id of every page's <h1> (PageTitle), where focus goes when nothing nearer is left. */
export const PAGE_TITLE_ID = 'page-title';

/**
 * Moves focus by hand once a change is on screen: an element that is removed or moved loses it.
 * Goes to `elementId`, or to `fallback` (such as the "add" button) when that element is gone, or
 * else to the page's title, never to nothing.
 */
export async function focusAfterUpdate(elementId: string | undefined, fallback?: HTMLElement): Promise<void> {
	await tick();
	const element = elementId ? document.getElementById(elementId) : null;
	const target = element ?? (fallback?.isConnected ? fallback : null) ?? document.getElementById(PAGE_TITLE_ID);
	target?.focus();
}

/**
 * After an item of a list is removed: focus goes to the field of the item that took its place, or of
 * the one before it when it was the last, or to `fallback` (the "add" button) when the list is empty.
 * `fieldOf` gives an item's field id, or undefined for an item without one.
 */
export function focusNeighbour<T>(remaining: readonly T[], removedIndex: number, fieldOf: (item: T) => string | undefined, fallback?: HTMLElement): Promise<void> {
	const neighbour = remaining[removedIndex] ?? remaining[removedIndex - 1];
	return focusAfterUpdate(neighbour === undefined ? undefined : fieldOf(neighbour), fallback);
}

/**
 * For a control that comes back when the person answers "No, keep it" to a question it opened:
 * focus returns to it as it appears, instead of being lost with the question's buttons.
 */
export function focusWhen(condition: boolean): Attachment<HTMLElement> {
	return (element) => {
		if (condition) element.focus();
	};
}
