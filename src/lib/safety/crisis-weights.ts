/**
 * The crisis classifier's weights file, fetched on its own: a run fetches it as soon as a step
 * with free text opens, while the detector's code (crisis-detector.ts and what it reads with)
 * loads only when the person first writes. crisis-model.ts decodes what this fetched.
 */

/** Where the app finds the weights (under static/). */
export const MODEL_PATH = '/models/crisis.bin';

let fetching: Promise<ArrayBuffer | undefined> | undefined;

/** Fetches the file once; undefined when it cannot be had (offline, an error), and then the next call tries again. */
export function fetchCrisisWeights(fetcher: typeof fetch = fetch): Promise<ArrayBuffer | undefined> {
	fetching ??= fetcher(MODEL_PATH)
		.then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
		.catch(() => {
			fetching = undefined;
			return undefined;
		});
	return fetching;
}

/** Forgets the file fetched (tests, and after a file that did not decode). */
export function resetCrisisWeights(): void {
	fetching = undefined;
}
