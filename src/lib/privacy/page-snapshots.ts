/**
 * What a page keeps for the Back button (a SvelteKit snapshot, such as the typed search words), held
 * here instead of in SvelteKit's own snapshot store. SvelteKit keeps its snapshots in memory and
 * writes them to sessionStorage ("sveltekit:snapshot") every time the page hides, so "delete all"
 * could never clear them. A page's snapshot therefore holds only a random key; the words are kept in
 * memory here and in sessionStorage under `langkah.snapshots`, and `forgetPageSnapshots()` removes
 * both: after that, Back finds a key that leads nowhere.
 */
import { newId } from '$lib/ids';

const STORAGE_KEY = 'langkah.snapshots';
/** Snapshots are taken on every navigation and every time the page hides: keep only the latest. */
const MAX_KEPT = 30;

let kept: Map<string, unknown> | undefined;

function keptValues(): Map<string, unknown> {
	if (kept) return kept;
	kept = new Map();
	try {
		const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
		if (Array.isArray(stored)) {
			for (const entry of stored) {
				if (Array.isArray(entry) && typeof entry[0] === 'string') kept.set(entry[0], entry[1]);
			}
		}
	} catch {
		// No sessionStorage, or a damaged entry: Back just starts empty.
	}
	return kept;
}

function store(values: Map<string, unknown>): void {
	try {
		sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...values]));
	} catch {
		// Without sessionStorage the value lives in memory only, until the tab closes.
	}
}

/** Keeps a value for Back and returns the key to put in the page's SvelteKit snapshot. */
export function keepForBack(value: unknown): string {
	const values = keptValues();
	const key = newId();
	values.set(key, value);
	for (const oldest of values.keys()) {
		if (values.size <= MAX_KEPT) break;
		values.delete(oldest);
	}
	store(values);
	return key;
}

/** The value kept under a snapshot's key, or undefined when it was forgotten (or never kept). */
export function takeBack(key: unknown): unknown {
	return typeof key === 'string' ? keptValues().get(key) : undefined;
}

/** Forgets every value kept for Back, in memory and in sessionStorage. */
export function forgetPageSnapshots(): void {
	kept = new Map();
	try {
		sessionStorage.removeItem(STORAGE_KEY);
	} catch {
		// Nothing stored without sessionStorage.
	}
}
