import { describe, expect, it } from 'vitest';
import { PROGRAM_CONDITIONS } from '$lib/resources/bundled/entitlement-rules';
import { ENTITLEMENTS_CHECKED_ON, programOf, PROGRAMS } from '$lib/resources/bundled/entitlements';
import { BUNDLED_SERVICES } from '$lib/resources/bundled/index';
import { checkEntitlements, householdFromAnswers } from '$lib/resources/entitlements';

const programs = (household: Parameters<typeof checkEntitlements>[0]) => checkEntitlements(household).map((result) => result.program);

describe('what might I be entitled to', () => {
	it('a poor family with a pregnant mother and a child at school, not in the welfare data: PKH, food aid, free health insurance and school support, registration first', () => {
		const results = checkEntitlements({ members: ['pregnant', 'school'], money: 'hard', welfare: 'no', health: 'none', legal: 'no' });
		expect(results.map((result) => result.program)).toEqual(['pkh', 'sembako', 'pbiJkn', 'pip']);
		const pkh = results[0]!;
		expect(pkh.reasons).toEqual([
			{ question: 'money', answers: ['hard'] },
			{ question: 'members', answers: ['pregnant', 'school'] }
		]);
		expect(results.every((result) => result.registerFirst)).toBe(true);
		expect(programOf('pip').whereToAsk).toEqual({ place: 'school' });
	});

	it('an older person living alone with enough money, who pays for insurance: only the help for older people, no registration step', () => {
		const results = checkEntitlements({ members: ['older'], money: 'enough', welfare: 'unsure', health: 'paid', legal: 'no' });
		expect(results.map((result) => result.program)).toEqual(['atensi']);
		expect(results[0]!.reasons).toEqual([{ question: 'members', answers: ['older'] }]);
		expect(results[0]!.registerFirst).toBe(false);
	});

	it('a person on a tight income in the welfare data, with free insurance already and a legal problem: food aid and legal aid', () => {
		const results = checkEntitlements({ members: ['none'], money: 'tight', welfare: 'yes', health: 'free', legal: 'yes' });
		expect(results.map((result) => result.program)).toEqual(['sembako', 'legalAid']);
		expect(results.find((result) => result.program === 'legalAid')!.reasons).toEqual([
			{ question: 'money', answers: ['tight'] },
			{ question: 'legal', answers: ['yes'] }
		]);
		expect(results.some((result) => result.registerFirst)).toBe(false);
		expect(programOf('legalAid').documents).toContain('sktm');
	});

	it('nothing answered, or answers it does not know, suggest nothing rather than guess', () => {
		expect(programs({})).toEqual([]);
		expect(programs({ money: 'rich', members: ['alien'] })).toEqual([]);
	});

	it('reads the household from a run by the step ids the flow names', () => {
		const household = householdFromAnswers({ members: 'who', money: 'money', legal: 'law' }, { who: ['under6'], money: 'hard', law: 42 });
		expect(household).toEqual({ members: ['under6'], money: 'hard' });
		expect(programs(household)).toEqual(['pkh', 'sembako']);
	});

	it('every rule has a source and a checked date, and asks at a bundled service or a known place', () => {
		const keys = new Set(BUNDLED_SERVICES.map((service) => service.key));
		expect(PROGRAMS.map((program) => program.key)).toEqual(PROGRAM_CONDITIONS.map((rule) => rule.key));
		for (const rule of PROGRAMS) {
			expect(rule.sources.length, rule.key).toBeGreaterThan(0);
			expect(rule.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(rule.checkedOn <= ENTITLEMENTS_CHECKED_ON).toBe(true);
			expect(rule.whereToAsk.service !== undefined || rule.whereToAsk.place !== undefined, rule.key).toBe(true);
			if (rule.whereToAsk.service) expect(keys.has(rule.whereToAsk.service), rule.key).toBe(true);
		}
	});
});
