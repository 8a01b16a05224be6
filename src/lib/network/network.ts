/**
 * The person's support network (an eco-map, as social workers draw one, and as easyNWK does on a
 * screen): the person in the middle, and around them the people, groups and services in their
 * life, each in one of three sources of help (the seed's resource systems: informal, formal and
 * societal), on a ring by how close they are, with what help each gives and whether the tie is
 * strained. The people come from "people I can ask" and the services from the saved services; a
 * tie adds how close, what help and what is strained to one of them, or stands on its own (a group,
 * a neighbour not in the safety plan). Pure: the records come in, the map and its list go out.
 */
export const SECTORS = ['informal', 'formal', 'societal'] as const;
export type Sector = (typeof SECTORS)[number];

/** 1 very close, 2 close, 3 further away. */
export const CLOSENESS = [1, 2, 3] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const HELPS = ['listen', 'practical', 'money', 'advice', 'care'] as const;
export type Help = (typeof HELPS)[number];

/** A tie as the repo reads it. */
export interface NetworkTie {
	id: string;
	/** The person or saved service it describes ('' when it stands on its own). */
	ref: string;
	kind: 'person' | 'service' | 'own';
	name: string;
	sector: Sector;
	closeness: Closeness;
	helps: Help[];
	strained: boolean;
	note: string;
	createdAt: number;
	updatedAt: number;
}

/** One node of the map and one row of the list. */
export interface NetworkNode {
	/** Stable across reloads: the tie's id, or the person's or service's own for one without a tie yet. */
	key: string;
	tieId?: string;
	ref: string;
	kind: NetworkTie['kind'];
	name: string;
	sector: Sector;
	closeness: Closeness;
	helps: Help[];
	strained: boolean;
	note: string;
	/** One of the "people I can ask" (and so in the safety plan). */
	inPlan: boolean;
}

export function isSector(value: unknown): value is Sector {
	return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function isCloseness(value: unknown): value is Closeness {
	return value === 1 || value === 2 || value === 3;
}

export function cleanHelps(value: unknown): Help[] {
	return Array.isArray(value) ? HELPS.filter((help) => value.includes(help)) : [];
}

/**
 * Every node of the network: each person I can ask (informal, close, unless their tie says
 * otherwise), each saved service (formal, further away), and each tie of its own. A tie whose
 * person or service is gone is left out.
 */
export function networkNodes(
	ties: readonly NetworkTie[],
	people: readonly { id: string; name: string; howTheyCanHelp?: string }[],
	services: readonly { serviceId: string; serviceName: string }[]
): NetworkNode[] {
	const byRef = new Map(ties.filter((tie) => tie.ref).map((tie) => [`${tie.kind}:${tie.ref}`, tie]));
	const fromTie = (tie: NetworkTie | undefined) =>
		tie ? { tieId: tie.id, sector: tie.sector, closeness: tie.closeness, helps: tie.helps, strained: tie.strained, note: tie.note } : undefined;
	const nodes: NetworkNode[] = [
		...people.map((person): NetworkNode => ({
			key: `person:${person.id}`,
			ref: person.id,
			kind: 'person',
			name: person.name,
			sector: 'informal',
			closeness: 2,
			helps: [],
			strained: false,
			note: '',
			...fromTie(byRef.get(`person:${person.id}`)),
			inPlan: true
		})),
		...services.map((service): NetworkNode => ({
			key: `service:${service.serviceId}`,
			ref: service.serviceId,
			kind: 'service',
			name: service.serviceName,
			sector: 'formal',
			closeness: 3,
			helps: [],
			strained: false,
			note: '',
			...fromTie(byRef.get(`service:${service.serviceId}`)),
			inPlan: false
		})),
		...ties
			.filter((tie) => tie.kind === 'own')
			.map((tie): NetworkNode => ({ key: tie.id, ref: '', kind: 'own', name: tie.name, ...fromTie(tie)!, inPlan: false }))
	];
	return nodes.filter((node) => node.name.trim() !== '');
}

/** The nodes of one source of help, closest first, then by name. */
export function nodesIn(nodes: readonly NetworkNode[], sector: Sector): NetworkNode[] {
	return nodes.filter((node) => node.sector === sector).sort((a, b) => a.closeness - b.closeness || a.name.localeCompare(b.name));
}

// The map's geometry, in SVG user units: the person in the middle of a square, three rings.
export const MAP_SIZE = 320;
const CENTRE = MAP_SIZE / 2;
export const RING_RADII: Record<Closeness, number> = { 1: 52, 2: 95, 3: 138 };
/** Where each source of help sits around the person, in degrees (0 = right, clockwise): informal above, formal to the lower right, societal to the lower left. */
const SECTOR_ARCS: Record<Sector, [number, number]> = { informal: [-150, -30], formal: [-20, 100], societal: [80, 200] };

export interface MapPoint {
	key: string;
	x: number;
	y: number;
	labelY: number;
}

export const centre = { x: CENTRE, y: CENTRE };

/** The labels of a sector's area, placed just outside the rings. */
export function sectorLabel(sector: Sector): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
	const [from, to] = SECTOR_ARCS[sector];
	const angle = ((from + to) / 2) * (Math.PI / 180);
	const r = RING_RADII[3] + 12;
	const x = CENTRE + r * Math.cos(angle);
	return { x: Math.round(x), y: Math.round(CENTRE + r * Math.sin(angle) + 4), anchor: Math.abs(x - CENTRE) < 20 ? 'middle' : x > CENTRE ? 'end' : 'start' };
}

/**
 * Where each node goes: on the ring of its closeness, spread evenly over its sector's arc; nodes
 * of the same ring and sector alternate a little inwards and outwards so that labels overlap less.
 */
export function mapPoints(nodes: readonly NetworkNode[]): MapPoint[] {
	const points: MapPoint[] = [];
	for (const sector of SECTORS) {
		const [from, to] = SECTOR_ARCS[sector];
		for (const closeness of CLOSENESS) {
			const group = nodesIn(nodes, sector).filter((node) => node.closeness === closeness);
			group.forEach((node, index) => {
				const angle = (from + ((to - from) * (index + 1)) / (group.length + 1)) * (Math.PI / 180);
				const r = RING_RADII[closeness] + (group.length > 2 ? (index % 2 === 0 ? -6 : 6) : 0);
				const x = CENTRE + r * Math.cos(angle);
				const y = CENTRE + r * Math.sin(angle);
				points.push({ key: node.key, x: round(x), y: round(y), labelY: round(y + 18) });
			});
		}
	}
	return points;
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** A name short enough to sit under a dot on the map (the list has it whole). */
export function shortName(name: string, max = 14): string {
	const trimmed = name.trim();
	return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
