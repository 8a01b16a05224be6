import { describe, expect, it } from 'vitest';
import { createStepHistory } from '$lib/runs/step-history';

/** A tab's history as a stack of entries: 'page' for the exercise, 'mark' for the extra entry. */
function fakeTab() {
	const entries = ['page'];
	const stepHistory = createStepHistory({
		push: () => entries.push('mark'),
		pop: () => entries.pop()
	});
	return { entries, stepHistory };
}

describe('Back inside an exercise', () => {
	it('goes back a step while there is one, and leaves the exercise from the first step', () => {
		const { entries, stepHistory } = fakeTab();
		let step = 1;
		stepHistory.sync(step > 1);
		expect(entries).toEqual(['page']); // on the first step, Back leaves

		step = 2;
		stepHistory.sync(step > 1);
		step = 3;
		stepHistory.sync(step > 1);
		expect(entries).toEqual(['page', 'mark']); // one mark, however many steps

		// The person presses Back: the browser removes the mark, the exercise steps back and marks again.
		entries.pop();
		expect(stepHistory.cameBack()).toBe(true);
		step -= 1;
		stepHistory.sync(step > 1);
		expect(entries).toEqual(['page', 'mark']);

		entries.pop();
		expect(stepHistory.cameBack()).toBe(true);
		step -= 1;
		stepHistory.sync(step > 1);
		expect(entries).toEqual(['page']);
		expect(stepHistory.cameBack()).toBe(false); // the next Back leaves
	});

	it('removes the mark itself when the exercise ends or goes back with its own button, without stepping back twice', () => {
		const { entries, stepHistory } = fakeTab();
		stepHistory.sync(true);
		stepHistory.sync(false); // finished, or the app's own Back reached the first step
		expect(entries).toEqual(['page']);
		expect(stepHistory.cameBack()).toBe(false); // that was our own step back, not the person's
		expect(stepHistory.cameBack()).toBe(false);
	});
});
