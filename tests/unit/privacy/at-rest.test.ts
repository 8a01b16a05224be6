import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, LangkahDatabase } from '$lib/db/database';
import { atRestKeyring, DatabaseLockedError, rewriteRecords } from '$lib/privacy/at-rest';

const MARKER = 'ZEBRA-MARKER-7731';

/** Every record of every store, read with IndexedDB itself (no middleware), as one string. */
async function rawDump(name = DATABASE_NAME): Promise<string> {
	const plain = new Dexie(name);
	await plain.open();
	const parts: string[] = [];
	for (const table of plain.tables) {
		for (const record of await table.toArray()) parts.push(JSON.stringify(record, (_key, value) => (value instanceof Uint8Array ? [...value] : value)));
	}
	plain.close();
	return parts.join('\n');
}

async function newKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

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

function run(id: string, text: string) {
	return { id, flowId: 'tell', flowVersion: 1, status: 'active' as const, snapshot: { context: { answers: { what: text } } }, createdAt: 1, updatedAt: Number(id.slice(1)) || 1 };
}

describe('encryption at rest', () => {
	it('stores the words encrypted, reads them back plain through the table API, and keeps indexed fields plain', async () => {
		atRestKeyring.set(await newKey(), true);
		await db.runs.put(run('r1', MARKER));
		await db.people.put({ id: 'p1', name: `Bu ${MARKER}`, howTheyCanHelp: 'listens', contact: '0812', createdAt: 1, updatedAt: 1 });
		await db.referrals.put({ id: 'f1', serviceId: 's1', serviceName: 'SAPA', note: MARKER, answers: {}, status: 'planned', trackerNotes: '', createdAt: 1, updatedAt: 1, statusChangedAt: 1 });
		const raw = await rawDump();
		expect(raw).not.toContain(MARKER);
		expect(raw).toContain('"flowId":"tell"');
		expect(raw).toContain('"$enc":1');
		expect((await db.runs.get('r1'))?.snapshot).toEqual({ context: { answers: { what: MARKER } } });
		expect((await db.runs.where('flowId').equals('tell').toArray())[0]?.snapshot).toEqual(run('r1', MARKER).snapshot);
		expect((await db.people.toArray())[0]?.name).toBe(`Bu ${MARKER}`);
		// A cursor (each) sees plain records too.
		const seen: string[] = [];
		await db.referrals.each((referral) => seen.push(referral.note));
		expect(seen).toEqual([MARKER]);
		// A read and a write in one transaction after decrypting: the transaction stays usable.
		await db.transaction('rw', db.runs, async () => {
			const earlier = await db.runs.get('r1');
			await db.runs.put({ ...earlier!, updatedAt: 9 });
		});
		expect((await db.runs.get('r1'))?.updatedAt).toBe(9);
	});

	it('refuses to read or to write plain words while the key is not in memory', async () => {
		atRestKeyring.set(await newKey(), true);
		await db.runs.put(run('r1', MARKER));
		atRestKeyring.forgetKey();
		await expect(db.runs.get('r1')).rejects.toBeInstanceOf(DatabaseLockedError);
		await expect(db.runs.put(run('r2', 'new words'))).rejects.toBeInstanceOf(DatabaseLockedError);
		expect(await rawDump()).not.toContain('new words');
	});

	it('rewrites a mixed table, and a rewrite stopped after one batch then resumed loses nothing', async () => {
		for (let i = 1; i <= 7; i++) await db.runs.put(run(`r${i}`, `${MARKER} ${i}`));
		atRestKeyring.set(await newKey(), true);
		expect(await rewriteRecords(db, { batchSize: 3, stopAfterBatches: 1 })).toBe(false);
		const half = await rawDump();
		expect(half).not.toContain(`${MARKER} 1"`);
		expect(half).toContain(`${MARKER} 7`);
		// Mixed: every record still reads.
		expect((await db.runs.toArray()).map((r) => (r.snapshot as { context: { answers: { what: string } } }).context.answers.what).sort()).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((i) => `${MARKER} ${i}`)
		);
		expect(await rewriteRecords(db, { batchSize: 3 })).toBe(true);
		expect(await rawDump()).not.toContain(MARKER);
		expect(await db.runs.count()).toBe(7);
	});
});
