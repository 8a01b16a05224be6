/**
 * Test helpers: the HSDS 3.0 schemas (copied into src/lib/resources/schema) loaded into Ajv, an
 * independent JSON Schema validator, and the official examples (copied into ./hsds-examples).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ImportEntry } from '$lib/resources/import';

export const SCHEMA_DIR = join(process.cwd(), 'src/lib/resources/schema');
export const EXAMPLES_DIR = join(process.cwd(), 'tests/unit/resources/hsds-examples');

export function schemaFiles(): string[] {
	return readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.json') && file !== 'openapi.json');
}

export function readSchema(file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;
}

let ajv: Ajv | undefined;

/** A validator for one schema file ("service.json"), with every other schema available to its $refs. */
export function schemaValidator(file: string): ValidateFunction {
	if (!ajv) {
		ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		for (const name of schemaFiles()) ajv.addSchema(readSchema(name), name);
	}
	const validate = ajv.getSchema(file);
	if (!validate) throw new Error(`no schema ${file}`);
	return validate;
}

export function exampleEntry(relativePath: string): ImportEntry {
	return { name: relativePath.split('/').pop()!, bytes: new Uint8Array(readFileSync(join(EXAMPLES_DIR, relativePath))) };
}

export function csvExampleEntries(): ImportEntry[] {
	return readdirSync(join(EXAMPLES_DIR, 'csv')).map((file) => exampleEntry(`csv/${file}`));
}

export function jsonExampleFiles(): string[] {
	return readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.json'));
}
