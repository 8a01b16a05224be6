/**
 * The support network page's state: the ties (db/network.repo), the people I can ask and the saved
 * services (db/my-resources.repo), read once; a tie saved, changed or removed at the person's
 * request; and someone from the network added to the safety plan's people (they become one of the
 * "people I can ask", and their tie follows them).
 *
 * What the page shows is read without the database code (network.records.ts, my-resources.read.ts);
 * the repos, and Dexie with them, load when the person saves, changes or removes something.
 */
import { readPeople, readSavedServices } from '$lib/db/my-resources.read';
import type { Person, SavedService } from '$lib/db/my-resources.schema';
import type { TieInput } from '$lib/db/network.repo';
import { readTies } from '$lib/db/network.records';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { settings } from '$lib/settings/settings.svelte';
import { networkNodes, type Help, type NetworkNode, type NetworkTie } from './network';

const networkRepo = () => import('$lib/db/network.repo');

export class NetworkPage {
	ties = $state.raw<NetworkTie[]>([]);
	people = $state.raw<Person[]>([]);
	services = $state.raw<SavedService[]>([]);
	loaded = $state(false);
	unreadable = $state(false);
	nodes = $derived<NetworkNode[]>(networkNodes(this.ties, this.people, this.services));

	async load(): Promise<void> {
		try {
			const [ties, people, services] = await Promise.all([readTies(), readPeople(), readSavedServices()]);
			this.ties = ties;
			this.people = people.sort((a, b) => a.createdAt - b.createdAt);
			this.services = services;
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			this.unreadable = true;
		}
		this.loaded = true;
	}

	/** Saves what the person says about a node (a new one of its own when `node` is undefined); false if not stored. */
	async save(node: NetworkNode | undefined, input: Omit<TieInput, 'ref' | 'kind'>): Promise<boolean> {
		const tie: TieInput = { ...input, ref: node?.ref ?? '', kind: node?.kind ?? 'own', name: node && node.kind !== 'own' ? '' : input.name.trim() };
		const { saveTie } = await networkRepo();
		const result = await writeSafely(() => saveTie(tie, node?.tieId));
		if (!result.ok) return false;
		this.ties = [...this.ties.filter((t) => t.id !== result.value.id), result.value].sort((a, b) => a.createdAt - b.createdAt);
		await settings.noteSaved();
		return true;
	}

	/** Removes a tie of its own from the map; false if not removed. */
	async remove(node: NetworkNode): Promise<boolean> {
		if (!node.tieId) return false;
		const id = node.tieId;
		const { deleteTie } = await networkRepo();
		const result = await writeSafely(() => deleteTie(id));
		if (!result.ok) return false;
		this.ties = this.ties.filter((t) => t.id !== id);
		return true;
	}

	/**
	 * Adds someone of the network to the safety plan's people ("people I can ask", with how they can
	 * help in words); their tie then describes that person. False if not stored.
	 */
	async addToPlan(node: NetworkNode, helpWords: (helps: Help[]) => string): Promise<boolean> {
		if (node.kind !== 'own' || !node.tieId) return false;
		const tieId = node.tieId;
		const [{ addPerson }, { deleteTie, saveTie }] = await Promise.all([import('$lib/db/my-resources.repo'), networkRepo()]);
		const result = await writeSafely(async () => {
			const person = await addPerson({ name: node.name, howTheyCanHelp: helpWords(node.helps), contact: '' });
			const tie = await saveTie({ ref: person.id, kind: 'person', name: '', sector: node.sector, closeness: node.closeness, helps: node.helps, strained: node.strained, note: node.note }, undefined);
			await deleteTie(tieId);
			return { person, tie };
		});
		if (!result.ok) return false;
		this.people = [...this.people, result.value.person];
		this.ties = [...this.ties.filter((t) => t.id !== tieId), result.value.tie];
		await settings.noteSaved();
		return true;
	}
}
