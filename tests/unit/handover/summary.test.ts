import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import { deleteReceived, keepReceived, listReceived } from '$lib/db/received.repo';
import { needsTotals, needsTotalsCsv } from '$lib/handover/needs-totals';
import {
	fragmentOfSummaryFile,
	newCode,
	SealedSchema,
	SEALED_SUMMARY_KIND,
	sealSummary,
	SUMMARY_KIND,
	summaryFileText,
	SummarySchema,
	unsealSummary,
	type NeedsSummaryPayload,
	type SummaryPayload
} from '$lib/handover/summary';
import { decodeFragment, encodeFragment } from '$lib/share/fragment';

const run: SummaryPayload = {
	type: 'run',
	title: 'Weigh my options',
	madeAt: 1_700_000_000_000,
	items: [{ question: 'What do you need to decide?', lines: ['Whether to move back to my parents'] }]
};

describe('a summary sent back', () => {
	it('travels in a fragment and comes back the same', async () => {
		const fragment = await encodeFragment(SUMMARY_KIND, run);
		expect(await decodeFragment(fragment, SUMMARY_KIND, SummarySchema)).toEqual({ ok: true, value: run });
	});

	it('refuses a summary of an unknown type or with an unknown need', async () => {
		for (const bad of [
			{ ...run, type: 'script' },
			{ type: 'needs', madeAt: 1, counts: { 'not-a-need': 3 } },
			{ type: 'needs', madeAt: 1, counts: { health: -1 } }
		]) {
			expect((await decodeFragment(await encodeFragment(SUMMARY_KIND, bad), SUMMARY_KIND, SummarySchema)).ok).toBe(false);
		}
	});

	it('sealed with a code, opens only with that code; the code is not in the link', async () => {
		const code = newCode();
		expect(code).toMatch(/^\d{6}$/);
		const sealed = await sealSummary(run, code);
		const fragment = await encodeFragment(SEALED_SUMMARY_KIND, sealed);
		expect(fragment).not.toContain(code);
		expect(fragment).not.toContain('parents');
		const read = await decodeFragment(fragment, SEALED_SUMMARY_KIND, SealedSchema);
		if (!read.ok) throw new Error(read.reason);
		expect(await unsealSummary(read.value, '000000' === code ? '111111' : '000000')).toEqual({ ok: false, reason: 'wrong-code' });
		expect(await unsealSummary(read.value, `${code.slice(0, 3)} ${code.slice(3)}`)).toEqual({ ok: true, summary: run });
	});

	it('a sealed summary is compressed before it is encrypted, so its link stays about as short as a plain one', async () => {
		const long: SummaryPayload = { ...run, items: Array.from({ length: 8 }, (_, n) => ({ question: `Question ${n}?`, lines: ['I want to talk to my mother about work and school fees this week.'] })) };
		const plain = await encodeFragment(SUMMARY_KIND, long);
		const sealed = await encodeFragment(SEALED_SUMMARY_KIND, await sealSummary(long, '123456'));
		expect(sealed.length).toBeLessThan(plain.length + 200);
	});

	it('a changed sealed summary reads like a wrong code, never as another summary', async () => {
		const sealed = await sealSummary(run, '123456');
		const data = Buffer.from(sealed.data, 'base64');
		data[0] = data[0]! ^ 1;
		expect(await unsealSummary({ ...sealed, data: data.toString('base64') }, '123456')).toEqual({ ok: false, reason: 'wrong-code' });
		expect(await unsealSummary({ ...sealed, salt: 'AAAA' }, '123456')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('goes into a file when too long for a QR code, and the file gives the fragment back', async () => {
		const fragment = await encodeFragment(SUMMARY_KIND, run);
		expect(fragmentOfSummaryFile(summaryFileText(fragment))).toBe(fragment);
		expect(fragmentOfSummaryFile('{"format":"other"}')).toBeUndefined();
		expect(fragmentOfSummaryFile('not json')).toBeUndefined();
	});
});

describe('unmet needs across clients', () => {
	const clients: NeedsSummaryPayload[] = [
		{ type: 'needs', madeAt: 1, area: 'Cilincing', counts: { health: 2, housing: 1 } },
		{ type: 'needs', madeAt: 2, area: ' cilincing ', counts: { health: 1 } },
		{ type: 'needs', madeAt: 3, counts: { other: 4, housing: 0 } }
	];

	it('adds up three clients by need and by area (the same area written differently counts once)', () => {
		const totals = needsTotals(clients);
		expect(totals.summaries).toBe(3);
		expect(totals.total).toBe(8);
		expect(totals.byNeed).toEqual([
			{ need: 'health', total: 3 },
			{ need: 'housing', total: 1 },
			{ need: 'other', total: 4 }
		]);
		expect(totals.byArea).toEqual([
			{ area: 'Cilincing', total: 4, needs: { health: 3, housing: 1 } },
			{ area: '', total: 4, needs: { other: 4 } }
		]);
	});

	it('exports the totals as CSV, one row an area and need', () => {
		const csv = needsTotalsCsv(needsTotals(clients), (need) => `name of ${need}`, 'No area');
		expect(csv.split('\r\n')).toEqual([
			'area,need,need_name,count',
			'Cilincing,health,name of health,3',
			'Cilincing,housing,name of housing,1',
			'No area,other,name of other,4',
			''
		]);
	});
});

describe('the received list on the worker\'s phone', () => {
	const names: string[] = [];
	afterEach(async () => {
		await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
	});

	it('keeps summaries newest first, leaves out a damaged one, and deletes', async () => {
		const name = `received-${Date.now()}`;
		names.push(name);
		const db = new LangkahDatabase(name);
		const first = await keepReceived(run, 10, db);
		await keepReceived({ type: 'needs', madeAt: 1, counts: { health: 1 } }, 20, db);
		await db.received.put({ id: 'damaged', type: 'run', summary: { type: 'run', title: 5 }, receivedAt: 30 });
		expect((await listReceived(db)).map((row) => row.summary.type)).toEqual(['needs', 'run']);
		await deleteReceived(first.id, db);
		expect((await listReceived(db)).map((row) => row.summary.type)).toEqual(['needs']);
		db.close();
	});
});
