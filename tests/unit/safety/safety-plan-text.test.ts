import { describe, expect, it } from 'vitest';
import type { Person, SavedService } from '$lib/db/my-resources.repo';
import { emptySafetyPlan } from '$lib/db/safety-plan.repo';
import { HELPLINES } from '$lib/safety/helplines';
import { PLAN_PARTS, personLine, planAsText, planOutline, type Translate } from '$lib/safety/safety-plan-text';

/** Shows keys and values instead of translations, so the test reads what goes where. */
const t: Translate = (key, options) => (options ? `${key}(${Object.values(options).join(',')})` : key);

const person = (name: string, howTheyCanHelp: string, contact: string): Person => ({ id: name, name, howTheyCanHelp, contact, needs: [], createdAt: 1, updatedAt: 1 });
const service: SavedService = { serviceId: 's1', serviceName: 'Puskesmas Contoh', packId: 'bundled', savedAt: 1 };

describe('the safety plan outline', () => {
	it('has the seven parts in order, numbered', () => {
		const outline = planOutline(emptySafetyPlan(), [], [], t);
		expect(outline.map((part) => part.part)).toEqual([...PLAN_PARTS]);
		expect(outline[0]!.heading).toBe('1. safety-plan:sections.warningSigns.title');
		expect(outline[6]!.heading).toBe('7. safety-plan:sections.reasonsForLiving.title');
	});

	it('puts the person’s words, people and services in their parts, leaving out blanks', () => {
		const lists = { ...emptySafetyPlan(), copingAlone: [{ id: 'a', text: ' Mandi air hangat ' }, { id: 'b', text: '  ' }] };
		const outline = planOutline(lists, [person('Bu Sri', 'Mendengarkan', '0812-3456-7890'), person(' ', '', '')], [service], t);
		const lines = Object.fromEntries(outline.map((part) => [part.part, part.lines]));
		expect(lines.copingAlone).toEqual(['Mandi air hangat']);
		expect(lines.people).toEqual(['Bu Sri — Mendengarkan — 0812-3456-7890']);
		expect(lines.services![0]).toBe('Puskesmas Contoh');
		// Every help line follows the person's services, with its numbers.
		expect(lines.services).toHaveLength(1 + HELPLINES.length);
		expect(lines.services).toContain('safety-plan:services.lineContacts(safety:lines.sapa129.name,safety:contact.phone(129),safety:contact.whatsapp(0811-1129-129))');
		expect(lines.warningSigns).toEqual([]);
	});

	it('writes a person with only what is filled in', () => {
		expect(personLine({ name: 'Pak RT', howTheyCanHelp: '', contact: ' 0812 ' })).toBe('Pak RT — 0812');
		expect(personLine({ name: 'Kak Ani', howTheyCanHelp: '', contact: '' })).toBe('Kak Ani');
	});
});

describe('the safety plan as text', () => {
	it('gives the title, each heading, its items, and says when a part is empty', () => {
		const text = planAsText(
			'Rencana keselamatan',
			[
				{ part: 'warningSigns', heading: '1. Tanda', lines: ['Susah tidur', 'Marah terus'] },
				{ part: 'copingAlone', heading: '2. Sendiri', lines: [] }
			],
			'(belum diisi)'
		);
		expect(text).toBe('Rencana keselamatan\n\n1. Tanda\n- Susah tidur\n- Marah terus\n\n2. Sendiri\n- (belum diisi)\n');
	});

	it('keeps an entry written on several lines together under its dash', () => {
		const text = planAsText('Plan', [{ part: 'reasonsForLiving', heading: '7. Reasons', lines: ['My sister\nand her baby'] }], '-');
		expect(text).toBe('Plan\n\n7. Reasons\n- My sister\n  and her baby\n');
	});
});
