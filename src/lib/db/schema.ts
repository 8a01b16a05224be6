/**
 * Every version of Langkah's IndexedDB schema, oldest first. A released entry is never edited:
 * a change is a new entry with the next number, and an `upgrade` where existing records move.
 * tests/unit/db-upgrade.test.ts opens a database made at each earlier version with the latest.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
	{ version: 1, stores: { settings: 'key' } },
	// Guided-flow runs: one record per run, with the flow's id and version and the persisted snapshot.
	{ version: 2, stores: { runs: 'id, flowId, status, updatedAt' } }
];

export const LATEST_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
