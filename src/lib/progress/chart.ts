/**
 * The geometry of the progress charts (ProgressChart.svelte draws them): columns of one or two bars
 * on a common scale from 0 to `max`, or a line through points, with a short label under each
 * column or point. Units are SVG user units; the SVG scales to the width of the screen.
 */

export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 150;
/** Room on the left for the scale's figures, and below for the labels. */
const LEFT = 24;
const BOTTOM = 22;
const TOP = 8;

export interface Bar {
	series: number;
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

export interface ChartColumn {
	label: string;
	/** The centre of the column (where its label goes). */
	x: number;
	bars: Bar[];
}

export interface Tick {
	value: number;
	y: number;
}

export interface Geometry {
	width: number;
	height: number;
	plotLeft: number;
	plotBottom: number;
	labelY: number;
	ticks: Tick[];
}

function frame(max: number): Geometry {
	const plotBottom = CHART_HEIGHT - BOTTOM;
	const ticks = [0, max / 2, max].map((value) => ({ value: Math.round(value * 10) / 10, y: yOf(value, max, plotBottom) }));
	return { width: CHART_WIDTH, height: CHART_HEIGHT, plotLeft: LEFT, plotBottom, labelY: CHART_HEIGHT - 6, ticks };
}

function yOf(value: number, max: number, plotBottom: number): number {
	const clamped = Math.min(Math.max(value, 0), max);
	return plotBottom - (clamped / max) * (plotBottom - TOP);
}

/**
 * Columns of bars: each column has up to one bar a series (a value left out draws no bar). `max`
 * is the top of the scale (at least 1).
 */
export function barColumns(columns: readonly { label: string; values: readonly (number | undefined)[] }[], max: number): Geometry & { columns: ChartColumn[] } {
	const top = Math.max(max, 1);
	const base = frame(top);
	const plotWidth = CHART_WIDTH - LEFT;
	const slot = columns.length > 0 ? plotWidth / columns.length : plotWidth;
	const series = Math.max(1, ...columns.map((c) => c.values.length));
	const barWidth = Math.max(2, Math.min(18, (slot * 0.8) / series));
	return {
		...base,
		columns: columns.map((column, index) => {
			const centre = LEFT + slot * index + slot / 2;
			const start = centre - (barWidth * series) / 2;
			const bars = column.values.flatMap((value, s) => {
				if (value === undefined) return [];
				const y = yOf(value, top, base.plotBottom);
				return [{ series: s, x: start + s * barWidth, y, width: barWidth, height: Math.max(base.plotBottom - y, value > 0 ? 1 : 0), value }];
			});
			return { label: column.label, x: centre, bars };
		})
	};
}

export interface LinePoint {
	x: number;
	y: number;
	value: number;
	label: string;
}

/** A line through values in order, evenly spaced, on a scale from 0 to `max`. */
export function linePoints(values: readonly { value: number; label: string }[], max: number): Geometry & { points: LinePoint[]; path: string } {
	const top = Math.max(max, 1);
	const base = frame(top);
	const plotWidth = CHART_WIDTH - LEFT;
	const slot = values.length > 0 ? plotWidth / values.length : plotWidth;
	const points = values.map((point, index) => ({ x: LEFT + slot * index + slot / 2, y: yOf(point.value, top, base.plotBottom), value: point.value, label: point.label }));
	const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ');
	return { ...base, points, path };
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** Which labels to show under a chart of `count` columns, so that they do not overlap (every n-th, and the last). */
export function labelShown(index: number, count: number, room = 6): boolean {
	if (count <= room) return true;
	const every = Math.ceil(count / room);
	return index === count - 1 || (index % every === 0 && count - 1 - index >= every);
}
