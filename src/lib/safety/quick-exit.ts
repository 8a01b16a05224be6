/**
 * Quick exit, after the GOV.UK "Exit this page" pattern: the button, or Shift pressed three times
 * within two seconds, replaces Langkah with a neutral page. `location.replace` keeps the back
 * button from returning here; it does not erase browser history or the installed icon.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=cuaca+hari+ini';
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

export function quickExit(location: Pick<Location, 'replace'> = window.location): void {
	location.replace(QUICK_EXIT_URL);
}

/**
 * Counts lone Shift presses: a Shift released without another key pressed while it was held.
 * Shift used to type a capital letter does not count, and any other key starts the count over.
 */
export function createShiftCounter(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
	let times: number[] = [];
	let shiftHeld = false;
	let usedAsModifier = false;
	return {
		keydown(key: string, repeat = false): void {
			if (key === 'Shift') {
				if (!repeat) {
					shiftHeld = true;
					usedAsModifier = false;
				}
				return;
			}
			if (shiftHeld) usedAsModifier = true;
			times = [];
		},
		/** Returns true when this release completes the third lone Shift within the time window. */
		keyup(key: string, at: number): boolean {
			if (key !== 'Shift') return false;
			shiftHeld = false;
			if (usedAsModifier) return false;
			times = [...times.filter((t) => at - t <= windowMs), at];
			if (times.length < presses) return false;
			times = [];
			return true;
		}
	};
}
