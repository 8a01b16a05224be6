/**
 * The record of what happened with one service (a referral's `serviceEvents`) as a page sees it:
 * read once (without Dexie: db/my-resources.read.ts), added to and deleted from through storage that may refuse (the failure is shown, the
 * words typed are kept). The component renders this state; reading and writing are here.
 */
import { writeSafely } from '$lib/db/storage-status.svelte';
import { byHappened, readServiceEvents } from '$lib/db/my-resources.read';
import type { ServiceEvent } from '$lib/db/my-resources.schema';
import type { ServiceEventInput } from '$lib/db/service-events.repo';

/** The repo that writes, loaded with the first change (it brings Dexie). */
const repo = () => import('$lib/db/service-events.repo');

export class ServiceRecord {
	events = $state.raw<ServiceEvent[]>([]);
	readFailed = $state(false);

	constructor(private readonly referralId: string) {}

	async load(): Promise<void> {
		try {
			this.events = await readServiceEvents(this.referralId);
		} catch {
			this.readFailed = true;
		}
	}

	/** Adds one thing that happened; false when storage refused (nothing is lost on screen). */
	async add(input: ServiceEventInput): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).addServiceEvent(this.referralId, input));
		if (!result.ok) return false;
		this.events = [...this.events, result.value].sort(byHappened);
		return true;
	}

	async remove(id: string): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).deleteServiceEvent(id));
		if (result.ok) this.events = this.events.filter((event) => event.id !== id);
		return result.ok;
	}
}
