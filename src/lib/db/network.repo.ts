/**
 * The support network map's ties, in the `network` table: how close a person, group or service is,
 * what help they give, whether the tie is strained, and a note (see network/network.ts). A tie
 * with a `ref` describes one of the "people I can ask" or a saved service; one without stands on
 * its own. Records are validated on read: a damaged one is left out, never thrown at the person.
 * While the lock is on, name, helps, strained and note are encrypted at rest (privacy/at-rest.ts).
 */
import { database, type LangkahDatabase } from './database';
import { MAX_TEXT_LENGTH } from './my-resources.repo';
import { readableTies, TIE_KINDS as KINDS, toTie } from './network.records';
import { newId } from '$lib/ids';
import { cleanHelps, isCloseness, isSector, type NetworkTie } from '$lib/network/network';

export type TieInput = Pick<NetworkTie, 'ref' | 'kind' | 'name' | 'sector' | 'closeness' | 'helps' | 'strained' | 'note'>;

/** Every readable tie, in the order they were added. */
export async function listTies(db: LangkahDatabase = database()): Promise<NetworkTie[]> {
	return readableTies(await db.network.toArray());
}

/**
 * Saves a tie: `id` given, that tie is changed; otherwise a new one, or the one already describing
 * the same person or service. Texts are cut to the usual limit. Returns the tie as stored.
 */
export async function saveTie(input: TieInput, id?: string, now = Date.now(), db: LangkahDatabase = database()): Promise<NetworkTie> {
	if (!isSector(input.sector) || !isCloseness(input.closeness) || !(KINDS as readonly string[]).includes(input.kind)) throw new Error('Not a tie of the network');
	return db.transaction('rw', db.network, async () => {
		let existing = id ? toTie(await db.network.get(id)) : undefined;
		if (!existing && input.ref) existing = (await db.network.where('ref').equals(input.ref).toArray()).map(toTie).find((tie) => tie?.kind === input.kind);
		const tie: NetworkTie = {
			id: existing?.id ?? id ?? newId(),
			ref: input.ref,
			kind: input.kind,
			name: input.name.slice(0, MAX_TEXT_LENGTH),
			sector: input.sector,
			closeness: input.closeness,
			helps: cleanHelps(input.helps),
			strained: input.strained === true,
			note: input.note.slice(0, MAX_TEXT_LENGTH),
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		};
		await db.network.put(tie);
		return tie;
	});
}

export async function deleteTie(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.network.delete(id);
}
