// The size of a backup file after a year of daily use, and how long making and restoring it take,
// in Node (fake-indexeddb, Node's Web Crypto and CompressionStream):
// - 365 runs of "Tell it", one a day, every step answered through the real flow machine, with
//   Indonesian text from the crisis corpus (about 700 characters told a day, plus a sentence each
//   for what was tried and what is wished);
// - 50 notes to services (with their trackers), 8 people to ask, 20 unmet needs, a full safety plan.
// Usage: node scripts/bench-backup.mjs
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withModules } from './load-ts.mjs';
import { kb } from './measure.mjs';

// dexie-export-import reads two browser globals that Node lacks.
globalThis.self ??= globalThis;
globalThis.FileReader ??= class {
	readAsArrayBuffer(blob) {
		blob.arrayBuffer().then((buffer) => {
			this.result = buffer;
			this.onload?.({ target: this });
		});
	}
};

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 11, 1, 12);

// A small seeded random source, so that every run of the benchmark writes the same year.
let seed = 20261130;
function random() {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed / 2147483648;
}
const pick = (list) => list[Math.floor(random() * list.length)];

// What people wrote: the Indonesian paragraphs of the crisis corpus (tests/crisis, written for
// this app in the voice of its users), so that the text compresses as real writing does.
const CORPUS = 'tests/crisis/corpus/train';
const PARAGRAPHS = readdirSync(CORPUS)
	.filter((file) => file.startsWith('paragraphs-'))
	.flatMap((file) => readFileSync(join(CORPUS, file), 'utf8').split('\n').slice(1))
	.map((line) => line.split('\t'))
	.filter((fields) => fields[0] === 'id' && fields[3])
	.map((fields) => fields[3]);
const sentencesOf = (text) => text.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.length > 20);
const SENTENCES = PARAGRAPHS.flatMap(sentencesOf);

/** About 700 characters a day: paragraphs the corpus's authors wrote, a different mix each day. */
function toldToday() {
	const parts = [];
	while (parts.join(' ').length < 650) parts.push(pick(PARAGRAPHS));
	return parts.join(' ');
}

await withModules(
	['/src/lib/db/database.ts', '/src/lib/flows/registry.ts', '/src/lib/flows/flow-engine.ts', '/src/lib/privacy/backup.ts', 'xstate'],
	async (databaseModule, registry, engine, backup, xstate) => {
		const db = databaseModule.database();
		await databaseModule.clearAllTables(db);
		const tell = await registry.loadFlowDefinition('tell');
		const machine = engine.createFlowMachine(tell);
		const feelings = tell.steps.find((step) => step.kind === 'feelings').feelings;

		const runs = [];
		for (let day = 0; day < 365; day++) {
			const actor = xstate.createActor(machine).start();
			const answer = (step, value) => actor.send({ type: 'answer.set', step, value });
			const next = () => actor.send({ type: 'step.next' });
			next();
			answer('feelings', [pick(feelings), pick(feelings)].filter((id, index, all) => all.indexOf(id) === index).map((id) => ({ id, intensity: 1 + Math.floor(random() * 5) })));
			next();
			answer('what', toldToday());
			next();
			answer('areas', ['family', pick(['money', 'housing', 'health', 'safety'])]);
			next();
			answer('danger', pick(['no', 'no', 'unsure']));
			next();
			answer('tried', pick(SENTENCES));
			next();
			answer('wish', pick(SENTENCES));
			next();
			next();
			const at = START + day * DAY;
			runs.push({ id: `run-${day}`, flowId: 'tell', flowVersion: tell.version, status: 'finished', snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), createdAt: at, updatedAt: at + 600_000, finishedAt: at + 600_000 });
			actor.stop();
		}
		await db.runs.bulkPut(runs);
		await db.referrals.bulkPut(
			Array.from({ length: 50 }, (_, i) => ({
				id: `referral-${i}`,
				serviceId: `service-${i % 10}`,
				serviceName: `Layanan ${i % 10}`,
				note: toldToday().slice(0, 400),
				answers: [],
				status: 'contacted',
				followUpOn: '2026-11-30',
				trackerNotes: `${pick(SENTENCES)} ${pick(SENTENCES)}`,
				createdAt: START + i * 7 * DAY,
				updatedAt: START + i * 7 * DAY,
				statusChangedAt: START + i * 7 * DAY
			}))
		);
		await db.myServices.bulkPut(Array.from({ length: 10 }, (_, i) => ({ serviceId: `service-${i}`, serviceName: `Layanan ${i}`, packId: 'bundled', savedAt: START })));
		await db.people.bulkPut(Array.from({ length: 8 }, (_, i) => ({ id: `person-${i}`, name: `Orang ${i}`, howTheyCanHelp: 'Mendengarkan dan menjaga anak sore hari', contact: '0812-0000-000' + i, createdAt: START, updatedAt: START })));
		await db.unmetNeeds.bulkPut(Array.from({ length: 20 }, (_, i) => ({ id: `need-${i}`, what: 'Tempat penitipan anak yang murah', category: 'family-children', notedAt: START + i * DAY })));
		for (const section of ['warningSigns', 'copingAlone', 'distractions', 'saferSurroundings', 'reasonsForLiving']) {
			await db.safetyPlan.put({ section, items: Array.from({ length: 4 }, (_, i) => ({ id: `${section}-${i}`, text: pick(SENTENCES).slice(0, 120) })), createdAt: START, updatedAt: START });
		}

		const rawJson = (await Promise.all(db.tables.map((table) => table.toArray()))).reduce((sum, rows) => sum + new TextEncoder().encode(JSON.stringify(rows)).length, 0);
		let started = performance.now();
		const made = await backup.createBackup('kucing oren suka tidur', { db });
		const makeMs = performance.now() - started;

		await databaseModule.clearAllTables(db);
		started = performance.now();
		const restored = await backup.restoreBackup(made.file, 'kucing oren suka tidur', 'replace', { db });
		const restoreMs = performance.now() - started;
		if (!restored.ok) throw new Error(`restore failed: ${restored.reason}`);

		console.log(`a year of daily use: ${runs.length} runs of "Tell it", 50 notes, 8 people, 20 unmet needs, a full safety plan`);
		console.log(`records as JSON: ${kb(rawJson)} KB`);
		console.log(`backup file: ${kb(made.file.size)} KB (${made.header.compression}, AES-256-GCM, PBKDF2 ${made.header.iterations.toLocaleString('en')} iterations)`);
		console.log(`make: ${makeMs.toFixed(0)} ms; restore (replace): ${restoreMs.toFixed(0)} ms (Node, this machine)`);
		databaseModule.resetDatabase();
	}
);
