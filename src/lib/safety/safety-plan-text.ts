/**
 * The safety plan as an outline (each part's heading and lines), for the printed view, and as plain
 * text, for sharing or copying when the person taps to do so. Pure: words in, text out.
 */
import type { Person, SavedService } from '$lib/db/my-resources.repo';
import type { SafetyPlanLists, SafetyPlanSection } from '$lib/db/safety-plan.repo';
import { HELPLINES } from './helplines';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The seven parts, in the order the plan is followed. Parts 4 and 5 are not stored with the plan:
 * they are the person's "people I can ask" and saved services, with the help lines.
 */
export const PLAN_PARTS = [
	'warningSigns',
	'copingAlone',
	'distractions',
	'people',
	'services',
	'saferSurroundings',
	'reasonsForLiving'
] as const satisfies readonly (SafetyPlanSection | 'people' | 'services')[];
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface OutlinePart {
	part: PlanPart;
	heading: string;
	/** The part's entries as plain text; none when the person has not written any yet. */
	lines: string[];
}

/** "1. My warning signs": the number tells the order to follow. */
export function partHeading(part: PlanPart, t: Translate): string {
	return `${PLAN_PARTS.indexOf(part) + 1}. ${t(`safety-plan:sections.${part}.title`)}`;
}

function nonBlank(text: string): boolean {
	return text.trim() !== '';
}

/** "Bu Sri — Mendengarkan — 0812-3456-7890", leaving out what is not filled in. */
export function personLine(person: Pick<Person, 'name' | 'howTheyCanHelp' | 'contact'>): string {
	return [person.name, person.howTheyCanHelp, person.contact]
		.map((part) => part.trim())
		.filter(nonBlank)
		.join(' — ');
}

function helplineLines(t: Translate): string[] {
	return HELPLINES.map((line) => {
		const contacts = line.contacts.map((contact) => t(`safety:contact.${contact.kind}`, { value: contact.value }));
		return t('safety-plan:services.lineContacts', { name: t(`safety:lines.${line.id}.name`), contacts });
	});
}

export function planOutline(
	lists: SafetyPlanLists,
	people: readonly Person[],
	services: readonly SavedService[],
	t: Translate
): OutlinePart[] {
	const linesOf = (part: PlanPart): string[] => {
		if (part === 'people') return people.map(personLine).filter(nonBlank);
		if (part === 'services') return [...services.map((service) => service.serviceName.trim()).filter(nonBlank), ...helplineLines(t)];
		return lists[part].map((item) => item.text.trim()).filter(nonBlank);
	};
	return PLAN_PARTS.map((part) => ({ part, heading: partHeading(part, t), lines: linesOf(part) }));
}

/** The plan as text: the title, then each part's heading and its lines as "- " items. */
export function planAsText(title: string, outline: readonly OutlinePart[], nothingYet: string): string {
	const blocks = outline.map((part) => {
		const lines = part.lines.length > 0 ? part.lines : [nothingYet];
		// An entry written on several lines stays one item: its later lines are indented under it.
		return [part.heading, ...lines.map((line) => `- ${line.replace(/\n/g, '\n  ')}`)].join('\n');
	});
	return `${[title, ...blocks].join('\n\n')}\n`;
}
