import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/lib/flows/flow-types';
import { buildReflection } from '../../../src/lib/flows/reflection';
import type { ReflectionStep } from '../../../src/lib/flows/flow-types';
import { tellFlow } from './shipped';

const reflectionStep = tellFlow.steps.find((step): step is ReflectionStep => step.kind === 'reflection')!;
/** The reflection of "Tell it", which names its sources in the definition. */
const reflect = (answers: Answers) => buildReflection(reflectionStep, tellFlow, answers);

const m = (id: string) => `flow-tell:reflection.messages.${id}`;

type Messages = { [key: string]: string | Messages };
function locale(language: string, namespace: string): Messages {
	return JSON.parse(readFileSync(new URL(`../../../locales/${language}/${namespace}.json`, import.meta.url), 'utf8')) as Messages;
}
function lookup(language: string, key: string): unknown {
	const [namespace, path] = key.split(':') as [string, string];
	return path.split('.').reduce<unknown>((node, segment) => (node as Messages | undefined)?.[segment], locale(language, namespace));
}

describe('buildReflection', () => {
	it('gives back nothing but a gentle note when nothing was answered', () => {
		const r = reflect({});
		expect(r.parts).toEqual([]);
		expect(r.messages).toEqual([m('empty'), m('closing')]);
		expect(r.needsHelp).toBe(false);
	});

	it('quotes the person’s own text verbatim', () => {
		const what = 'Suami saya pergi sejak Maret.\nAnak-anak bertanya terus… "Kapan Bapak pulang?" <b>😢</b>';
		const tried = 'Tanya ke RT & ke saudara';
		const wish = 'I want my kids to feel safe';
		const r = reflect({ what: `  ${what}\n\n`, tried, wish });
		expect(r.parts).toEqual([
			{ id: 'what', key: 'flow-tell:reflection.parts.what', quote: what },
			{ id: 'tried', key: 'flow-tell:reflection.parts.tried', quote: tried },
			{ id: 'wish', key: 'flow-tell:reflection.parts.wish', quote: wish }
		]);
	});

	it('treats blank text as not written', () => {
		const r = reflect({ what: '   \n ', tried: '' });
		expect(r.parts).toEqual([]);
		expect(r.messages).not.toContain(m('tried'));
		expect(r.messages[0]).toBe(m('empty'));
	});

	it('names strong feelings as heavy and gives them back with their intensity', () => {
		const r = reflect({
			feelings: [
				{ id: 'sad', intensity: 5 },
				{ id: 'tired', intensity: 2 }
			]
		});
		expect(r.messages).toContain(m('heavy'));
		expect(r.messages).not.toContain(m('named'));
		expect(r.parts).toEqual([
			{
				id: 'feelings',
				key: 'flow-tell:reflection.parts.feelings',
				items: [
					{ id: 'sad', label: 'feelings:sad', intensity: 5, intensityLabel: 'feelings:intensity.5' },
					{ id: 'tired', label: 'feelings:tired', intensity: 2, intensityLabel: 'feelings:intensity.2' }
				]
			}
		]);
	});

	it('thanks the person for naming milder feelings without calling them heavy', () => {
		const r = reflect({ feelings: [{ id: 'worried', intensity: 3 }] });
		expect(r.messages).toContain(m('named'));
		expect(r.messages).not.toContain(m('heavy'));
	});

	it('does not count strong relief or hope as heavy', () => {
		const only = reflect({ feelings: [{ id: 'hopeful', intensity: 5 }] });
		expect(only.messages).toContain(m('light'));
		expect(only.messages).not.toContain(m('heavy'));
		expect(only.messages).not.toContain(m('lightToo'));

		const mixed = reflect({
			feelings: [
				{ id: 'afraid', intensity: 4 },
				{ id: 'relieved', intensity: 2 }
			]
		});
		expect(mixed.messages).toContain(m('heavy'));
		expect(mixed.messages).toContain(m('lightToo'));
		expect(mixed.messages).not.toContain(m('light'));
	});

	it('drops unknown or repeated feelings and keeps intensity within 1..5', () => {
		const r = reflect({
			feelings: [
				{ id: 'sad', intensity: 9 },
				{ id: 'sad', intensity: 1 },
				{ id: 'not-a-feeling', intensity: 3 },
				{ id: 'angry', intensity: 0 }
			]
		});
		expect(r.parts[0]?.items?.map((i) => [i.id, i.intensity])).toEqual([
			['sad', 5],
			['angry', 1]
		]);
	});

	it('says it is a lot at once when several parts of life are touched', () => {
		const many = reflect({ areas: ['money', 'housing', 'family'] });
		expect(many.messages).toContain(m('manyAreas'));
		expect(many.parts).toEqual([
			{
				id: 'areas',
				key: 'flow-tell:reflection.parts.areas',
				items: [
					{ id: 'money', label: 'flow-tell:steps.areas.options.money' },
					{ id: 'housing', label: 'flow-tell:steps.areas.options.housing' },
					{ id: 'family', label: 'flow-tell:steps.areas.options.family' }
				]
			}
		]);
		expect(reflect({ areas: ['money', 'housing'] }).messages).not.toContain(m('manyAreas'));
		expect(reflect({ areas: ['money', 'money', 'nowhere'] }).messages).not.toContain(m('manyAreas'));
	});

	it('acknowledges effort when something was tried', () => {
		const r = reflect({ what: 'Saya kehilangan pekerjaan.', tried: 'Melamar ke tiga toko.' });
		expect(r.messages).toContain(m('tried'));
		expect(r.messages).not.toContain(m('notTried'));
	});

	it('lifts guilt when nothing was tried: telling it is already a step', () => {
		const r = reflect({ what: 'Saya kehilangan pekerjaan.' });
		expect(r.messages).toContain(m('notTried'));
		expect(r.messages).not.toContain(m('tried'));
	});

	it('calls knowing what you want a strength', () => {
		expect(reflect({ wish: 'Punya tempat tinggal sendiri' }).messages).toContain(m('wish'));
		expect(reflect({ what: 'Banyak utang' }).messages).not.toContain(m('wish'));
	});

	it.each(['yes', 'unsure'])('points gently to help, right after the thanks, when danger is "%s"', (danger) => {
		const r = reflect({ what: 'Aku tidak kuat lagi', danger });
		expect(r.messages.slice(0, 2)).toEqual([m('thanks'), m('danger')]);
		expect(r.needsHelp).toBe(true);
	});

	it.each(['yes', 'unsure'])('answers thoughts of ending one’s life ("%s") with hope and the help lines, before anything else', (thoughts) => {
		const r = reflect({ what: 'Aku capek', danger: 'no', thoughts });
		expect(r.messages.slice(0, 2)).toEqual([m('thanks'), m('thoughts')]);
		expect(r.messages).not.toContain(m('danger'));
		expect(r.needsHelp).toBe(true);
		expect(reflect({ what: 'Aku capek', danger: 'yes', thoughts }).messages.slice(1, 3)).toEqual([m('thoughts'), m('danger')]);
	});

	it('does not point to help lines when danger is "no"', () => {
		const r = reflect({ what: 'Aku capek', danger: 'no', thoughts: 'no' });
		expect(r.messages).not.toContain(m('danger'));
		expect(r.messages).not.toContain(m('thoughts'));
		expect(r.needsHelp).toBe(false);
	});

	it('notes safety as a part of life, unless the danger message already says it', () => {
		const area = reflect({ areas: ['safety'], danger: 'no' });
		expect(area.messages).toContain(m('safetyArea'));
		expect(area.needsHelp).toBe(true);
		const both = reflect({ areas: ['safety'], danger: 'yes' });
		expect(both.messages).toContain(m('danger'));
		expect(both.messages).not.toContain(m('safetyArea'));
	});

	it('orders a full reflection as the person told it, with messages from gentle opening to closing', () => {
		const answers: Answers = {
			feelings: [{ id: 'lonely', intensity: 4 }],
			what: 'Sejak pindah ke kota, aku tidak kenal siapa-siapa.',
			areas: ['feelings', 'money', 'housing'],
			danger: 'no',
			tried: 'Ikut pengajian sekali.',
			wish: 'Punya teman untuk bicara.'
		};
		const r = reflect(answers);
		expect(r.parts.map((p) => p.id)).toEqual(['feelings', 'what', 'areas', 'tried', 'wish']);
		expect(r.messages).toEqual([m('thanks'), m('heavy'), m('manyAreas'), m('tried'), m('wish'), m('closing')]);
	});

	it('only produces keys that exist, as non-empty strings, in both languages', () => {
		const answers: Answers[] = [
			{},
			{
				feelings: [1, 2, 3, 4, 5].map((intensity, i) => ({
					id: ['sad', 'afraid', 'hopeful', 'calm', 'relieved'][i] ?? 'sad',
					intensity
				})),
				what: 'x',
				areas: ['health', 'feelings', 'family', 'money', 'housing', 'legal', 'safety'],
				tried: 'y',
				wish: 'z',
				danger: 'unsure'
			},
			{ feelings: [{ id: 'guilty', intensity: 1 }], what: 'x', areas: ['safety'] },
			{ feelings: [{ id: 'calm', intensity: 1 }] }
		];
		const keys = new Set<string>();
		for (const a of answers) {
			const r = reflect(a);
			r.messages.forEach((k) => keys.add(k));
			for (const p of r.parts) {
				keys.add(p.key);
				for (const item of p.items ?? []) {
					keys.add(item.label);
					if (item.intensityLabel) keys.add(item.intensityLabel);
				}
			}
		}
		expect(keys.size).toBeGreaterThan(20);
		for (const key of keys) {
			for (const language of ['id', 'en']) {
				const value = lookup(language, key);
				expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
			}
		}
	});
});
