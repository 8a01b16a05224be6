import { describe, expect, it } from 'vitest';
import { HSDS_TABLES, RECORD_TYPES, isUuid, linkFields, recordTypeOfFile, stableUuid } from '$lib/resources/hsds';
import { readSchema, schemaFiles } from './hsds-schema';

type SchemaProperty = { type?: string; format?: string; enum?: string[]; $ref?: string; items?: { $ref?: string } };
type Schema = { name: string; path: string; properties: Record<string, SchemaProperty>; required?: string[]; tabular_required?: string[] };

const schemas = new Map(schemaFiles().map((file) => [file, readSchema(file) as unknown as Schema]));
const schemaOf = (type: string) => [...schemas.values()].find((schema) => schema.name === type);

describe('HSDS_TABLES, the compact form of the HSDS 3.0 schemas', () => {
	it('has a table for every schema and no other', () => {
		expect([...RECORD_TYPES].sort()).toEqual([...schemas.values()].map((schema) => schema.name).sort());
	});

	for (const type of RECORD_TYPES) {
		it(`describes ${type} exactly as its schema does`, () => {
			const schema = schemaOf(type)!;
			const table = HSDS_TABLES[type];
			expect(table.file).toBe(schema.path);
			expect([...table.required].sort()).toEqual([...(schema.required ?? [])].sort());
			expect([...table.tabularRequired].sort()).toEqual([...(schema.tabular_required ?? [])].sort());
			const scalars = Object.entries(schema.properties).filter(([, property]) => property.type === 'string' || property.type === 'number');
			expect(Object.keys(table.fields).sort()).toEqual(scalars.map(([name]) => name).sort());
			for (const [name, property] of scalars) {
				const field = table.fields[name]!;
				expect(field.kind, `${type}.${name}`).toBe(property.type);
				const tabularType = (property as { datapackage_type?: string }).datapackage_type;
				const format = property.format ?? (tabularType === 'date' || tabularType === 'time' ? tabularType : tabularType === 'datetime' ? 'date-time' : undefined);
				expect(field.format, `${type}.${name} format`).toBe(format);
				expect(field.values, `${type}.${name} enum`).toEqual(property.enum);
			}
			const nested = Object.entries(schema.properties).filter(([, property]) => property.type === 'array' || property.$ref);
			const children = Object.entries(table.children).filter(([, child]) => !child.apiOnly);
			expect(children.map(([name]) => name).sort()).toEqual(nested.map(([name]) => name).sort());
			for (const [name, child] of children) {
				const property = schema.properties[name]!;
				const ref = property.$ref ?? property.items?.$ref;
				expect(ref, `${type}.${name}`).toBe(`${child.type}.json`);
				expect(child.many, `${type}.${name} is a list`).toBe(property.type === 'array');
				if (child.link.via === 'child' || child.link.via === 'parent') {
					const holder = child.link.via === 'child' ? child.type : type;
					expect(HSDS_TABLES[holder].fields[child.link.key]?.format, `${holder}.${child.link.key}`).toBe('uuid');
				}
			}
		});
	}

	it('maps tabular file names to tables', () => {
		expect(recordTypeOfFile('services.csv')).toBe('service');
		expect(recordTypeOfFile('data/Service_At_Location.csv')).toBe('service_at_location');
		expect(recordTypeOfFile('taxonomy_terms.csv')).toBe('taxonomy_term');
		expect(recordTypeOfFile('unknown.csv')).toBeUndefined();
	});

	it('lists the link fields of a table', () => {
		expect(linkFields('phone').sort()).toEqual(['contact_id', 'location_id', 'organization_id', 'service_at_location_id', 'service_id']);
		expect(linkFields('attribute').sort()).toEqual(['link_id', 'taxonomy_term_id']);
	});
});

describe('stableUuid', () => {
	it('gives the same valid UUID for the same name and different ones for different names', () => {
		const a = stableUuid('langkah:bundled:service:sapa129');
		expect(isUuid(a)).toBe(true);
		expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(stableUuid('langkah:bundled:service:sapa129')).toBe(a);
		const many = new Set(Array.from({ length: 5000 }, (_, i) => stableUuid(`name-${i}`)));
		expect(many.size).toBe(5000);
	});
});
