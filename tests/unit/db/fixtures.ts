import type { LangkahDatabase } from '$lib/db/database';

/**
 * Records as each schema version wrote them, and how the latest version must read them back.
 * Add an entry with every new schema version: the upgrade test fails until you do.
 */
export const FIXTURES_BY_VERSION: Record<
	number,
	{ seed: (db: LangkahDatabase) => Promise<void>; verify: (db: LangkahDatabase) => Promise<void> }
> = {
	1: {
		async seed(db) {
			await db.table('settings').bulkPut([
				{ key: 'language', value: 'en' },
				{ key: 'theme', value: 'dark' },
				{ key: 'persistence', value: 'granted' }
			]);
		},
		async verify(db) {
			const settings = await db.table('settings').toArray();
			const byKey = Object.fromEntries(settings.map((r: { key: string; value: unknown }) => [r.key, r.value]));
			if (byKey.language !== 'en' || byKey.theme !== 'dark' || byKey.persistence !== 'granted') {
				throw new Error(`settings were not kept: ${JSON.stringify(byKey)}`);
			}
		}
	},
	2: {
		async seed(db) {
			await db.table('runs').put({
				id: 'run-1',
				flowId: 'tell',
				flowVersion: 1,
				status: 'active',
				snapshot: { status: 'active', value: 'what', context: { answers: { what: 'Saya bingung' }, history: ['welcome', 'feelings'], returnToReview: null } },
				createdAt: 1,
				updatedAt: 2
			});
		},
		async verify(db) {
			const run = await db.table('runs').get('run-1');
			if (run?.snapshot?.context?.answers?.what !== 'Saya bingung') throw new Error('the run was not kept');
		}
	}
};
