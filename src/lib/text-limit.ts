/**
 * One generous limit for everything a person writes in one field (a step's text, a note, a plan
 * item): long enough never to cut a real story short, short enough that a paste of a whole book
 * cannot fill the phone. Text fields carry it as `maxlength` and show a gentle note when it is
 * reached (TextLimitNote.svelte); storage cuts longer text to it, keeping everything before it.
 */
export const MAX_TEXT_LENGTH = 20_000;

/** The text cut to the limit, never in the middle of a character written with two code units (an emoji). */
export function limitText(text: string, limit: number = MAX_TEXT_LENGTH): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit);
	const last = cut.charCodeAt(cut.length - 1);
	return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** True when the text has reached the limit, so the field can say so. */
export function reachedTextLimit(text: string, limit: number = MAX_TEXT_LENGTH): boolean {
	return text.length >= limit;
}
