import { beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { loadFlowDefinition } from '$lib/flows/registry';
import { decodeFragment, encodeFragment } from '$lib/share/fragment';
import { contextSteps, seedAnswers, TAILORED_KIND, TailoredSchema, tidyTailored, type Tailored } from '$lib/handover/tailored';
import { forgetPlan, keepPlan, nextInPlan, openPlanExercise, planExerciseHref, readPlan } from '$lib/handover/session-plan';
import { carryIn, carryRequestOf } from '$lib/runs/carry-in';
import { RunSession } from '$lib/runs/run-session.svelte';

class MemoryStorage {
	items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
	clear = () => this.items.clear();
}

// The client's tab: sessionStorage, as a browser has it.
(globalThis as { sessionStorage?: unknown }).sessionStorage ??= new MemoryStorage();

const sequence: Tailored = {
	lang: 'en',
	name: 'Bu Rina',
	note: 'Take your time. We talk again on Thursday.',
	exercises: [{ flow: 'decide', question: 'Should I move back to my parents?', options: ['Move back', 'Stay here'] }, { flow: 'calm' }]
};

describe('what a flow takes as starting words', () => {
	it('reads the question and options steps of "Weigh my options" from its definition, and none for "Calm down"', async () => {
		expect(contextSteps(await loadFlowDefinition('decide'))).toEqual({ question: 'decision', options: 'options' });
		expect(contextSteps(await loadFlowDefinition('calm'))).toEqual({});
	});

	it('seeds the question and the named options, and nothing for a flow that takes none', async () => {
		let n = 0;
		const answers = seedAnswers(await loadFlowDefinition('decide'), sequence.exercises[0]!, () => `o${++n}`);
		expect(answers).toEqual({
			decision: 'Should I move back to my parents?',
			options: [
				{ id: 'o1', text: 'Move back' },
				{ id: 'o2', text: 'Stay here' }
			]
		});
		expect(seedAnswers(await loadFlowDefinition('calm'), { flow: 'calm', question: 'x', options: ['a'] })).toEqual({});
	});

	it('drops empty fields and context an exercise cannot take before the link is made', async () => {
		const decide = await loadFlowDefinition('decide');
		const calm = await loadFlowDefinition('calm');
		const takes = (flow: string) => contextSteps(flow === 'decide' ? decide : calm);
		expect(
			tidyTailored({ lang: 'id', name: '  ', note: '', exercises: [{ flow: 'calm', question: 'q' }, { flow: 'decide', question: ' q ', options: [' ', 'a'] }] }, takes)
		).toEqual({ lang: 'id', exercises: [{ flow: 'calm' }, { flow: 'decide', question: 'q', options: ['a'] }] });
	});
});

describe('a tailored link is checked like any import', () => {
	it('round-trips through a fragment', async () => {
		const fragment = await encodeFragment(TAILORED_KIND, sequence);
		expect(await decodeFragment(fragment, TAILORED_KIND, TailoredSchema)).toEqual({ ok: true, value: sequence });
	});

	it('refuses an unknown exercise, an unknown language, no exercises, too many, an over-long note', async () => {
		for (const bad of [
			{ ...sequence, exercises: [{ flow: 'not-an-exercise' }] },
			{ ...sequence, exercises: [{ flow: '../settings' }] },
			{ ...sequence, lang: 'fr' },
			{ ...sequence, exercises: [] },
			{ ...sequence, exercises: Array.from({ length: 6 }, () => ({ flow: 'calm' })) },
			{ ...sequence, note: 'x'.repeat(501) },
			{ ...sequence, exercises: [{ flow: 'decide', options: Array.from({ length: 9 }, () => 'a') }] }
		]) {
			const result = await decodeFragment(await encodeFragment(TAILORED_KIND, bad), TAILORED_KIND, TailoredSchema);
			expect(result.ok).toBe(false);
		}
	});
});

describe('the sequence on the client, through reloads', () => {
	it('opens each exercise at its place and offers the next once it is the one opened', () => {
		const store = new MemoryStorage();
		keepPlan(sequence, 0, store);
		expect(readPlan(store)?.tailored.name).toBe('Bu Rina');
		expect(nextInPlan('decide', store)).toEqual({ position: 1, flow: 'calm' });
		expect(openPlanExercise('calm', 0, store)).toBeUndefined();
		expect(openPlanExercise('calm', 1, store)).toEqual({ flow: 'calm' });
		expect(nextInPlan('calm', store)).toBeUndefined();
		expect(nextInPlan('decide', store)).toBeUndefined();
		expect(planExerciseHref('calm', 1)).toBe('/flow/calm?handover=1');
		forgetPlan(store);
		expect(readPlan(store)).toBeNull();
	});

	it('reads a damaged stored plan as none', () => {
		const store = new MemoryStorage();
		store.setItem('langkah.tailored', '{"tailored":{"lang":"xx"},"position":0}');
		expect(readPlan(store)).toBeNull();
		store.setItem('langkah.tailored', 'not json');
		expect(readPlan(store)).toBeNull();
	});
});

describe('a run started from the link', () => {
	beforeEach(async () => {
		resetDatabase();
		await database().delete();
		resetDatabase();
		sessionStorage.clear();
	});

	it('starts "Weigh my options" with the worker\'s question and options, which the run keeps and can finish', async () => {
		keepPlan(sequence, 0);
		const decide = await loadFlowDefinition('decide');
		const carried = await carryIn(decide, carryRequestOf(new URLSearchParams('handover=0')));
		expect(carried?.fromWorker).toBe(true);
		expect(carried?.answers.decision).toBe('Should I move back to my parents?');
		const session = RunSession.start(decide, carried!.answers);
		expect(session.answers.options).toHaveLength(2);
		session.finish();
		await session.flush();
		expect(session.isDone).toBe(true);
		expect(nextInPlan('decide')).toEqual({ position: 1, flow: 'calm' });
		session.dispose();
	});

	it('carries nothing when the address names a place the plan does not have', async () => {
		keepPlan(sequence, 0);
		const calm = await loadFlowDefinition('calm');
		expect(await carryIn(calm, { handover: '0' })).toBeNull();
		expect(await carryIn(calm, { handover: '7' })).toBeNull();
		expect(await carryIn(calm, { handover: 'x' })).toBeNull();
	});
});

describe("the worker's form for a tailored link", () => {
	it('fetches what starting words an exercise takes when it is chosen, and keeps them in a link made before that came', async () => {
		const { TailoredForm } = await import('$lib/handover/tailored-form.svelte');
		const form = new TailoredForm('id');
		form.exercises[0]!.flow = 'decide';
		form.exercises[0]!.question = 'Pindah atau tetap di sini?';
		form.exercises[0]!.options = 'Pindah\nTetap di sini';
		// Nothing fetched yet: the form does not know yet that "Weigh my options" takes them.
		expect(form.takes('decide')).toEqual({});
		const url = await form.make('https://langkah.example');
		expect(form.takes('decide')).toEqual({ question: 'decision', options: 'options' });
		const read = await decodeFragment(new URL(url).hash, TAILORED_KIND, TailoredSchema);
		if (!read.ok) throw new Error(read.reason);
		expect(read.value.exercises).toEqual([{ flow: 'decide', question: 'Pindah atau tetap di sini?', options: ['Pindah', 'Tetap di sini'] }]);
		await form.prepare('calm');
		expect(form.takes('calm')).toEqual({});
	});
});
