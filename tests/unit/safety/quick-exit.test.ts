import { describe, expect, it, vi } from 'vitest';
import { QUICK_EXIT_URL, createShiftCounter, quickExit } from '$lib/safety/quick-exit';

describe('quick exit', () => {
	it('replaces the page, so that back does not return to Langkah', () => {
		const location = { replace: vi.fn() };
		quickExit(location);
		expect(location.replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
		expect(new URL(QUICK_EXIT_URL).protocol).toBe('https:');
	});

	function pressShift(counter: ReturnType<typeof createShiftCounter>, at: number): boolean {
		counter.keydown('Shift');
		return counter.keyup('Shift', at);
	}

	it('fires on the third Shift within two seconds', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 700)).toBe(false);
		expect(pressShift(counter, 1900)).toBe(true);
	});

	it('does not fire when the presses are spread over more than two seconds', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 1500)).toBe(false);
		expect(pressShift(counter, 2600)).toBe(false);
		expect(pressShift(counter, 3000)).toBe(true);
	});

	it('ignores a held Shift key repeating', () => {
		const counter = createShiftCounter();
		counter.keydown('Shift');
		counter.keydown('Shift', true);
		counter.keydown('Shift', true);
		expect(counter.keyup('Shift', 100)).toBe(false);
		expect(pressShift(counter, 200)).toBe(false);
		expect(pressShift(counter, 300)).toBe(true);
	});

	it('does not count Shift used for a capital letter, and starts over when other keys are typed', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 100)).toBe(false);
		counter.keydown('Shift');
		counter.keydown('A');
		expect(counter.keyup('Shift', 200)).toBe(false);
		counter.keydown('b');
		expect(pressShift(counter, 300)).toBe(false);
		expect(pressShift(counter, 400)).toBe(false);
		expect(pressShift(counter, 500)).toBe(true);
	});
});
