/** The name of Langkah's one IndexedDB database (here alone, so that reading it raw needs no Dexie). */
export const DATABASE_NAME = 'langkah';

let inUse = DATABASE_NAME;

/**
 * The database this tab uses: "langkah", or a guest session's own (see handover/guest-session.ts).
 * Raw reads (raw-read.ts) and Dexie (database.ts) both ask here, so that a guest tab never reads
 * the phone owner's data, with or without Dexie.
 */
export function databaseName(): string {
	return inUse;
}

/** Only `useDatabaseNamed` in database.ts calls this, which also closes the Dexie instance of the old name. */
export function setDatabaseName(name: string): void {
	inUse = name;
}
