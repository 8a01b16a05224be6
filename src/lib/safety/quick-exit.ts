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

/** Returns a function to call with each key press; it answers true on the third Shift in time. */
export function createShiftCounter(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
	let times: number[] = [];
	return (key: string, at: number, repeat = false): boolean => {
		if (key !== 'Shift') {
			times = [];
			return false;
		}
		if (repeat) return false;
		times = [...times.filter((t) => at - t <= windowMs), at];
		if (times.length >= presses) {
			times = [];
			return true;
		}
		return false;
	};
}
