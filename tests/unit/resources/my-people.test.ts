import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import { addPerson, listPeople, updatePerson } from '$lib/db/my-resources.repo';
import type { Person } from '$lib/db/my-resources.schema';
import { needsNamedIn, peopleForNeeds } from '$lib/resources/my-people';

const person = (id: string, more: Partial<Person>): Person => ({ id, name: id, howTheyCanHelp: '', contact: '', needs: [], createdAt: 1, updatedAt: 1, ...more });

describe("the person's own people in the directory", () => {
	it('reads the needs a description names, in both languages', () => {
		expect(needsNamedIn('Bisa pinjam uang sedikit')).toEqual(expect.arrayContaining(['money-aid', 'debt']));
		expect(needsNamedIn('Beras tiap Jumat')).toEqual(['food']);
		expect(needsNamedIn('Info kontrakan murah')).toEqual(['housing']);
		expect(needsNamedIn('Knows about job vacancies and rent')).toEqual(expect.arrayContaining(['work', 'housing']));
		expect(needsNamedIn('Mendengarkan')).toEqual([]);
	});

	it('shows people, community groups and places of worship for the needs they help with', () => {
		const people = [
			person('Bu Sri', { howTheyCanHelp: 'Mendengarkan', relation: 'neighbour' }),
			person('Masjid Al-Ikhlas', { relation: 'worship', needs: ['food', 'money-aid'] }),
			person('Karang Taruna', { relation: 'community', needs: ['work'] }),
			person('Om Budi', { howTheyCanHelp: 'Tahu kontrakan murah dan lowongan kerja' })
		];
		expect(peopleForNeeds(people, ['food']).map((match) => match.person.name)).toEqual(['Masjid Al-Ikhlas']);
		// Helping with more of the needs first; a ticked need before one read from the words.
		const work = peopleForNeeds(people, ['work', 'housing']);
		expect(work.map((match) => match.person.name)).toEqual(['Om Budi', 'Karang Taruna']);
		expect(work[0]).toMatchObject({ needs: ['work', 'housing'], fromWords: true });
		expect(peopleForNeeds(people, ['work']).map((match) => match.person.name)).toEqual(['Karang Taruna', 'Om Budi']);
		expect(peopleForNeeds(people, ['disability'])).toEqual([]);
		expect(peopleForNeeds(people, [])).toEqual([]);
	});
});

describe('storing what someone can help with', () => {
	const names: string[] = [];
	afterEach(async () => {
		await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
	});

	it('keeps the kind and the needs ticked, known needs only, and finds them by need', async () => {
		const name = `my-people-${Date.now()}`;
		names.push(name);
		const db = new LangkahDatabase(name);
		const added = await addPerson(
			{ name: 'Gereja Santo Yosef', howTheyCanHelp: 'Sembako bulanan', contact: '', relation: 'worship', needs: ['housing', 'food', 'nonsense' as never, 'food'] },
			1,
			db
		);
		expect(added).toMatchObject({ relation: 'worship', needs: ['food', 'housing'] });
		expect((await listPeople(db))[0]).toMatchObject({ name: 'Gereja Santo Yosef', needs: ['food', 'housing'] });
		expect(await db.people.where('needs').equals('housing').primaryKeys()).toEqual([added.id]);
		await updatePerson(added.id, { name: 'Gereja Santo Yosef', howTheyCanHelp: '', contact: '', relation: 'worship', needs: ['food'] }, 2, db);
		expect(await db.people.where('needs').equals('housing').count()).toBe(0);
		expect(peopleForNeeds(await listPeople(db), ['food']).map((match) => match.person.name)).toEqual(['Gereja Santo Yosef']);
		db.close();
	});
});
