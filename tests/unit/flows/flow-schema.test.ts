import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '$lib/flows/flow-file';
import { conditionSchema, TEXT_DESCRIPTION } from '$lib/steps/step-schema';

/**
 * The JSON Schema published for people who write exercises (static/schemas/flow.schema.json, served
 * at /schemas/flow.schema.json; each flow file names it in "$schema"), made from the same Valibot
 * schemas the app checks flows with. After changing a step kind or the flow schema, write it again:
 * `npm run schema:flow`.
 */
const PUBLISHED = join(process.cwd(), 'static/schemas/flow.schema.json');
const FLOWS = join(process.cwd(), 'src/lib/flows/definitions');

const INLINE_TEXT = {
	type: 'object',
	description: 'The text itself, in each language.',
	properties: { id: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
	required: ['id', 'en'],
	additionalProperties: false
};

/** Every place that takes a text also takes the text itself, in each language. */
function allowInlineTexts(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(allowInlineTexts);
	if (node === null || typeof node !== 'object') return node;
	const record = node as Record<string, unknown>;
	if (record.type === 'string' && record.description === TEXT_DESCRIPTION) {
		return { description: TEXT_DESCRIPTION, anyOf: [{ type: 'string', pattern: '^[a-z0-9-]+:' }, { $ref: '#/$defs/inlineText' }] };
	}
	return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, allowInlineTexts(value)]));
}

function generate(): Record<string, unknown> {
	const schema = toJsonSchema(flowSchema(), { errorMode: 'ignore', definitions: { condition: conditionSchema } }) as Record<string, unknown>;
	const withTexts = allowInlineTexts(schema) as Record<string, unknown>;
	return {
		$schema: withTexts.$schema,
		$id: 'https://langkah.app/schemas/flow.schema.json',
		title: 'A Langkah exercise (*.flow.json)',
		...withTexts,
		$defs: { ...(withTexts.$defs as object), inlineText: INLINE_TEXT }
	};
}

describe('the published flow schema', () => {
	it('is the one made from the app’s schemas', () => {
		const generated = `${JSON.stringify(generate(), null, '\t')}\n`;
		if (process.env.UPDATE_FLOW_SCHEMA) writeFileSync(PUBLISHED, generated);
		expect(readFileSync(PUBLISHED, 'utf8')).toBe(generated);
	});

	it('accepts every shipped flow file, and a flow with its texts written in', () => {
		const ajv = new Ajv({ allErrors: true, strict: false });
		const validate = ajv.compile(JSON.parse(readFileSync(PUBLISHED, 'utf8')));
		for (const name of ['tell', 'problems', 'decide', 'calm']) {
			const flow = JSON.parse(readFileSync(join(FLOWS, `${name}.flow.json`), 'utf8'));
			expect(validate(flow) ? [] : validate.errors).toEqual([]);
		}
		const inline = {
			id: 'hello',
			version: 1,
			namespace: 'flow-hello',
			title: { id: 'Halo', en: 'Hello' },
			description: { id: 'Sapa', en: 'Greet' },
			minutes: 1,
			steps: [{ kind: 'text', id: 'name', prompt: { id: 'Siapa namamu?', en: 'What is your name?' } }]
		};
		expect(validate(inline) ? [] : validate.errors).toEqual([]);
	});

	it('turns away a link to another site and an unknown step kind', () => {
		const ajv = new Ajv({ allErrors: true, strict: false });
		const validate = ajv.compile(JSON.parse(readFileSync(PUBLISHED, 'utf8')));
		const base = { id: 'x', version: 1, namespace: 'flow-x', title: 'flow-x:t', description: 'flow-x:d', minutes: 1 };
		expect(validate({ ...base, steps: [{ kind: 'next', id: 'n', prompt: 'flow-x:p', choices: [{ id: 'a', label: 'flow-x:a', href: '//evil.example' }] }] })).toBe(false);
		expect(validate({ ...base, steps: [{ kind: 'teleport', id: 'n', prompt: 'flow-x:p' }] })).toBe(false);
	});
});
