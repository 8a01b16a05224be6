/**
 * The safety plan's own lists read without Dexie (raw-tables.ts), decrypted while the lock is on,
 * checked as safety-plan.repo.ts checks them: the plan's page draws from here and loads the repo
 * (and Dexie) once the person types. While the app is locked this throws `DatabaseLockedError`.
 */
import { readAllRecords } from './raw-tables';
import { planFromRecords, type SafetyPlanLists } from './safety-plan.records';

/** Every section of the plan; a section never saved, or unreadable, is an empty list. */
export async function readSafetyPlanLists(): Promise<SafetyPlanLists> {
	return planFromRecords(await readAllRecords('safetyPlan'));
}
