import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { addPerson, listPeople, saveService } from '$lib/db/my-resources.repo';
import { listTies, saveTie } from '$lib/db/network.repo';
import { readTies } from '$lib/db/network.records';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { NetworkPage } from '$lib/network/network-page.svelte';
import { atRestKeyring } from '$lib/privacy/at-rest';
import { settings } from '$lib/settings/settings.svelte';

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => atRestKeyring.set(undefined, false));

const words = (helps: string[]) => helps.join(', ');

async function savedNetwork() {
	const person = await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'mendengarkan', contact: '0812' }, 1);
	await saveService({ serviceId: 'svc-1', serviceName: 'Puskesmas Contoh', packId: 'national' }, 2);
	await saveTie({ ref: person.id, kind: 'person', name: '', sector: 'informal', closeness: 1, helps: ['listen'], strained: false, note: 'tetangga' }, undefined, 3);
	await saveTie({ ref: '', kind: 'own', name: 'Kelompok pengajian', sector: 'societal', closeness: 2, helps: ['practical'], strained: true, note: '' }, undefined, 4);
	return person;
}

describe('the support network page, read without the database code', () => {
	it('shows nothing until read, then the ties, people and saved services as the repos stored them', async () => {
		const person = await savedNetwork();
		expect(await readTies()).toEqual(await listTies());
		const page = new NetworkPage();
		expect(page.loaded).toBe(false);
		expect(page.nodes).toEqual([]);
		await page.load();
		expect(page.loaded).toBe(true);
		expect(page.unreadable).toBe(false);
		expect(page.nodes.map((node) => [node.kind, node.name, node.sector, node.closeness, node.note])).toEqual([
			['person', 'Bu Sri', 'informal', 1, 'tetangga'],
			['service', 'Puskesmas Contoh', 'formal', 3, ''],
			['own', 'Kelompok pengajian', 'societal', 2, '']
		]);
		expect(page.people.map((p) => p.id)).toEqual([person.id]);
	});

	it('reads an empty network from a database that does not exist yet, without creating it', async () => {
		await database().delete();
		resetDatabase();
		const page = new NetworkPage();
		await page.load();
		expect(page.loaded).toBe(true);
		expect(page.nodes).toEqual([]);
		expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(database().name);
	});

	it('saves, adds to the safety plan and removes through the repos, and a new visit reads what was saved', async () => {
		const page = new NetworkPage();
		await page.load();
		expect(await page.save(undefined, { name: ' Pak Budi ', sector: 'informal', closeness: 2, helps: ['money'], strained: false, note: '' })).toBe(true);
		const own = page.nodes.find((node) => node.name === 'Pak Budi')!;
		expect(own.kind).toBe('own');
		expect(await page.addToPlan(own, words)).toBe(true);
		expect((await listPeople()).map((p) => [p.name, p.howTheyCanHelp])).toEqual([['Pak Budi', 'money']]);

		const again = new NetworkPage();
		await again.load();
		expect(again.nodes.map((node) => [node.kind, node.name, node.helps])).toEqual([['person', 'Pak Budi', ['money']]]);

		expect(await again.save(undefined, { name: 'Teman kerja', sector: 'informal', closeness: 3, helps: [], strained: false, note: '' })).toBe(true);
		const friend = again.nodes.find((node) => node.name === 'Teman kerja')!;
		expect(await again.remove(friend)).toBe(true);
		const third = new NetworkPage();
		await third.load();
		expect(third.nodes.map((node) => node.name)).toEqual(['Pak Budi']);
	});

	it('reads the words decrypted while the lock is open, and says the page cannot be read once locked', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await savedNetwork();
		const open = new NetworkPage();
		await open.load();
		expect(open.nodes.map((node) => node.name)).toEqual(['Bu Sri', 'Puskesmas Contoh', 'Kelompok pengajian']);
		atRestKeyring.forgetKey();
		const locked = new NetworkPage();
		await locked.load();
		expect(locked.loaded).toBe(true);
		expect(locked.unreadable).toBe(true);
		expect(locked.nodes).toEqual([]);
	});
});
