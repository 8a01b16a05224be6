/**
 * Long work on the main thread in slices: `sliced` gives a function to call once per item, which
 * every `every` items waits for the next task, so that input and drawing get their turn (no task
 * much over 50 ms while a directory of 50,000 services is put together). Works in Node too.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface Slicer {
	/** Call once per item; resolves at once except every `every` items, where it waits for the next task. */
	tick(): Promise<void> | undefined;
}

export function slicer(every: number): Slicer {
	let count = 0;
	return {
		tick() {
			if (++count % every !== 0) return undefined;
			return nextTask();
		}
	};
}
