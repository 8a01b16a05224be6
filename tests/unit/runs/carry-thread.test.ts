import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { loadFlowDefinition } from '$lib/flows/registry';
import { storySentences } from '$lib/flows/story-items';
import { carryIn } from '$lib/runs/carry-in';
import { RunSession } from '$lib/runs/run-session.svelte';
import { settings } from '$lib/settings/settings.svelte';

let tell: FlowDefinition;
let problems: FlowDefinition;
let decide: FlowDefinition;
const sessions: RunSession[] = [];
const track = (session: RunSession) => (sessions.push(session), session);

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
	[tell, problems, decide] = await Promise.all([loadFlowDefinition('tell'), loadFlowDefinition('problems'), loadFlowDefinition('decide')]);
});

afterEach(() => {
	sessions.splice(0).forEach((session) => session.dispose());
});

describe('the problems named in a story', () => {
	it('splits a story into its sentences and lines, leaving out scraps', () => {
		expect(storySentences('Kontrakan belum dibayar. Anakku sakit sejak Senin!\nAku capek... ya.  \n\n- ')).toEqual([
			'Kontrakan belum dibayar.',
			'Anakku sakit sejak Senin!',
			'Aku capek...'
		]);
		expect(storySentences('')).toEqual([]);
		expect(storySentences('a. '.repeat(3) + 'Satu dua tiga. '.repeat(20))).toHaveLength(10);
	});

	it('starts "My problems" from a story in "Tell it", as the flow names it, and records where it came from', async () => {
		const story = track(RunSession.start(tell));
		story.answer('what', 'Kontrakan belum dibayar. Anakku sakit sejak Senin.');
		story.finish();
		await story.flush();
		const carried = await carryIn(problems, { from: story.id });
		expect(carried?.origin).toEqual({ runId: story.id, flowId: 'tell', kind: 'story' });
		expect((carried?.answers.list as { text: string }[]).map((item) => item.text)).toEqual(['Kontrakan belum dibayar.', 'Anakku sakit sejak Senin.']);
		const session = track(RunSession.start(problems, carried!.answers, carried!.origin));
		expect((session.answers.list as unknown[]).length).toBe(2);
	});

	it('carries nothing from a story with no words', async () => {
		const story = track(RunSession.start(tell));
		story.finish();
		await story.flush();
		expect(await carryIn(problems, { from: story.id })).toBeNull();
	});
});

describe('"Weigh my options" from a problem', () => {
	it('begins with the ideas for the problem as its options', async () => {
		const problem = track(RunSession.start(problems));
		problem.answer('list', [{ id: 'p1', text: 'Kontrakan belum dibayar' }]);
		problem.answer('sort', { p1: 'can' });
		problem.answer('pick', 'p1');
		problem.answer('ideas', [
			{ id: 'i1', text: 'Minta keringanan' },
			{ id: 'i2', text: 'Pinjam ke kakak' }
		]);
		problem.finish();
		await problem.flush();
		const carried = await carryIn(decide, { from: problem.id });
		expect(carried?.answers.decision).toBe('Kontrakan belum dibayar');
		expect((carried?.answers.options as { text: string }[]).map((option) => option.text)).toEqual(['Minta keringanan', 'Pinjam ke kakak']);
	});
});
