import { describe, expect, it } from 'vitest';
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
