import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearAllTables, DATABASE_NAME, LangkahDatabase } from '$lib/db/database';
import { atRestKeyring } from '$lib/privacy/at-rest';
import { lock } from '$lib/privacy/lock.svelte';
import { createBackup, restoreBackup } from '$lib/privacy/backup';
import { readLockSettings } from '$lib/privacy/lock-read';
import {
	changeSecret,
	isValidSecret,
	LockAlreadySetError,
	lockNow,
	MustWaitError,
	prepareAtStart,
	readLockKey,
	readLockState,
	saveLockAfterMinutes,
	turnLockOff,
	turnLockOn,
	unlock,
	waitAfterFailures,
	WrongSecretError
} from '$lib/privacy/lock-keys';

const MARKER = 'OTTER-MARKER-5510';
const PIN = '482916';

async function rawDump(): Promise<string> {
	const plain = new Dexie(DATABASE_NAME);
	await plain.open();
	const parts: string[] = [];
	for (const table of plain.tables) for (const record of await table.toArray()) parts.push(JSON.stringify(record, (_k, v) => (v instanceof Uint8Array ? [...v] : v)));
	plain.close();
	return parts.join('\n');
}

let db: LangkahDatabase;
beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	db = new LangkahDatabase();
	await db.open();
	for (let i = 1; i <= 5; i++) {
		await db.runs.put({ id: `r${i}`, flowId: 'tell', flowVersion: 1, status: 'active', snapshot: { said: `${MARKER} run ${i}` }, createdAt: 1, updatedAt: i });
	}
	await db.people.put({ id: 'p1', name: `${MARKER} Bu Sri`, howTheyCanHelp: 'listens', contact: '0812', createdAt: 1, updatedAt: 1 });
	await db.unmetNeeds.put({ id: 'u1', what: `${MARKER} need`, category: 'shelter', notedAt: 1 });
	await db.safetyPlan.put({ section: 'signs', items: [`${MARKER} sign`], createdAt: 1, updatedAt: 1 });
	await db.myServices.put({ serviceId: 's1', serviceName: `${MARKER} service`, packId: 'national', savedAt: 1 });
});
afterEach(async () => {
	db.close();
	await Dexie.delete(DATABASE_NAME);
	atRestKeyring.set(undefined, false);
});

async function everything() {
	return {
		runs: await db.runs.orderBy('updatedAt').toArray(),
		people: await db.people.toArray(),
		unmetNeeds: await db.unmetNeeds.toArray(),
		safetyPlan: await db.safetyPlan.toArray(),
		myServices: await db.myServices.toArray()
	};
}

describe('the lock', () => {
	it('accepts a PIN of six digits or more, or a passphrase of eight characters', () => {
		expect(isValidSecret('pin', '12345')).toBe(false);
		expect(isValidSecret('pin', '123456')).toBe(true);
		expect(isValidSecret('pin', '12345a')).toBe(false);
		expect(isValidSecret('passphrase', 'kucing 7')).toBe(true);
		expect(isValidSecret('passphrase', 'kucing')).toBe(false);
	});

	it('turns on (nothing readable raw), locks, refuses a wrong PIN, unlocks with the right one, turns off (all plain again)', async () => {
		const before = await everything();
		expect(await turnLockOn('pin', PIN, { db, batchSize: 2 })).toBe(true);
		expect(await readLockState(db)).toBe('on');
		const stored = await readLockKey(db);
		expect(stored?.iterations).toBeGreaterThanOrEqual(600_000);
		expect(await rawDump()).not.toContain(MARKER);
		expect(await everything()).toEqual(before);

		lockNow();
		await expect(db.runs.toArray()).rejects.toThrow(/locked/);
		await expect(unlock('000000', { db })).rejects.toBeInstanceOf(WrongSecretError);
		expect(atRestKeyring.key).toBeUndefined();
		await unlock(PIN, { db });
		expect(await everything()).toEqual(before);

		expect(await turnLockOff({ db, batchSize: 2 })).toBe(true);
		expect(await readLockState(db)).toBe('off');
		expect(await readLockKey(db)).toBeUndefined();
		expect(atRestKeyring.key).toBeUndefined();
		const raw = await rawDump();
		expect(raw).toContain(`${MARKER} run 3`);
		expect(raw).not.toContain('$enc');
		expect(await everything()).toEqual(before);
	});

	it('after a crash half way through turning on, the next start is locked and unlocking finishes the job', async () => {
		const before = await everything();
		expect(await turnLockOn('passphrase', 'pohon mangga tua', { db, batchSize: 2, stopAfterBatches: 1 })).toBe(false);
		// The "crash": the key is gone with the page.
		atRestKeyring.set(undefined, false);
		expect(await prepareAtStart(db)).toBe('turning-on');
		await expect(db.runs.put({ id: 'x', flowId: 'tell', flowVersion: 1, status: 'active', snapshot: 'plain', createdAt: 1, updatedAt: 1 })).rejects.toThrow(/locked/);
		await unlock('pohon mangga tua', { db });
		expect(await readLockState(db)).toBe('on');
		expect(await rawDump()).not.toContain(MARKER);
		expect(await everything()).toEqual(before);
	});

	it('after a crash half way through turning off, unlocking finishes turning off and loses nothing', async () => {
		const before = await everything();
		await turnLockOn('pin', PIN, { db });
		expect(await turnLockOff({ db, batchSize: 2, stopAfterBatches: 1 })).toBe(false);
		atRestKeyring.set(undefined, false);
		expect(await prepareAtStart(db)).toBe('turning-off');
		await unlock(PIN, { db });
		expect(await readLockState(db)).toBe('off');
		expect(await rawDump()).not.toContain('$enc');
		expect(await everything()).toEqual(before);
	});

	it('refuses a new lock over one whose mark was lost in a crash, and the first read shows the unlock screen', async () => {
		const before = await everything();
		expect(await turnLockOn('pin', PIN, { db, batchSize: 2, stopAfterBatches: 2 })).toBe(false);
		// Killed before localStorage reached the disk: the next start believes there is no lock.
		atRestKeyring.set(undefined, false);
		await lock.start();
		expect(lock.status).toBe('off');
		// A new key over records encrypted with the old one would lose them.
		await expect(turnLockOn('pin', '999999', { db })).rejects.toBeInstanceOf(LockAlreadySetError);
		await expect(db.runs.toArray()).rejects.toThrow(/locked/);
		await expect.poll(() => lock.status).toBe('locked');
		await unlock(PIN, { db });
		expect(await readLockState(db)).toBe('on');
		expect(await everything()).toEqual(before);
	});

	it('makes the person wait after five wrong entries: 30 s, then doubling', async () => {
		expect([4, 5, 6, 7].map(waitAfterFailures)).toEqual([0, 30_000, 60_000, 120_000]);
		await turnLockOn('pin', PIN, { db });
		lockNow();
		const now = 1_000_000;
		for (let i = 0; i < 5; i++) await expect(unlock('111111', { db, now })).rejects.toBeInstanceOf(WrongSecretError);
		// Even the right PIN waits now.
		await expect(unlock(PIN, { db, now: now + 29_000 })).rejects.toBeInstanceOf(MustWaitError);
		await unlock(PIN, { db, now: now + 30_000 });
		expect(atRestKeyring.key).toBeDefined();
	});

	it('is read without the database code as lock-keys stored it: state, kind, wrong entries, minutes', async () => {
		expect(await readLockSettings()).toEqual({ state: 'off', key: undefined, failures: { count: 0, lastAt: 0 }, lockAfterMinutes: 5 });
		await turnLockOn('passphrase', 'pohon mangga tua', { db });
		await saveLockAfterMinutes(15, db);
		lockNow();
		for (let i = 0; i < 5; i++) await expect(unlock('salah sekali lagi', { db, now: 2_000 })).rejects.toBeInstanceOf(WrongSecretError);
		const stored = await readLockSettings();
		expect(stored).toMatchObject({ state: 'on', key: { kind: 'passphrase' }, failures: { count: 5, lastAt: 2_000 }, lockAfterMinutes: 15 });
		expect(stored.key).toEqual(await readLockKey(db));
	});

	it('changes the PIN to a passphrase without rewriting records', async () => {
		const before = await everything();
		await turnLockOn('pin', PIN, { db });
		await expect(changeSecret('999999', 'passphrase', 'rumah biru besar', { db })).rejects.toBeInstanceOf(WrongSecretError);
		await changeSecret(PIN, 'passphrase', 'rumah biru besar', { db });
		lockNow();
		await expect(unlock(PIN, { db })).rejects.toBeInstanceOf(WrongSecretError);
		await unlock('rumah biru besar', { db });
		expect(await everything()).toEqual(before);
	});

	it('backs up plain records inside the backup\'s own encryption, and a restore into a locked database is encrypted again', async () => {
		const before = await everything();
		await turnLockOn('pin', PIN, { db });
		const made = await createBackup('kata sandi cadangan', { db });
		// With the backup's passphrase, on a phone with no lock, the file gives plain records.
		await turnLockOff({ db });
		await clearAllTables(db);
		expect((await restoreBackup(made.file, 'kata sandi cadangan', 'replace', { db })).ok).toBe(true);
		expect(await everything()).toEqual(before);
		expect(await rawDump()).toContain(`${MARKER} run 2`);
		// Restored into a database with the lock on: written encrypted.
		await turnLockOn('pin', PIN, { db });
		await clearAllTables(db);
		await db.settings.bulkPut([{ key: 'lockState', value: 'on' }]);
		expect((await restoreBackup(made.file, 'kata sandi cadangan', 'replace', { db })).ok).toBe(true);
		expect(await rawDump()).not.toContain(MARKER);
		expect(await everything()).toEqual(before);
	});
});
