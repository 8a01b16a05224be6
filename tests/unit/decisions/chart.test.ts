import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, chartGeometry, shorten, signed } from '$lib/decisions/chart';

describe('chartGeometry', () => {
	it('draws positive weights from a zero line at the left, the highest to the figure room', () => {
		const chart = chartGeometry([4, 2, 0]);
		expect(chart.width).toBe(CHART_WIDTH);
		expect(chart.zeroX).toBe(4);
		const [four, two, zero] = chart.rows;
		expect(four!.barX).toBe(chart.zeroX);
		expect(four!.barWidth).toBeCloseTo(2 * two!.barWidth);
		expect(four!.barX + four!.barWidth).toBeLessThanOrEqual(CHART_WIDTH - 40);
		expect(zero!.barWidth).toBe(0);
		expect(four!.valueAnchor).toBe('start');
		expect(two!.y).toBeGreaterThan(four!.y);
	});

	it('puts the zero line where negative and positive weights both fit, bars growing away from it', () => {
		const chart = chartGeometry([-3, 3]);
		const [minus, plus] = chart.rows;
		expect(minus!.barX + minus!.barWidth).toBeCloseTo(chart.zeroX);
		expect(plus!.barX).toBeCloseTo(chart.zeroX);
		expect(minus!.barWidth).toBeCloseTo(plus!.barWidth);
		expect(minus!.valueAnchor).toBe('end');
		expect(minus!.valueX).toBeGreaterThan(0);
	});

	it('copes with all weights at zero and with no options', () => {
		expect(chartGeometry([0, 0]).rows.every((row) => row.barWidth === 0)).toBe(true);
		expect(chartGeometry([]).rows).toEqual([]);
		expect(chartGeometry([]).height).toBeGreaterThan(0);
	});

	it('gives a marked option a line for its marks, and more room', () => {
		const chart = chartGeometry([1, 1, 1], [false, true, false]);
		expect(chart.rows[0]!.marksY).toBeNull();
		expect(chart.rows[1]!.marksY).not.toBeNull();
		expect(chart.rows[2]!.y - chart.rows[1]!.y).toBeGreaterThan(chart.rows[1]!.y - chart.rows[0]!.y);
	});
});

describe('figures and names', () => {
	it('signs weights with a true minus', () => {
		expect([signed(3), signed(0), signed(-2)]).toEqual(['+3', '0', '\u22122']);
	});

	it('shortens long names to one line', () => {
		expect(shorten('  pindah   ke rumah ibu ')).toBe('pindah ke rumah ibu');
		const long = shorten('a'.repeat(60), 20);
		expect(long).toHaveLength(20);
		expect(long.endsWith('…')).toBe(true);
	});
});
