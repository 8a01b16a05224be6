/**
 * "My services" as the page sees it: the person's saved services, referral notes, people they can
 * ask and unmet needs, and the answers of their finished exercises they may put in a note. The page
 * renders this state and handles focus; reading and writing are here. The lists are read without
 * Dexie (db/my-resources.read.ts); the repo, and Dexie with it, load with the first change, and the
 * answers of finished runs (run-choices.ts) when a note editor opens. A read that fails leaves the
 * page usable (`readFailed`); a finished run whose exercise cannot be loaded is left out of the
 * choices, not thrown at the person.
 */
import type { PersonInput } from '$lib/db/my-resources.repo';
import { countUnmetNeeds, readPeople, readReferrals, readSavedServices, readUnmetNeeds, type UnmetNeedCounts } from '$lib/db/my-resources.read';
import type { Person, Referral, SavedService, UnmetNeed, UnmetNeedCategory } from '$lib/db/my-resources.schema';
import { writeSafely } from '$lib/db/storage-status.svelte';
import type { RunAnswerChoice } from './run-choices';

export type { RunAnswerChoice };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The repo that writes, loaded with the first change (it brings Dexie). */
const repo = () => import('$lib/db/my-resources.repo');

export class MyResources {
	/** Undefined until read. */
	saved = $state.raw<SavedService[] | undefined>(undefined);
	referrals = $state.raw<Referral[]>([]);
	people = $state.raw<Person[]>([]);
	unmet = $state.raw<UnmetNeed[]>([]);
	runChoices = $state.raw<RunAnswerChoice[]>([]);
	#choices: Promise<void> | undefined;
	/** The saved services, notes and people could not be read (storage blocked or missing). */
	readFailed = $state(false);

	/** Notes kept from services removed before removal deleted them: shown, so nothing stays hidden. */
	readonly notesWithoutService = $derived(
		this.saved ? this.referrals.filter((referral) => !this.saved!.some((service) => service.serviceId === referral.serviceId)) : []
	);

	notesOf(serviceId: string): Referral[] {
		return this.referrals.filter((referral) => referral.serviceId === serviceId);
	}

	/** Reads the lists the page shows. */
	async load(): Promise<void> {
		try {
			[this.saved, this.referrals, this.people, this.unmet] = await Promise.all([readSavedServices(), readReferrals(), readPeople(), readUnmetNeeds()]);
		} catch {
			// Nothing can be read: the page stays usable and says why it is empty.
			this.readFailed = true;
			this.saved = [];
		}
	}

	/**
	 * Reads the answers of finished runs a note may include (`runChoices`), once, when a note editor
	 * is about to open; resolves when they are there (or none could be read).
	 */
	loadChoices(t: Translate): Promise<void> {
		this.#choices ??= import('./run-choices')
			.then(({ runAnswerChoices }) => runAnswerChoices(t))
			.then(
				(choices) => void (this.runChoices = choices),
				() => undefined
			);
		return this.#choices;
	}

	/** Starts loading the code that stores changes, when the person is about to make one. */
	prepareWrites(): void {
		void repo().catch(() => undefined);
	}

	/** Removes a saved service and its notes; returns the service next to it (for focus), or false when storage refused. */
	async unsave(service: SavedService): Promise<SavedService | undefined | false> {
		const result = await writeSafely(async () => (await repo()).unsaveService(service.serviceId, 'delete'));
		if (!result.ok) return false;
		const list = this.saved ?? [];
		const index = list.findIndex((item) => item.serviceId === service.serviceId);
		const neighbour = list[index + 1] ?? list[index - 1];
		this.saved = list.filter((item) => item.serviceId !== service.serviceId);
		this.referrals = this.referrals.filter((referral) => referral.serviceId !== service.serviceId);
		return neighbour;
	}

	noteSaved(referral: Referral): void {
		this.referrals = [referral, ...this.referrals];
	}

	/** One note to several services: a referral for each, in one write; false when storage refused. */
	async createGroup(services: readonly SavedService[], note: string, answers: { label: string; text: string }[]): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).createReferralGroup(services, { note, answers }));
		if (result.ok) this.referrals = [...result.value, ...this.referrals];
		return result.ok;
	}

	noteDeleted(id: string): void {
		this.referrals = this.referrals.filter((item) => item.id !== id);
	}

	async addPerson(input: PersonInput): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).addPerson(input));
		if (result.ok) this.people = [...this.people, result.value];
		return result.ok;
	}

	async removePerson(id: string): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).deletePerson(id));
		if (result.ok) this.people = this.people.filter((person) => person.id !== id);
		return result.ok;
	}

	async noteUnmet(what: string, category: UnmetNeedCategory): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).noteUnmetNeed({ what, category }));
		if (result.ok) this.unmet = [result.value, ...this.unmet];
		return result.ok;
	}

	async removeUnmet(id: string): Promise<boolean> {
		const result = await writeSafely(async () => (await repo()).deleteUnmetNeed(id));
		if (result.ok) this.unmet = this.unmet.filter((need) => need.id !== id);
		return result.ok;
	}

	/** The anonymous counts of unmet needs by category (no words, no dates), as stored now. */
	async unmetCounts(): Promise<UnmetNeedCounts> {
		return countUnmetNeeds(await readUnmetNeeds());
	}
}
