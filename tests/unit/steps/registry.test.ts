import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checksOf } from '$lib/steps/checks';
import { kindOf, stepKindNames } from '$lib/steps/registry';
import { SHIPPED_FLOWS } from '../flows/shipped';

describe('the step kind registry', () => {
	it('finds every kind by its folder', () => {
		expect(stepKindNames().sort()).toEqual(
			[
				'actions',
				'breathing',
				'card',
				'choice',
				'complaints',
				'documents',
				'entitlements',
				'feelings',
				'info',
				'list',
				'next',
				'options',
				'people',
				'pick',
				'plan',
				'points',
				'readiness',
				'reality',
				'reflection',
				'review',
				'scale',
				'sort',
				'text',
				'week',
				'weigh'
			].sort()
		);
	});

	it("checks every step of the shipped exercises with its kind's schema", () => {
		for (const flow of SHIPPED_FLOWS) {
			for (const step of flow.steps) {
				const schema = checksOf(kindOf(step)).definitionSchema;
				expect(schema, `${flow.id}/${step.id}: a ${step.kind} step has a schema`).toBeDefined();
				const result = v.safeParse(schema!, step);
				expect(result.issues?.map((issue) => `${flow.id}/${step.id}: ${issue.message}`) ?? []).toEqual([]);
			}
		}
	});

	it('gives every kind a view to load', () => {
		for (const name of stepKindNames()) expect(typeof kindOf({ kind: name }).view).toBe('function');
	});
});
