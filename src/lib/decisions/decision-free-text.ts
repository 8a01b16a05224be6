/**
 * The free text in a decision step's answer, for the crisis detector: apart from the decision
 * summary, so that the step kinds can read it without loading the summary code.
 */
import type { Answer } from '$lib/flows/flow-types';

/** All free text in a decision answer (for the crisis detector). */
export function decisionFreeText(answer: Answer | undefined): string {
	if (answer === undefined || answer === null || typeof answer !== 'object') return '';
	if (Array.isArray(answer)) {
		return (answer as unknown[])
			.map((item) => {
				if (typeof item !== 'object' || item === null) return '';
				const record = item as Record<string, unknown>;
				return ['text', 'what', 'when', 'who', 'needs']
					.map((field) => record[field])
					.filter((value): value is string => typeof value === 'string' && value !== '')
					.join(' ');
			})
			.filter(Boolean)
			.join('\n');
	}
	return Object.values(answer)
		.map((check) => {
			if (typeof check !== 'object' || check === null) return '';
			const record = check as Record<string, unknown>;
			return [record.control, record.affects].filter((value): value is string => typeof value === 'string' && value !== '').join(' ');
		})
		.filter(Boolean)
		.join('\n');
}
