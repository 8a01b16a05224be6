import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, DATABASE_NAME, resetDatabase } from '$lib/db/database';
import { addPerson, createReferral, saveService } from '$lib/db/my-resources.repo';
import { getRun, listRuns } from '$lib/db/runs.repo';
import { saveSafetyPlanSection } from '$lib/db/safety-plan.repo';
import { saveSetting } from '$lib/db/settings.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { loadFlowDefinition } from '$lib/flows/registry';
import { DATA_CHANNEL, dataGeneration, onDataWipedElsewhere, resetDataWiped } from '$lib/privacy/data-wiped';
import { forgetPageSnapshots, keepForBack, takeBack } from '$lib/privacy/page-snapshots';
import { APP_PRECACHE_PREFIX, cachesToDelete, wipeAllData } from '$lib/privacy/wipe';
import { RunSession } from '$lib/runs/run-session.svelte';
import { settings } from '$lib/settings/settings.svelte';

/** A Storage held in memory, standing in for localStorage and sessionStorage (Node has neither). */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, String(value));
	}
}

/** Cache Storage with named caches only (what the wipe looks at). */
function fakeCaches(names: string[]) {
	const present = new Set(names);
	return {
		present,
		keys: async () => [...present],
		delete: async (name: string) => present.delete(name)
	};
}

const PRECACHE = `${APP_PRECACHE_PREFIX}-v2-http://127.0.0.1:4173/`;
let cacheStorage: ReturnType<typeof fakeCaches>;
const openChannels: BroadcastChannel[] = [];

/** A BroadcastChannel as another tab would open it. */
function otherTab(): BroadcastChannel {
	const channel = new BroadcastChannel(DATA_CHANNEL);
	openChannels.push(channel);
	return channel;
}

async function databaseExists(): Promise<boolean> {
	return (await Dexie.getDatabaseNames()).includes(DATABASE_NAME);
}

beforeEach(async () => {
	vi.stubGlobal('localStorage', new MemoryStorage());
	vi.stubGlobal('sessionStorage', new MemoryStorage());
	cacheStorage = fakeCaches([PRECACHE, 'langkah-shared-files']);
	vi.stubGlobal('caches', cacheStorage);
	resetDatabase();
	await Dexie.delete(DATABASE_NAME);
	resetDataWiped();
	forgetPageSnapshots();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => {
	for (const channel of openChannels.splice(0)) channel.close();
	resetDataWiped();
	resetDatabase();
	vi.unstubAllGlobals();
});

describe('delete all my data', () => {
	it('empties every table and deletes the database itself', async () => {
		const tell = await loadFlowDefinition('tell');
		const session = RunSession.start(tell);
		session.next();
		session.next();
		session.answer('what', 'Dia memukulku');
		await session.flush();
		session.dispose();
		await saveSetting('theme', 'dark');
		await saveService({ serviceId: 's1', serviceName: 'SAPA 129', packId: 'bundled' });
		await createReferral({ serviceId: 's1', serviceName: 'SAPA 129', note: 'Catatan rahasia' });
		await addPerson({ name: 'Bu Sri', howTheyCanHelp: '', contact: '' });
		await saveSafetyPlanSection('warningSigns', [{ id: 'a', text: 'Susah tidur' }]);
		expect(await databaseExists()).toBe(true);

		const outcome = await wipeAllData();

		expect(outcome).toMatchObject({ ok: true, databaseDeleted: true });
		expect(await databaseExists()).toBe(false);
		// Opening it again finds nothing at all.
		expect(await listRuns()).toEqual([]);
		for (const table of database().tables) expect(await table.count(), table.name).toBe(0);
	});

	it('clears localStorage, sessionStorage and the words kept for Back', async () => {
		localStorage.setItem('langkah.theme', 'dark');
		localStorage.setItem('langkah.lang', 'en');
		sessionStorage.setItem('sveltekit:snapshot', '{"3":["kekerasan"]}');
		sessionStorage.setItem('sveltekit:scroll', '{}');
		const key = keepForBack('kekerasan di rumah');
		expect(takeBack(key)).toBe('kekerasan di rumah');

		await wipeAllData();

		expect(localStorage.length).toBe(0);
		expect(sessionStorage.length).toBe(0);
		expect(takeBack(key)).toBeUndefined();
	});

	it("deletes every cache but the app's own precache", async () => {
		const outcome = await wipeAllData();
		expect(outcome.cachesDeleted).toEqual(['langkah-shared-files']);
		expect([...cacheStorage.present]).toEqual([PRECACHE]);
		expect(cachesToDelete([PRECACHE, 'workbox-precache-v2-other', 'runtime'])).toEqual(['runtime']);
	});

	it("tells other open tabs on the 'langkah-data' channel", async () => {
		const tab = otherTab();
		const heard = new Promise<unknown>((resolve) => (tab.onmessage = (event) => resolve(event.data)));
		await wipeAllData();
		expect(await heard).toEqual({ type: 'wiped' });
	});

	it('does not reload the tab that deleted (a tab never hears its own message)', async () => {
		const reload = vi.fn();
		onDataWipedElsewhere(reload);
		const tab = otherTab();
		const heard = new Promise<void>((resolve) => (tab.onmessage = () => resolve()));
		await wipeAllData();
		await heard;
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(reload).not.toHaveBeenCalled();
	});
});

describe('another tab deleted everything', () => {
	it('clears this tab’s sessionStorage and Back words, then hands over to the layout', async () => {
		sessionStorage.setItem('sveltekit:snapshot', '{"3":["kekerasan"]}');
		const key = keepForBack('kekerasan');
		const before = dataGeneration();
		const wiped = new Promise<void>((resolve) => onDataWipedElsewhere(resolve));
		otherTab().postMessage({ type: 'wiped' });
		await wiped;
		expect(dataGeneration()).not.toBe(before);
		expect(sessionStorage.length).toBe(0);
		expect(takeBack(key)).toBeUndefined();
	});

	it('ignores messages that are not a wipe', async () => {
		const before = dataGeneration();
		const listener = vi.fn();
		onDataWipedElsewhere(listener);
		const tab = otherTab();
		tab.postMessage({ type: 'hello' });
		tab.postMessage('wiped');
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(listener).not.toHaveBeenCalled();
		expect(dataGeneration()).toBe(before);
	});

	it('stops an open run from writing: typing one more space does not bring the run back', async () => {
		const tell = await loadFlowDefinition('tell');
		const session = RunSession.start(tell);
		session.next();
		session.next();
		session.answer('what', 'Aku takut pulang');
		await session.flush();
		expect(await getRun(session.id)).toBeDefined();

		// The other tab deletes the database, then its message arrives here.
		resetDatabase();
		await Dexie.delete(DATABASE_NAME);
		const wiped = new Promise<void>((resolve) => onDataWipedElsewhere(resolve));
		otherTab().postMessage({ type: 'wiped' });
		await wiped;

		session.answer('what', 'Aku takut pulang ');
		await session.flush();
		session.dispose();
		expect(await databaseExists()).toBe(false);
		expect(await getRun(session.id)).toBeUndefined();
	});

	it('lets a run started after the wipe save as usual', async () => {
		await wipeAllData();
		const tell = await loadFlowDefinition('tell');
		const session = RunSession.start(tell);
		await session.save();
		session.dispose();
		expect(await getRun(session.id)).toBeDefined();
	});
});

describe('words kept for Back', () => {
	it('come back by their key, and only the latest 30 are kept', () => {
		const first = keepForBack('pertama');
		const keys = Array.from({ length: 30 }, (_, index) => keepForBack(`kata ${index}`));
		expect(takeBack(first)).toBeUndefined();
		expect(takeBack(keys[29])).toBe('kata 29');
		expect(takeBack('not a key')).toBeUndefined();
		expect(takeBack(undefined)).toBeUndefined();
	});

	it('survive a reload of the tab (sessionStorage) but not a forget', async () => {
		const key = keepForBack('dicari');
		expect(sessionStorage.getItem('langkah.snapshots')).toContain('dicari');
		forgetPageSnapshots();
		expect(sessionStorage.getItem('langkah.snapshots')).toBeNull();
		expect(takeBack(key)).toBeUndefined();
	});
});
