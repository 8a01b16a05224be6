/**
 * "My services" as the page sees it: the person's saved services, referral notes, people they can
 * ask and unmet needs (db/my-resources.repo.ts), and the answers of their finished exercises they
 * may put in a note. The page renders this state and handles focus; reading and writing are here.
 * A read that fails leaves the page usable (`readFailed`); a finished run whose exercise cannot be
 * loaded is left out of the choices, not thrown at the person.
 */
import {
	addPerson,
	createReferralGroup,
	deletePerson,
	deleteUnmetNeed,
	exportUnmetNeedCounts,
	listPeople,
	listReferrals,
	listSavedServices,
	listUnmetNeeds,
	noteUnmetNeed,
	unsaveService,
	type Person,
	type PersonInput,
	type Referral,
	type SavedService,
	type UnmetNeed,
	type UnmetNeedCategory,
	type UnmetNeedCounts
} from '$lib/db/my-resources.repo';
import { listRuns, type RunRecord } from '$lib/db/runs.repo';
import { writeSafely } from '$lib/db/storage-status.svelte';
import { answersOfSavedRun } from '$lib/flows/flow-restore';
import { isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { summarizeRun } from '$lib/flows/run-summary';
import { i18n } from '$lib/i18n/i18n.svelte';
import { stepNamespaces } from '$lib/steps/registry';
import { loadStepSummaries } from '$lib/steps/summaries';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One answer of a finished run, as the note editor offers it. */
export interface RunAnswerChoice {
	key: string;
	/** The exercise's title, an i18n key (read in the language on screen). */
	title: string;
	/** When the run finished (ms). */
	finishedAt: number;
	/** How the answer is introduced in the note: a statement about the person, not the question asked. */
	noteLabel: string;
	text: string;
}

/** The answers a finished run offers for a note; none when its exercise cannot be loaded. */
async function choicesOfRun(run: RunRecord, t: Translate): Promise<RunAnswerChoice[]> {
	if (!isFlowId(run.flowId)) return [];
	try {
		const definition = await loadFlowDefinition(run.flowId);
		const answers = answersOfSavedRun(definition, run);
		// The texts some step kinds summarize with (a programme's name, a step in a complaint) come with their runs, and so do summaries kept apart.
		await Promise.all([i18n.use(...stepNamespaces(definition.steps)), loadStepSummaries(definition.steps.map((step) => step.kind))]);
		return summarizeRun(definition, answers, t).map((item) => ({
			key: `${run.id}:${item.stepId}`,
			title: definition.title,
			finishedAt: run.finishedAt ?? run.updatedAt,
			noteLabel: item.noteLabel,
			text: item.lines.join('\n')
		}));
	} catch {
		return [];
	}
}

export class MyResources {
	/** Undefined until read. */
	saved = $state.raw<SavedService[] | undefined>(undefined);
	referrals = $state.raw<Referral[]>([]);
	people = $state.raw<Person[]>([]);
	unmet = $state.raw<UnmetNeed[]>([]);
	runChoices = $state.raw<RunAnswerChoice[]>([]);
	/** The saved services, notes and people could not be read (storage blocked or missing). */
	readFailed = $state(false);

	/** Notes kept from services removed before removal deleted them: shown, so nothing stays hidden. */
	readonly notesWithoutService = $derived(
		this.saved ? this.referrals.filter((referral) => !this.saved!.some((service) => service.serviceId === referral.serviceId)) : []
	);

	notesOf(serviceId: string): Referral[] {
		return this.referrals.filter((referral) => referral.serviceId === serviceId);
	}

	/** Reads everything; the runs' exercises are loaded side by side. */
	async load(t: Translate): Promise<void> {
		try {
			[this.saved, this.referrals, this.people, this.unmet] = await Promise.all([listSavedServices(), listReferrals(), listPeople(), listUnmetNeeds()]);
		} catch {
			// Nothing can be read: the page stays usable and says why it is empty.
			this.readFailed = true;
			this.saved = [];
			return;
		}
		const runs = (await listRuns().catch(() => [])).filter((run) => run.status === 'finished');
		this.runChoices = (await Promise.all(runs.map((run) => choicesOfRun(run, t)))).flat();
	}

	/** Removes a saved service and its notes; returns the service next to it (for focus), or false when storage refused. */
	async unsave(service: SavedService): Promise<SavedService | undefined | false> {
		const result = await writeSafely(() => unsaveService(service.serviceId, 'delete'));
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
		const result = await writeSafely(() => createReferralGroup(services, { note, answers }));
		if (result.ok) this.referrals = [...result.value, ...this.referrals];
		return result.ok;
	}

	noteDeleted(id: string): void {
		this.referrals = this.referrals.filter((item) => item.id !== id);
	}

	async addPerson(input: PersonInput): Promise<boolean> {
		const result = await writeSafely(() => addPerson(input));
		if (result.ok) this.people = [...this.people, result.value];
		return result.ok;
	}

	async removePerson(id: string): Promise<boolean> {
		const result = await writeSafely(() => deletePerson(id));
		if (result.ok) this.people = this.people.filter((person) => person.id !== id);
		return result.ok;
	}

	async noteUnmet(what: string, category: UnmetNeedCategory): Promise<boolean> {
		const result = await writeSafely(() => noteUnmetNeed({ what, category }));
		if (result.ok) this.unmet = [result.value, ...this.unmet];
		return result.ok;
	}

	async removeUnmet(id: string): Promise<boolean> {
		const result = await writeSafely(() => deleteUnmetNeed(id));
		if (result.ok) this.unmet = this.unmet.filter((need) => need.id !== id);
		return result.ok;
	}

	/** The anonymous counts of unmet needs by category (no words, no dates). */
	unmetCounts(): Promise<UnmetNeedCounts> {
		return exportUnmetNeedCounts();
	}
}
