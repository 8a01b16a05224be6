import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPerson, listPeople, MAX_TEXT_LENGTH as REPO_LIMIT } from '$lib/db/my-resources.repo';
import { editItem, textAnswer } from '$lib/flows/step-answers';
import { limitText, MAX_TEXT_LENGTH, reachedTextLimit } from '$lib/text-limit';

describe('one generous limit for free text', () => {
	it('is 20,000 characters, the same for steps and the person’s own records', () => {
		expect(MAX_TEXT_LENGTH).toBe(20_000);
		expect(REPO_LIMIT).toBe(MAX_TEXT_LENGTH);
	});

	it('keeps everything typed up to the limit, and nothing after it', () => {
		const story = 'Aku takut pulang. '.repeat(2_000);
		expect(story.length).toBeGreaterThan(MAX_TEXT_LENGTH);
		expect(textAnswer(story)).toBe(story.slice(0, MAX_TEXT_LENGTH));
		expect(textAnswer('x'.repeat(MAX_TEXT_LENGTH))).toHaveLength(MAX_TEXT_LENGTH);
		expect(textAnswer('pendek')).toBe('pendek');
		expect(editItem([{ id: 'a', text: '' }], 'a', story)).toEqual([{ id: 'a', text: story.slice(0, MAX_TEXT_LENGTH) }]);
	});

	it('never cuts an emoji in half', () => {
		const text = `${'a'.repeat(MAX_TEXT_LENGTH - 1)}😢`;
		expect(limitText(text)).toBe('a'.repeat(MAX_TEXT_LENGTH - 1));
		expect(limitText('ab😢', 4)).toBe('ab😢');
		expect(limitText('ab😢c', 3)).toBe('ab');
	});

	it('says when the limit is reached', () => {
		expect(reachedTextLimit('x'.repeat(MAX_TEXT_LENGTH - 1))).toBe(false);
		expect(reachedTextLimit('x'.repeat(MAX_TEXT_LENGTH))).toBe(true);
	});

	it('has a gentle note in both languages that names the limit', () => {
		for (const language of ['id', 'en']) {
			const common = JSON.parse(readFileSync(`locales/${language}/common.json`, 'utf8')) as { textLimit?: string };
			expect(common.textLimit, language).toContain('{{limit}}');
		}
	});

	it('keeps a person’s 20,000-character name in full when stored', async () => {
		const name = 'N'.repeat(MAX_TEXT_LENGTH + 50);
		await addPerson({ name, howTheyCanHelp: '', contact: '' });
		const [person] = await listPeople();
		expect(person?.name).toHaveLength(MAX_TEXT_LENGTH);
	});
});
