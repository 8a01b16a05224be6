/**
 * The problems named in a story ("Tell it"), as the first items of a list ("My problems") for the
 * person to confirm: each sentence or line of what they wrote is one item, in their own words. They
 * remove what is not a problem, change the words, or add more; nothing is decided for them.
 */
import type { ListItem } from './flow-types';
import { newId } from '$lib/ids';
import { limitText } from '$lib/text-limit';

/** At most this many items: a long story gives its first sentences, and the person adds the rest. */
export const MAX_STORY_ITEMS = 10;

/** The sentences and lines of a text, each trimmed; very short pieces ("ya.", "...") are left out. */
export function storySentences(text: string): string[] {
	return text
		.split(/\n+|(?<=[.!?…])\s+/u)
		.map((piece) => piece.trim())
		.filter((piece) => piece.replace(/[^\p{L}\p{N}]/gu, '').length >= 3)
		.slice(0, MAX_STORY_ITEMS);
}

/** List items for the sentences of a story. */
export function storyItems(text: string, newItemId: () => string = newId): ListItem[] {
	return storySentences(text).map((sentence) => ({ id: newItemId(), text: limitText(sentence) }));
}
