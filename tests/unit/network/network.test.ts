import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, LangkahDatabase } from '$lib/db/database';
import { addPerson, saveService } from '$lib/db/my-resources.repo';
import { deleteTie, listTies, saveTie, type TieInput } from '$lib/db/network.repo';
import { getRun, saveRun, setActivityDone } from '$lib/db/runs.repo';
import { mapPoints, MAP_SIZE, networkNodes, nodesIn, RING_RADII, shortName, type NetworkNode, type NetworkTie } from '$lib/network/network';
import { atRestKeyring } from '$lib/privacy/at-rest';

const MARKER = 'KIWI-MARKER-4412';
let db: LangkahDatabase;

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	db = new LangkahDatabase();
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(DATABASE_NAME);
	atRestKeyring.set(undefined, false);
});

async function rawDump(): Promise<string> {
	const plain = new Dexie(DATABASE_NAME);
	await plain.open();
	const parts: string[] = [];
	for (const table of plain.tables) for (const record of await table.toArray()) parts.push(JSON.stringify(record));
	plain.close();
	return parts.join('\n');
}

const own = (name: string, extra: Partial<TieInput> = {}): TieInput => ({
	ref: '',
	kind: 'own',
	name,
	sector: 'societal',
	closeness: 2,
	helps: ['listen'],
	strained: false,
	note: '',
	...extra
});

describe('the support network', () => {
	it('shows the people I can ask and my saved services, with what their ties add, and ties of their own', async () => {
		const sri = await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'mendengarkan', contact: '' }, 1, db);
		const adi = await addPerson({ name: 'Adi', howTheyCanHelp: '', contact: '' }, 2, db);
		await saveService({ serviceId: 's1', serviceName: 'Puskesmas Melati', packId: 'bundled' }, 3, db);
		await saveTie({ ref: sri.id, kind: 'person', name: '', sector: 'informal', closeness: 1, helps: ['listen', 'care'], strained: false, note: '' }, undefined, 4, db);
		await saveTie({ ref: adi.id, kind: 'person', name: '', sector: 'informal', closeness: 3, helps: ['money'], strained: true, note: 'Sering marah' }, undefined, 5, db);
		await saveTie(own('Kelompok pengajian'), undefined, 6, db);
		// A tie whose person is gone is left out of the map.
		await saveTie({ ref: 'gone', kind: 'person', name: '', sector: 'informal', closeness: 1, helps: [], strained: false, note: '' }, undefined, 7, db);

		const ties = await listTies(db);
		const people = (await db.people.toArray()).sort((a, b) => a.createdAt - b.createdAt);
		const nodes = networkNodes(ties, people, [{ serviceId: 's1', serviceName: 'Puskesmas Melati' }]);
		expect(nodes.map((n) => [n.name, n.kind, n.sector, n.closeness, n.helps, n.strained, n.inPlan])).toEqual([
			['Bu Sri', 'person', 'informal', 1, ['listen', 'care'], false, true],
			['Adi', 'person', 'informal', 3, ['money'], true, true],
			['Puskesmas Melati', 'service', 'formal', 3, [], false, false],
			['Kelompok pengajian', 'own', 'societal', 2, ['listen'], false, false]
		]);
		expect(nodesIn(nodes, 'informal').map((n) => n.name)).toEqual(['Bu Sri', 'Adi']);
	});

	it('changes a tie in place (the same person’s tie is found by its ref), and deletes it', async () => {
		const first = await saveTie({ ref: 'p1', kind: 'person', name: '', sector: 'informal', closeness: 2, helps: [], strained: false, note: '' }, undefined, 1, db);
		const again = await saveTie({ ref: 'p1', kind: 'person', name: '', sector: 'informal', closeness: 1, helps: ['advice'], strained: false, note: 'x' }, undefined, 2, db);
		expect(again.id).toBe(first.id);
		expect(again.createdAt).toBe(1);
		expect(await listTies(db)).toHaveLength(1);
		const group = await saveTie(own('Karang taruna'), undefined, 3, db);
		const renamed = await saveTie(own('Karang Taruna RW 5', { strained: true }), group.id, 4, db);
		expect(renamed).toMatchObject({ id: group.id, name: 'Karang Taruna RW 5', strained: true, createdAt: 3, updatedAt: 4 });
		await deleteTie(group.id, db);
		expect((await listTies(db)).map((t) => t.ref)).toEqual(['p1']);
	});

	it('leaves damaged records out, and refuses a tie of an unknown kind of help source', async () => {
		await db.network.put({ id: 'bad', ref: '', kind: 'own', name: 'x', sector: 'nowhere', closeness: 2, helps: [], strained: false, note: '', createdAt: 1, updatedAt: 1 });
		await db.network.put({ id: 'odd', ref: '', kind: 'own', name: 'Tetangga', sector: 'informal', closeness: 1, helps: ['listen', 'magic'], strained: 'yes', note: 5, createdAt: 1, updatedAt: 1 });
		expect(await listTies(db)).toEqual([
			{ id: 'odd', ref: '', kind: 'own', name: 'Tetangga', sector: 'informal', closeness: 1, helps: ['listen'], strained: false, note: '', createdAt: 1, updatedAt: 1 }
		]);
		await expect(saveTie(own('x', { sector: 'nowhere' as never }), undefined, 1, db)).rejects.toThrow();
	});

	it('encrypts names, help, strain and notes at rest while the lock is on', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await saveTie(own(`Pak ${MARKER}`, { note: MARKER, strained: true }), undefined, 1, db);
		await saveRun({ id: 'r1', flowId: 'activities', flowVersion: 1, status: 'finished', snapshot: {}, createdAt: 1, updatedAt: 1 }, db);
		await setActivityDone('r1', 'walk', '2026-11-30', { activityId: 'walk', day: '2026-11-30', at: 2, moodBefore: 3, moodAfter: 7 }, db);
		const raw = await rawDump();
		expect(raw).not.toContain(MARKER);
		expect(raw).not.toContain('moodBefore');
		expect(raw).toContain('"sector":"societal"');
		expect((await listTies(db))[0]).toMatchObject({ name: `Pak ${MARKER}`, note: MARKER, strained: true });
		expect((await getRun('r1', db))?.activitiesDone).toEqual([{ activityId: 'walk', day: '2026-11-30', at: 2, moodBefore: 3, moodAfter: 7 }]);
	});

	it('keeps the activities ticked off when a session saves the run again, and takes a tick away', async () => {
		const record = { id: 'r2', flowId: 'activities', flowVersion: 1, status: 'finished' as const, snapshot: {}, createdAt: 1, updatedAt: 1 };
		await saveRun(record, db);
		await setActivityDone('r2', 'walk', '2026-12-01', { activityId: 'walk', day: '2026-12-01', at: 5 }, db);
		await setActivityDone('r2', 'walk', '2026-12-01', { activityId: 'walk', day: '2026-12-01', at: 6, moodAfter: 8 }, db);
		await saveRun({ ...record, updatedAt: 9 }, db);
		expect((await getRun('r2', db))?.activitiesDone).toEqual([{ activityId: 'walk', day: '2026-12-01', at: 6, moodAfter: 8 }]);
		await setActivityDone('r2', 'walk', '2026-12-01', undefined, db);
		expect((await getRun('r2', db))?.activitiesDone).toEqual([]);
	});
});

describe('the map', () => {
	const node = (key: string, sector: NetworkTie['sector'], closeness: NetworkTie['closeness']): NetworkNode => ({
		key,
		ref: '',
		kind: 'own',
		name: key,
		sector,
		closeness,
		helps: [],
		strained: false,
		note: '',
		inPlan: false
	});

	it('puts each node on the ring of its closeness, inside the map, informal above the person', () => {
		const nodes = [node('a', 'informal', 1), node('b', 'formal', 3), node('c', 'societal', 2), node('d', 'informal', 1)];
		const points = new Map(mapPoints(nodes).map((p) => [p.key, p]));
		const mid = MAP_SIZE / 2;
		for (const n of nodes) {
			const p = points.get(n.key)!;
			expect(Math.hypot(p.x - mid, p.y - mid)).toBeCloseTo(RING_RADII[n.closeness], 0);
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(MAP_SIZE);
			expect(p.labelY).toBeLessThan(MAP_SIZE);
		}
		expect(points.get('a')!.y).toBeLessThan(mid);
		expect(points.get('a')!.x).not.toBe(points.get('d')!.x);
	});

	it('shortens long names under the dots', () => {
		expect(shortName('Bu Sri')).toBe('Bu Sri');
		expect(shortName('Lembaga Bantuan Hukum Jakarta')).toBe('Lembaga Bantu…');
	});
});
