/**
 * The worker's "received" page: opens what a client sent back (a link's fragment or a summary
 * file), asks for the code when it is sealed, keeps it in the `received` table, and lists, prints
 * and deletes what is kept. Refusals are calm and change nothing.
 *
 * The list is read without Dexie (received.records.ts), so the page draws without the database
 * code; reading a link or a file (inflate, the code's crypto) and keeping or deleting (Dexie) load
 * when the worker does one of these.
 */
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { readReceived, type ReceivedSummary } from '$lib/db/received.records';
import type { LinkRefusal } from './open-link';
import type { Sealed, SummaryPayload } from './summary';

/** The largest summary file read. */
export const MAX_SUMMARY_FILE_BYTES = 1_000_000;

export type InboxState =
	| { kind: 'idle' }
	| { kind: 'opening' }
	| { kind: 'refused'; reason: LinkRefusal | 'not-a-file' }
	| { kind: 'sealed'; sealed: Sealed; wrongCode: boolean; trying: boolean }
	| { kind: 'kept'; id: string };

/** What reads a link or a file: loaded the first time one is opened. */
const reading = () => Promise.all([import('$lib/share/fragment'), import('./summary'), import('./open-link')]);
const repo = () => import('$lib/db/received.repo');

export class ReceivedInbox {
	state = $state.raw<InboxState>({ kind: 'idle' });
	items = $state.raw<ReceivedSummary[]>([]);
	readFailed = $state(false);
	readonly #beforeShow: (items: readonly ReceivedSummary[]) => Promise<unknown>;

	/** `beforeShow`: what must be ready before a list is shown (such as the texts it names). */
	constructor(beforeShow: (items: readonly ReceivedSummary[]) => Promise<unknown> = async () => undefined) {
		this.#beforeShow = beforeShow;
	}

	async refresh(): Promise<void> {
		try {
			const items = await readReceived();
			// What is kept shows even if that fails.
			await this.#beforeShow(items).catch(() => undefined);
			this.items = items;
			this.readFailed = false;
		} catch (error) {
			this.readFailed = true;
			storageStatus.report(classifyStorageError(error));
		}
	}

	/** Opens a fragment (from the address or a file); a file's may be longer than a link's. */
	async open(fragment: string, fromFile = false): Promise<void> {
		if (fragment === '') return;
		this.state = { kind: 'opening' };
		const [{ DEFAULT_FRAGMENT_LIMITS, decodeFragment, fragmentKind }, { SEALED_SUMMARY_KIND, SealedSchema, SUMMARY_KIND, SummarySchema }, { linkRefusal }] = await reading();
		const limits = fromFile ? { ...DEFAULT_FRAGMENT_LIMITS, maxFragmentChars: MAX_SUMMARY_FILE_BYTES } : DEFAULT_FRAGMENT_LIMITS;
		if (fragmentKind(fragment) === SEALED_SUMMARY_KIND) {
			const read = await decodeFragment(fragment, SEALED_SUMMARY_KIND, SealedSchema, limits);
			this.state = read.ok ? { kind: 'sealed', sealed: read.value, wrongCode: false, trying: false } : { kind: 'refused', reason: linkRefusal(read.reason) };
			return;
		}
		const read = await decodeFragment(fragment, SUMMARY_KIND, SummarySchema, limits);
		if (!read.ok) {
			this.state = { kind: 'refused', reason: fragmentKind(fragment) === null && read.reason === 'not-a-payload' ? 'broken' : linkRefusal(read.reason) };
			return;
		}
		await this.#keep(read.value);
	}

	async openFile(file: File): Promise<void> {
		if (file.size > MAX_SUMMARY_FILE_BYTES) {
			this.state = { kind: 'refused', reason: 'not-a-file' };
			return;
		}
		const [, { fragmentOfSummaryFile }] = await reading();
		const fragment = fragmentOfSummaryFile(await file.text().catch(() => ''));
		if (fragment === undefined) {
			this.state = { kind: 'refused', reason: 'not-a-file' };
			return;
		}
		await this.open(fragment, true);
	}

	async unlock(code: string): Promise<void> {
		const state = this.state;
		if (state.kind !== 'sealed' || state.trying) return;
		this.state = { ...state, trying: true };
		const [, { unsealSummary }] = await reading();
		const opened = await unsealSummary(state.sealed, code);
		if (opened.ok) await this.#keep(opened.summary);
		else if (opened.reason === 'wrong-code') this.state = { ...state, wrongCode: true, trying: false };
		else this.state = { kind: 'refused', reason: 'broken' };
	}

	async remove(id: string): Promise<boolean> {
		try {
			const { deleteReceived } = await repo();
			await deleteReceived(id);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			return false;
		}
		if (this.state.kind === 'kept' && this.state.id === id) this.state = { kind: 'idle' };
		await this.refresh();
		return true;
	}

	async #keep(summary: SummaryPayload): Promise<void> {
		try {
			const { keepReceived } = await repo();
			const kept = await keepReceived(summary);
			this.state = { kind: 'kept', id: kept.id };
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			this.state = { kind: 'idle' };
		}
		await this.refresh();
	}
}
