/**
 * The safety plan page: the person's own lists (db/safety-plan.repo), the people they can ask and
 * their saved services (db/my-resources.repo), read once, then edited on screen and saved as typed.
 * They are read without Dexie (db/safety-plan.read, db/my-resources.read); the repos, and Dexie with
 * them, load with the first change.
 * A write starts at once; whatever changes while it is in flight is written right after it, so the
 * stored plan is never more than one write behind the screen. Pending writes are flushed when the
 * page hides (see db/pending-writes).
 */
import type { PersonInput } from '$lib/db/my-resources.repo';
import { readPeople, readSavedServices } from '$lib/db/my-resources.read';
import type { Person, SavedService } from '$lib/db/my-resources.schema';
import { registerFlush } from '$lib/db/pending-writes';
import { readSafetyPlanLists } from '$lib/db/safety-plan.read';
import { emptySafetyPlan, type PlanItem, type SafetyPlanLists, type SafetyPlanSection } from '$lib/db/safety-plan.records';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { newId } from '$lib/ids';
import { dataGeneration } from '$lib/privacy/data-wiped';
import { settings } from '$lib/settings/settings.svelte';
import { planAsText, planOutline } from './safety-plan-text';

/** The repos that write, loaded with the first change (they bring Dexie). */
const peopleRepo = () => import('$lib/db/my-resources.repo');
const planRepo = () => import('$lib/db/safety-plan.repo');

export type PersonChanges = Partial<Pick<Person, 'name' | 'howTheyCanHelp' | 'contact'>>;

export class SafetyPlanState {
	lists = $state.raw<SafetyPlanLists>(emptySafetyPlan());
	/** In the order they were added, so a card does not jump while its person is being edited. */
	people = $state.raw<Person[]>([]);
	services = $state.raw<SavedService[]>([]);
	/** False until the stored plan is on screen: nothing can be typed over before then. */
	loaded = $state(false);
	/** Whether this browser can hand text to the phone's share sheet (known only in the browser). */
	canShare = $state(false);
	shareOutcome = $state<'copied' | 'copyFailed' | null>(null);

	readonly outline = $derived(planOutline(this.lists, this.people, this.services, i18n.t));
	readonly text = $derived(planAsText(i18n.t('safety-plan:title'), this.outline, i18n.t('safety-plan:nothingYet')));

	// What changed since the last write: bookkeeping for the writer, never shown, so not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #unsavedSections = new Set<SafetyPlanSection>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #unsavedPeople = new Set<string>();
	readonly #unregisterFlush = registerFlush(() => this.flush());
	#writing: Promise<void> | undefined;
	/** The data generation the plan was read in: after "delete all" (any tab) nothing is written. */
	readonly #generation = dataGeneration();

	async load(): Promise<void> {
		this.canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
		try {
			const [lists, people, services] = await Promise.all([readSafetyPlanLists(), readPeople(), readSavedServices()]);
			this.lists = lists;
			this.people = people.sort((a, b) => a.createdAt - b.createdAt);
			this.services = services;
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
		}
		this.loaded = true;
	}

	/** Starts loading the code that stores changes, when the person is about to make one (a field has focus). */
	prepareWrites(): void {
		void peopleRepo().catch(() => undefined);
		void planRepo().catch(() => undefined);
	}

	/** Adds an empty entry to a section and returns its id (it is stored once it has words). */
	addItem(section: SafetyPlanSection): string {
		const id = newId();
		this.#changeSection(section, [...this.lists[section], { id, text: '' }]);
		return id;
	}

	/** Changes an entry's words; an id not in the section yet (the ready field of an empty one) is added. */
	editItem(section: SafetyPlanSection, id: string, text: string): void {
		const items = this.lists[section];
		const edited = items.some((item) => item.id === id) ? items.map((item) => (item.id === id ? { id, text } : item)) : [...items, { id, text }];
		this.#changeSection(section, edited);
	}

	removeItem(section: SafetyPlanSection, id: string): void {
		this.#changeSection(section, this.lists[section].filter((item) => item.id !== id));
	}

	/** Adds someone to "people I can ask" (they appear on the services page too); false if not stored. */
	async addPerson(input: PersonInput): Promise<boolean> {
		const result = await writeSafely(async () => (await peopleRepo()).addPerson(input));
		if (!result.ok) return false;
		this.people = [...this.people, result.value];
		await settings.noteSaved();
		return true;
	}

	/** Changes a person as typed. While the name is empty nothing is stored: a person needs a name. */
	editPerson(id: string, changes: PersonChanges): void {
		this.people = this.people.map((person) => (person.id === id ? { ...person, ...changes } : person));
		this.#unsavedPeople.add(id);
		this.#scheduleWrite();
	}

	async removePerson(id: string): Promise<boolean> {
		const result = await writeSafely(async () => (await peopleRepo()).deletePerson(id));
		if (!result.ok) return false;
		this.#unsavedPeople.delete(id);
		this.people = this.people.filter((person) => person.id !== id);
		return true;
	}

	/** Opens the phone's share sheet with the plan as text, or copies it where there is none. */
	async share(): Promise<void> {
		this.shareOutcome = null;
		if (this.canShare) {
			try {
				await navigator.share({ title: i18n.t('safety-plan:title'), text: this.text });
				return;
			} catch (error) {
				// The person closed the share sheet: nothing to say. Any other refusal: copy instead.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		try {
			await navigator.clipboard.writeText(this.text);
			this.shareOutcome = 'copied';
		} catch {
			this.shareOutcome = 'copyFailed';
		}
	}

	/** Resolves once everything on screen is stored (or the storage refused, which is reported). */
	async flush(): Promise<void> {
		while (this.#writing) await this.#writing;
	}

	dispose(): void {
		this.#unregisterFlush();
	}

	#changeSection(section: SafetyPlanSection, items: PlanItem[]): void {
		this.lists = { ...this.lists, [section]: items };
		this.#unsavedSections.add(section);
		this.#scheduleWrite();
	}

	#scheduleWrite(): void {
		if (this.#writing || this.#generation !== dataGeneration()) return;
		this.#writing = this.#writeUnsaved().finally(() => {
			this.#writing = undefined;
			if (this.#unsavedSections.size > 0 || this.#unsavedPeople.size > 0) this.#scheduleWrite();
		});
	}

	async #writeUnsaved(): Promise<void> {
		if (this.#generation !== dataGeneration()) return;
		const sections = [...this.#unsavedSections];
		const people = this.people.filter((person) => this.#unsavedPeople.has(person.id) && person.name.trim() !== '');
		this.#unsavedSections.clear();
		this.#unsavedPeople.clear();
		const result = await writeSafely(async () => {
			if (sections.length > 0) {
				const { saveSafetyPlanSection } = await planRepo();
				for (const section of sections) await saveSafetyPlanSection(section, this.lists[section]);
			}
			if (people.length > 0) {
				const { updatePerson } = await peopleRepo();
				for (const person of people) await updatePerson(person.id, personInput(person));
			}
		});
		if (result.ok) await settings.noteSaved();
	}
}

function personInput(person: Person): PersonInput {
	const { name, howTheyCanHelp, contact, relation } = person;
	return relation ? { name, howTheyCanHelp, contact, relation } : { name, howTheyCanHelp, contact };
}
