import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { readLastBackupAt, readWritingDates } from '$lib/db/backup-status.repo';
import { database, DATABASE_NAME, deleteDatabase, resetDatabase, type LangkahDatabase } from '$lib/db/database';
import { LATEST_VERSION } from '$lib/db/schema';
import { loadFlowDefinition } from '$lib/flows/registry';
import {
	APP_VERSION,
	backupFileName,
	compareAppVersions,
	createBackup,
	inspectBackupFile,
	PassphraseTooShortError,
	restoreBackup,
	sealBackup,
	type BackupProgress
} from '$lib/privacy/backup';
import { BACKUP_REMINDER_AFTER_MS, shouldRemindBackup } from '$lib/privacy/backup-reminder';
import { backupStatus } from '$lib/privacy/backup-status.svelte';
import { RunSession } from '$lib/runs/run-session.svelte';

const PASSPHRASE = 'kucing oren suka tidur';
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const SERVICE_ID = '11111111-2222-4333-8444-555555555555';

/** Something in every table, as the app writes it: a real run of "Tell your story" and one record (or more) in each other table. */
async function fillEverything(db: LangkahDatabase = database()): Promise<string> {
	const tell = await loadFlowDefinition('tell');
	const session = RunSession.start(tell);
	session.next();
	session.next();
	session.answer('what', 'Dia mengunci pintu dari luar dan mengambil HP-ku.');
	await session.flush();
	session.dispose();
	const runId = (await db.runs.toArray())[0]!.id;

	await db.settings.bulkPut([
		{ key: 'language', value: 'en' },
		{ key: 'theme', value: 'dark' },
		{ key: 'persistence', value: 'granted' },
		{ key: 'persistenceCheckedAt', value: T0 }
	]);
	await db.runs.put({
		id: 'run-old',
		flowId: 'decide',
		flowVersion: 1,
		status: 'finished',
		snapshot: { status: 'done', value: 'done', context: { answers: { options: [{ id: 'o1', text: 'Pindah ke rumah kakak' }] } } },
		createdAt: T0,
		updatedAt: T0 + DAY,
		finishedAt: T0 + DAY,
		followUps: [{ id: 'f1', at: T0 + 2 * DAY, outcome: 'mixed', note: 'Kakak mau menampung dua minggu' }]
	} as never);
	await db.packs.put({ id: 'pack-1', name: 'Direktori Kota Contoh', language: 'id', sourceFiles: ['direktori.json'], importedAt: T0, counts: { service: 1, organization: 1 } });
	await db.directoryRecords.bulkPut([
		{ type: 'service', id: SERVICE_ID, packId: 'pack-1', links: ['org-1'], data: { id: SERVICE_ID, name: 'Rumah Aman Contoh', extra: { x_catatan: 'tetap ada' } } },
		{ type: 'organization', id: 'org-1', packId: 'pack-1', links: [], data: { id: 'org-1', name: 'Yayasan Contoh' } }
	]);
	await db.myServices.put({ serviceId: SERVICE_ID, serviceName: 'Rumah Aman Contoh', packId: 'pack-1', savedAt: T0 });
	await db.referrals.put({
		id: 'referral-1',
		serviceId: SERVICE_ID,
		serviceName: 'Rumah Aman Contoh',
		note: 'Suamiku memukulku lagi tadi malam.',
		answers: [{ step: 'what', text: 'Dia mengunci pintu' }],
		status: 'contacted',
		followUpOn: '2026-11-10',
		trackerNotes: 'Ditelepon balik hari Senin',
		createdAt: T0,
		updatedAt: T0 + DAY,
		statusChangedAt: T0 + DAY
	});
	await db.people.put({ id: 'person-1', name: 'Bu Sri', howTheyCanHelp: 'Mendengarkan', contact: '0812-3456-7890', relation: 'tetangga', createdAt: T0, updatedAt: T0 });
	await db.unmetNeeds.put({ id: 'need-1', what: 'Tempat penitipan anak', category: 'family-children', notedAt: T0 });
	await db.safetyPlan.put({ section: 'warningSigns', items: [{ id: 'a', text: 'Susah tidur berhari-hari' }], createdAt: T0, updatedAt: T0 });
	await db.flows.put({ id: 'shared-1', version: 1, file: { id: 'shared-1', title: { id: 'Judul', en: 'Title' } }, origin: 'link', addedAt: T0, updatedAt: T0 });
	await db.network.put({ id: 'tie-1', ref: '', kind: 'own', name: 'Kelompok pengajian', sector: 'societal', closeness: 2, helps: ['listen'], strained: false, note: 'Setiap Kamis', createdAt: T0, updatedAt: T0 });
	await db.dueMarks.put({ key: 'referral:referral-1:2026-11-10', movedTo: '2026-11-12', updatedAt: T0 + DAY });
	await db.received.put({ id: 'received-1', type: 'needs', summary: { type: 'needs', madeAt: T0, counts: { health: 2 } }, receivedAt: T0 });
	await db.serviceEvents.put({
		id: 'event-1',
		referralId: 'referral-1',
		kind: 'waiting',
		happenedOn: '2026-11-12',
		who: 'Petugas loket',
		what: 'Disuruh kembali minggu depan',
		createdAt: T0,
		updatedAt: T0
	});
	return runId;
}

/** Every record of every table, in key order, so that two databases can be compared whole. */
async function everyRecord(db: LangkahDatabase = database(), { withDeviceFacts = true } = {}): Promise<Record<string, unknown[]>> {
	const all: Record<string, unknown[]> = {};
	for (const table of db.tables) {
		let rows = await table.toArray();
		if (table.name === 'settings' && !withDeviceFacts) rows = rows.filter((row: { key: string }) => !['persistence', 'persistenceCheckedAt'].includes(row.key));
		all[table.name] = rows;
	}
	return all;
}

async function bytesOf(file: Blob): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await file.arrayBuffer());
}

/** A database export as dexie-export-import writes it, with the rows given. */
function exportWith(tables: Record<string, unknown[]>): Blob {
	const db = database();
	return new Blob([
		JSON.stringify({
			formatName: 'dexie',
			formatVersion: 1,
			data: {
				databaseName: DATABASE_NAME,
				databaseVersion: LATEST_VERSION,
				tables: db.tables.map((table) => ({ name: table.name, schema: '', rowCount: tables[table.name]?.length ?? 0 })),
				data: Object.entries(tables).map(([tableName, rows]) => ({ tableName, inbound: true, rows }))
			}
		})
	]);
}

beforeEach(async () => {
	resetDatabase();
	await Dexie.delete(DATABASE_NAME);
});

describe('making a backup', () => {
	it('writes a plain header (with at least 600,000 iterations) and nothing readable of what the person wrote', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE, { now: Date.UTC(2026, 10, 30, 8) });
		expect(made.fileName).toBe('langkah-backup-2026-11-30.langkah');
		const bytes = await bytesOf(made.file);
		const firstLine = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
		const header = JSON.parse(firstLine);
		expect(header).toMatchObject({
			format: 'langkah-backup',
			version: 1,
			app: APP_VERSION,
			schema: LATEST_VERSION,
			created: '2026-11-30T08:00:00.000Z',
			kdf: 'PBKDF2-SHA256',
			cipher: 'AES-256-GCM',
			compression: 'gzip'
		});
		expect(header.iterations).toBeGreaterThanOrEqual(600_000);
		expect(Object.keys(header).sort()).toEqual(['app', 'check', 'cipher', 'compression', 'created', 'format', 'iterations', 'iv', 'kdf', 'salt', 'schema', 'version']);
		const whole = new TextDecoder('latin1').decode(bytes);
		for (const secret of ['mengunci', 'memukulku', 'Bu Sri', 'Susah tidur', 'Rumah Aman', 'penitipan']) expect(whole).not.toContain(secret);
		// The date of the last backup is kept on this phone.
		expect(await readLastBackupAt()).toBe(made.createdAt);
	});

	it('refuses a passphrase shorter than 8 characters, and reports its progress', async () => {
		await fillEverything();
		await expect(createBackup('pendek')).rejects.toThrow(PassphraseTooShortError);
		expect(await readLastBackupAt()).toBeUndefined();
		const progress: BackupProgress[] = [];
		await createBackup(PASSPHRASE, { onProgress: (step) => progress.push(step) });
		expect(progress[0]).toMatchObject({ phase: 'reading' });
		expect(progress.some((step) => step.phase === 'reading' && step.total! > 0 && step.done === step.total)).toBe(true);
		expect(progress.at(-1)).toEqual({ phase: 'locking' });
	});

	it('names the file by the local date', () => {
		expect(backupFileName(new Date(2026, 0, 5, 23, 59).getTime())).toBe('langkah-backup-2026-01-05.langkah');
	});
});

describe('restoring a backup', () => {
	it('export, wipe, restore: every table holds the same records again', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE);
		const before = await everyRecord(database(), { withDeviceFacts: false });
		expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);

		// "Delete all my data", as on a new phone.
		await deleteDatabase();
		expect(await database().runs.count()).toBe(0);

		const progress: BackupProgress[] = [];
		const result = await restoreBackup(made.file, PASSPHRASE, 'replace', { onProgress: (step) => progress.push(step) });
		expect(result).toMatchObject({ ok: true, mode: 'replace' });
		expect(await everyRecord()).toEqual(before);
		expect(progress.map((step) => step.phase)).toContain('unlocking');
		expect(progress.at(-1)).toMatchObject({ phase: 'writing', done: progress.at(-1)!.total });
	});

	it('replacing: what this phone had is gone, its own facts (storage promise) stay', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE, { now: T0 + 3 * DAY });
		await deleteDatabase();
		const db = database();
		await db.settings.bulkPut([
			{ key: 'theme', value: 'light' },
			{ key: 'persistence', value: 'denied' }
		]);
		await db.people.put({ id: 'person-here', name: 'Pak RT', howTheyCanHelp: '', contact: '', createdAt: T0, updatedAt: T0 + 9 * DAY });

		const result = await restoreBackup(made.file, PASSPHRASE, 'replace');
		expect(result.ok).toBe(true);
		expect((await db.people.toArray()).map((person) => person.name)).toEqual(['Bu Sri']);
		expect((await db.settings.get('theme'))?.value).toBe('dark');
		expect((await db.settings.get('persistence'))?.value).toBe('denied');
		expect(await readLastBackupAt()).toBe(T0 + 3 * DAY);
	});

	it('merging: the newer copy of each record wins, records found on one side only are kept', async () => {
		const runId = await fillEverything();
		const made = await createBackup(PASSPHRASE, { now: T0 + 3 * DAY });
		const db = database();
		// After the backup, on this phone: the person edits one thing, adds one, and another was
		// changed only in the backup (simulated by making this phone's copy older).
		await db.people.update('person-1', { howTheyCanHelp: 'Mendengarkan dan menjaga anak', updatedAt: T0 + 5 * DAY });
		await db.referrals.update('referral-1', { note: 'Versi lama', updatedAt: T0 });
		await db.runs.delete(runId);
		await db.unmetNeeds.put({ id: 'need-2', what: 'Pengacara gratis', category: 'legal', notedAt: T0 + 4 * DAY });
		await db.settings.put({ key: 'theme', value: 'light' });
		await db.packs.update('pack-1', { importedAt: T0 - DAY, name: 'Direktori lama' });
		await db.directoryRecords.put({ type: 'service', id: 'old-service', packId: 'pack-1', links: [], data: { id: 'old-service', name: 'Layanan lama' } });

		const result = await restoreBackup(made.file, PASSPHRASE, 'merge');
		expect(result.ok).toBe(true);
		// Newer here: kept.
		expect((await db.people.get('person-1'))?.howTheyCanHelp).toBe('Mendengarkan dan menjaga anak');
		// Newer in the backup: taken.
		expect((await db.referrals.get('referral-1'))?.note).toBe('Suamiku memukulku lagi tadi malam.');
		// Only in the backup: added. Only here: kept.
		expect(await db.runs.get(runId)).toBeDefined();
		expect(await db.unmetNeeds.get('need-2')).toBeDefined();
		// A setting has no date: this phone's choice stays.
		expect((await db.settings.get('theme'))?.value).toBe('light');
		// The backup's copy of the directory is newer: it replaces this phone's copy whole.
		expect((await db.packs.get('pack-1'))?.name).toBe('Direktori Kota Contoh');
		expect((await db.directoryRecords.toArray()).map((record) => record.id).sort()).toEqual(['org-1', SERVICE_ID].sort());
		expect(result.ok && result.written).toMatchObject({ runs: 1, referrals: 1, packs: 1, directoryRecords: 2 });
		expect(result.ok && result.written.people).toBeUndefined();
	});

	it('merging keeps a directory imported here later than the backup, with all its records', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE);
		const db = database();
		await db.packs.update('pack-1', { importedAt: T0 + 10 * DAY, name: 'Direktori baru' });
		await db.directoryRecords.delete(['organization', 'org-1']);
		expect((await restoreBackup(made.file, PASSPHRASE, 'merge')).ok).toBe(true);
		expect((await db.packs.get('pack-1'))?.name).toBe('Direktori baru');
		expect(await db.directoryRecords.get(['organization', 'org-1'])).toBeUndefined();
	});

	it('a wrong passphrase changes nothing', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE);
		await database().people.put({ id: 'person-2', name: 'Pak RT', howTheyCanHelp: '', contact: '', createdAt: T0, updatedAt: T0 });
		const before = await everyRecord();
		for (const mode of ['replace', 'merge'] as const) {
			expect(await restoreBackup(made.file, 'kucing oren suka tidun', mode)).toEqual({ ok: false, reason: 'wrong-passphrase' });
		}
		expect(await everyRecord()).toEqual(before);
	});

	it('a changed byte, in the data or in the header, is refused as damaged and changes nothing', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE);
		await deleteDatabase();
		await database().people.put({ id: 'person-2', name: 'Pak RT', howTheyCanHelp: '', contact: '', createdAt: T0, updatedAt: T0 });
		const before = await everyRecord();
		const bytes = await bytesOf(made.file);

		const inData = bytes.slice();
		inData[inData.length - 40] = inData[inData.length - 40]! ^ 0x10;
		expect(await restoreBackup(inData, PASSPHRASE, 'replace')).toMatchObject({ ok: false, reason: 'damaged' });

		// The created date moved by a year: still valid JSON, but not what was sealed.
		const text = new TextDecoder('latin1').decode(bytes);
		const inHeader = Uint8Array.from(text.replace(/"created":"(\d{4})/, (_, year: string) => `"created":"${Number(year) - 1}`), (c) => c.charCodeAt(0));
		expect(inHeader.length).toBe(bytes.length);
		expect(await restoreBackup(inHeader, PASSPHRASE, 'replace')).toMatchObject({ ok: false, reason: 'damaged' });

		const cut = bytes.slice(0, bytes.length - 100);
		expect(await restoreBackup(cut, PASSPHRASE, 'merge')).toMatchObject({ ok: false, reason: 'damaged' });
		expect(await everyRecord()).toEqual(before);
	});

	it('a file of another kind is not a backup; a file from a newer Langkah asks for an update; nothing changes', async () => {
		await fillEverything();
		const before = await everyRecord();
		const other = [
			new Blob(['{"format":"langkah-unmet-needs","version":1,"total":1,"counts":{"housing":1}}\n']),
			new Blob(['name,phone\nBu Sri,0812\n']),
			new Blob([new Uint8Array(5000).fill(7)]),
			new Blob([])
		];
		for (const file of other) expect(await restoreBackup(file, PASSPHRASE, 'replace')).toEqual({ ok: false, reason: 'not-backup' });

		const payload = exportWith({ people: [] });
		const newerApp = await sealBackup(payload, PASSPHRASE, { createdAt: T0, schema: LATEST_VERSION, app: '99.0.0' });
		expect(await restoreBackup(newerApp.file, PASSPHRASE, 'replace')).toEqual({ ok: false, reason: 'newer-version' });
		const newerSchema = await sealBackup(payload, PASSPHRASE, { createdAt: T0, schema: LATEST_VERSION + 1 });
		expect(await restoreBackup(newerSchema.file, PASSPHRASE, 'replace')).toEqual({ ok: false, reason: 'newer-version' });
		const made = await sealBackup(payload, PASSPHRASE, { createdAt: T0, schema: LATEST_VERSION });
		const newerFormat = new TextDecoder('latin1').decode(await bytesOf(made.file)).replace('"version":1', '"version":2');
		expect(await restoreBackup(Uint8Array.from(newerFormat, (c) => c.charCodeAt(0)), PASSPHRASE, 'replace')).toEqual({ ok: false, reason: 'newer-version' });
		expect(await everyRecord()).toEqual(before);
	});

	it('is all or nothing: a record that cannot be written half way through leaves everything as it was', async () => {
		await fillEverything();
		const before = await everyRecord();
		// Sealed with the right passphrase, but its last person has no id: the write fails after the
		// tables were emptied and the runs and the first person written.
		const payload = exportWith({
			runs: [{ id: 'run-new', flowId: 'tell', flowVersion: 1, status: 'active', snapshot: {}, createdAt: T0, updatedAt: T0 }],
			people: [
				{ id: 'person-new', name: 'Ibu', howTheyCanHelp: '', contact: '', createdAt: T0, updatedAt: T0 },
				{ name: 'Tanpa id', howTheyCanHelp: '', contact: '', createdAt: T0, updatedAt: T0 }
			]
		});
		const { file } = await sealBackup(payload, PASSPHRASE, { createdAt: T0, schema: LATEST_VERSION });
		expect(await restoreBackup(file, PASSPHRASE, 'replace')).toMatchObject({ ok: false, reason: 'damaged' });
		expect(await everyRecord()).toEqual(before);
		// The same file is refused before anything is written when it names a table Langkah does not have.
		const unknownTable = await sealBackup(exportWith({ vault: [{ id: 'x' }] }), PASSPHRASE, { createdAt: T0, schema: LATEST_VERSION });
		expect(await restoreBackup(unknownTable.file, PASSPHRASE, 'merge')).toMatchObject({ ok: false, reason: 'damaged' });
		expect(await everyRecord()).toEqual(before);
	});

	it('reads the header without the passphrase, to show when the backup was made', async () => {
		await fillEverything();
		const made = await createBackup(PASSPHRASE, { now: T0 });
		const inspected = await inspectBackupFile(made.file);
		expect(inspected).toMatchObject({ ok: true, createdAt: T0 });
	});
});

describe('the backup reminder', () => {
	it('comes when writing since the last backup is not in any backup and the backup is a week old', async () => {
		const week = BACKUP_REMINDER_AFTER_MS;
		expect(week).toBe(7 * DAY);
		// Nothing written: no reminder.
		expect(shouldRemindBackup({ now: T0 + 30 * DAY })).toBe(false);
		// Never backed up: once the oldest writing is a week old.
		expect(shouldRemindBackup({ firstWrittenAt: T0, lastWrittenAt: T0, now: T0 + 6 * DAY })).toBe(false);
		expect(shouldRemindBackup({ firstWrittenAt: T0, lastWrittenAt: T0, now: T0 + week })).toBe(true);
		// Backed up, nothing new since: no reminder, however long ago.
		expect(shouldRemindBackup({ lastBackupAt: T0 + DAY, firstWrittenAt: T0, lastWrittenAt: T0 + DAY, now: T0 + 60 * DAY })).toBe(false);
		// New writing since, but the backup is less than a week old: not yet.
		expect(shouldRemindBackup({ lastBackupAt: T0, firstWrittenAt: T0, lastWrittenAt: T0 + 2 * DAY, now: T0 + 6 * DAY })).toBe(false);
		expect(shouldRemindBackup({ lastBackupAt: T0, firstWrittenAt: T0, lastWrittenAt: T0 + 2 * DAY, now: T0 + week })).toBe(true);
	});

	it('shows on Settings: the last backup date, and the reminder once new writing waits a week', async () => {
		backupStatus.reset();
		await backupStatus.refresh(T0);
		expect(backupStatus).toMatchObject({ loaded: true, lastBackupAt: undefined, remind: false });
		const db = database();
		await db.settings.put({ key: 'lastBackupAt', value: T0 });
		await db.people.put({ id: 'person-1', name: 'Bu Sri', howTheyCanHelp: '', contact: '', createdAt: T0 + DAY, updatedAt: T0 + DAY });
		await backupStatus.refresh(T0 + 6 * DAY);
		expect(backupStatus).toMatchObject({ lastBackupAt: T0, remind: false });
		await backupStatus.refresh(T0 + 7 * DAY);
		expect(backupStatus.remind).toBe(true);
		// A new backup: no reminder.
		await createBackup(PASSPHRASE, { now: T0 + 8 * DAY });
		await backupStatus.refresh(T0 + 20 * DAY);
		expect(backupStatus).toMatchObject({ lastBackupAt: T0 + 8 * DAY, remind: false });
	});

	it('reads the dates from storage without the words', async () => {
		expect(await readWritingDates()).toEqual({});
		await fillEverything();
		const { firstWrittenAt, lastWrittenAt } = await readWritingDates();
		expect(firstWrittenAt).toBe(T0);
		// The run of "Tell your story" was saved just now.
		expect(lastWrittenAt).toBeGreaterThan(Date.now() - 60_000);
	});
});

describe('app versions', () => {
	it('compares them part by part', () => {
		expect(compareAppVersions('0.1.0', '0.1.0')).toBe(0);
		expect(compareAppVersions('0.2.0', '0.1.9')).toBe(1);
		expect(compareAppVersions('0.10.0', '0.9.0')).toBe(1);
		expect(compareAppVersions('1.0', '1.0.1')).toBe(-1);
		expect(compareAppVersions('1.0.0-beta', '1.0.0')).toBe(0);
	});
});
