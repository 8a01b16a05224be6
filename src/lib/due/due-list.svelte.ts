/**
 * What is due, as home shows it: reads the runs, referral notes and due marks, collects the items
 * due today and in the next days (due-items.ts), and stores "done" and "another day". Loaded only
 * after home's first paint, and only when there is a database to read (see DueOnHome.svelte), so
 * that a first visit does not load the database code.
 */
import { markDueDone, moveDue, readDueMarks } from '$lib/db/due-marks.repo';
import { listReferrals, updateReferral } from '$lib/db/my-resources.repo';
import { listRuns, type RunRecord } from '$lib/db/runs.repo';
import { writeSafely } from '$lib/db/storage-status.svelte';
import { answersOfSavedRun } from '$lib/flows/flow-restore';
import { isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { dayOf } from './days';
import { collectDue, datedItemOfReferral, datedItemsOfRun, type DatedItem, type DueItem, type DueMark } from './due-items';

/** The dated items of a run; none when its exercise has no plan or next steps, or cannot be loaded. */
async function datedItemsOf(run: RunRecord): Promise<DatedItem[]> {
	if (!isFlowId(run.flowId)) return [];
	try {
		const definition = await loadFlowDefinition(run.flowId);
		if (!definition.steps.some((step) => step.kind === 'plan' || step.kind === 'actions')) return [];
		return datedItemsOfRun(run.id, definition, answersOfSavedRun(definition, run));
	} catch {
		return [];
	}
}

/** Every dated item the person has, before marks and today are applied. */
export async function readDatedItems(): Promise<DatedItem[]> {
	const [runs, referrals] = await Promise.all([listRuns(), listReferrals()]);
	const ofRuns = (await Promise.all(runs.map(datedItemsOf))).flat();
	const ofReferrals = referrals.map(datedItemOfReferral).filter((item): item is DatedItem => item !== undefined);
	return [...ofRuns, ...ofReferrals];
}

const NO_MARKS: ReadonlyMap<string, DueMark> = new Map();

export class DueList {
	/** Undefined until read. */
	items = $state.raw<DueItem[] | undefined>(undefined);
	readFailed = $state(false);
	#dated: DatedItem[] = [];

	async load(now: number = Date.now()): Promise<void> {
		try {
			const [dated, marks] = await Promise.all([readDatedItems(), readDueMarks()]);
			this.#dated = dated;
			this.items = collectDue(dated, marks, dayOf(now));
			this.readFailed = false;
		} catch {
			this.readFailed = true;
			this.items = [];
		}
	}

	/** Marks an item done; returns whether it was stored. */
	async done(item: DueItem, now: number = Date.now()): Promise<boolean> {
		const result = await writeSafely(() => markDueDone(item.key, now));
		if (!result.ok) return false;
		await this.#refresh(now);
		return true;
	}

	/** Moves an item to another day: a referral's own follow-up day, or a mark on a planned step. */
	async move(item: DueItem, day: string, now: number = Date.now()): Promise<boolean> {
		const result = await writeSafely(() =>
			item.referralId ? updateReferral(item.referralId, { followUpOn: day }, now).then(() => undefined) : moveDue(item.key, day, now).then(() => undefined)
		);
		if (!result.ok) return false;
		if (item.referralId) this.#dated = await readDatedItems().catch(() => this.#dated);
		await this.#refresh(now);
		return true;
	}

	async #refresh(now: number): Promise<void> {
		// Marks that cannot be read now count as none: the list still shows what is due.
		const marks = await readDueMarks().catch(() => NO_MARKS);
		this.items = collectDue(this.#dated, marks, dayOf(now));
	}

	reset(): void {
		this.items = undefined;
		this.readFailed = false;
		this.#dated = [];
	}
}

export const dueList = new DueList();
