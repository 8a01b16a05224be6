/**
 * A JSON object: not null, and not an array (which Valibot's object and record schemas let through).
 * Its own module so that a check of a small stored record does not load the HSDS record checks.
 */
import * as v from 'valibot';

export const PlainObjectSchema = v.custom<Record<string, unknown>>(
	(value) => typeof value === 'object' && value !== null && !Array.isArray(value),
	// A RecordIssueCode (validate.ts): the message of the issue is its code.
	'not-an-object'
);
