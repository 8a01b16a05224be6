/**
 * "All data deleted", across tabs. The tab that deletes everything (privacy/wipe) announces it on
 * the BroadcastChannel `langkah-data` ({ type: 'wiped' }); every other open tab of Langkah then
 * forgets what this tab kept in sessionStorage (page snapshots included) and hands over to the
 * layout, which reloads it to a clean home page.
 *
 * Each tab also counts its "data generation", which moves on at every wipe, here or elsewhere.
 * Writers that save as the person types (a run in progress, the safety plan) note the generation
 * they were made in and write nothing once it has moved on: a tab left open on an exercise can
 * never write the deleted run back, not even in the moment before it reloads.
 *
 * Small on purpose: the layout loads it on every page.
 */
import { forgetPageSnapshots } from './page-snapshots';

export const DATA_CHANNEL = 'langkah-data';

export interface DataWipedMessage {
	type: 'wiped';
}

let generation = 0;
let channel: BroadcastChannel | undefined;
const listeners = new Set<() => void>();

/** The current data generation; compare it with the one a writer started in before writing. */
export function dataGeneration(): number {
	return generation;
}

/** Moves the generation on: every writer made before this call stops writing. */
export function markDataWiped(): void {
	generation += 1;
}

/** Forgets what this tab keeps in sessionStorage: SvelteKit's snapshots and scroll positions, ours. */
export function clearSessionTraces(): void {
	forgetPageSnapshots();
	try {
		sessionStorage.clear();
	} catch {
		// No sessionStorage: nothing was kept there.
	}
}

function isWipedMessage(data: unknown): data is DataWipedMessage {
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'wiped';
}

// One channel a tab, used both to send and to listen: a channel never hears its own messages, so
// the tab that deletes is not reloaded by its own announcement.
function openChannel(): BroadcastChannel | undefined {
	if (channel) return channel;
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel = new BroadcastChannel(DATA_CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		if (!isWipedMessage(event.data)) return;
		markDataWiped();
		clearSessionTraces();
		for (const listener of [...listeners]) listener();
	};
	return channel;
}

/** Tells the other open tabs that everything was deleted. */
export function announceDataWiped(): void {
	const message: DataWipedMessage = { type: 'wiped' };
	openChannel()?.postMessage(message);
}

/**
 * Calls `listener` when another tab deletes all data (after writers were stopped and this tab's
 * sessionStorage was cleared). Returns the function that stops listening.
 */
export function onDataWipedElsewhere(listener: () => void): () => void {
	openChannel();
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** For tests: closes the channel and starts counting again. */
export function resetDataWiped(): void {
	channel?.close();
	channel = undefined;
	listeners.clear();
	generation = 0;
}
