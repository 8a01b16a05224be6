/**
 * The geometry of the weights chart (DecisionChart.svelte draws it): one row per option with its
 * name, a bar from the zero line (right for a positive weight, left for a negative one) and, when
 * the reality check marked the option, a line of marks. Units are SVG user units; the SVG scales
 * to the width of the screen.
 */

/** What the chart shows of one option. */
export interface ChartOption {
	id: string;
	label: string;
	good: number;
	hard: number;
	weight: number;
	/** Reality-check marks in short words; empty when nothing is marked. */
	marks: string[];
}

export const CHART_WIDTH = 300;
const LABEL_LINE = 19;
const BAR_TOP = 25;
const BAR_HEIGHT = 20;
const MARKS_LINE = 64;
const ROW_PLAIN = 56;
const ROW_MARKED = 74;
/** Room for a figure beside a bar. */
const FIGURE_ROOM = 40;

export interface ChartRow {
	/** Top of the row. */
	y: number;
	labelY: number;
	barX: number;
	barY: number;
	barWidth: number;
	barHeight: number;
	valueX: number;
	valueY: number;
	valueAnchor: 'start' | 'end';
	/** Where the line of marks goes, if the row has marks. */
	marksY: number | null;
}

export interface ChartGeometry {
	width: number;
	height: number;
	zeroX: number;
	rows: ChartRow[];
}

/** Lays out one row per weight, in order; `marked[i]` gives row i a line for its marks. */
export function chartGeometry(weights: readonly number[], marked: readonly boolean[] = []): ChartGeometry {
	const low = Math.min(0, ...weights);
	const high = Math.max(0, ...weights);
	const left = low < 0 ? FIGURE_ROOM : 4;
	const right = CHART_WIDTH - FIGURE_ROOM;
	const scale = (right - left) / (high - low || 1);
	const zeroX = left + -low * scale;
	let y = 0;
	const rows = weights.map((weight, index) => {
		const barWidth = Math.abs(weight) * scale;
		const barX = weight >= 0 ? zeroX : zeroX - barWidth;
		const hasMarks = marked[index] === true;
		const row: ChartRow = {
			y,
			labelY: y + LABEL_LINE - 4,
			barX,
			barY: y + BAR_TOP,
			barWidth,
			barHeight: BAR_HEIGHT,
			valueX: weight >= 0 ? zeroX + barWidth + 6 : barX - 6,
			valueY: y + BAR_TOP + BAR_HEIGHT - 5,
			valueAnchor: weight >= 0 ? 'start' : 'end',
			marksY: hasMarks ? y + MARKS_LINE : null
		};
		y += hasMarks ? ROW_MARKED : ROW_PLAIN;
		return row;
	});
	return { width: CHART_WIDTH, height: Math.max(y, 1), zeroX, rows };
}

/** Words cut to fit a line of the chart (the full words are in the list beside it). */
export function shorten(text: string, max = 28): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A weight as a signed figure: "+7", "−3" (a true minus sign), "0". */
export function signed(weight: number): string {
	if (weight > 0) return `+${weight}`;
	if (weight < 0) return `\u2212${Math.abs(weight)}`;
	return '0';
}
