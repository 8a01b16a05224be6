/**
 * The documents to bring to a service: a checklist that starts from the service's own HSDS record
 * (`required_document`, read when the exercise is opened from a service: `?service=<id>`), to which
 * the person adds their own; each item says whether they have it yet. The answer keeps the
 * service's id and name, so a resumed run (without the address) still knows which service it is for.
 */
import * as v from 'valibot';
import { defineStepKind } from '../step-kind';
import type { DocumentsStep } from './definition';

export type { DocumentsStep };

export const documentItemSchema = v.object({
	id: v.string(),
	text: v.string(),
	have: v.boolean(),
	/** Came from the service's record (not typed by the person). */
	fromService: v.optional(v.boolean())
});

export const documentsAnswerSchema = v.object({
	serviceId: v.optional(v.string()),
	serviceName: v.optional(v.string()),
	items: v.array(documentItemSchema)
});

export type DocumentsAnswer = v.InferOutput<typeof documentsAnswerSchema>;

export default defineStepKind<DocumentsStep, DocumentsAnswer>({
	kind: 'documents',
	answerSchema: documentsAnswerSchema,
	salvage(_step, value) {
		// A value that fits is kept as it is (the same reference: the run resumes as saved).
		if (v.is(documentsAnswerSchema, value)) return value;
		// A plain list (a list step's answer) keeps its words, none marked as had.
		if (Array.isArray(value)) {
			const items = value.flatMap((item) =>
				item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' && typeof (item as { text?: unknown }).text === 'string'
					? [{ id: (item as { id: string }).id, text: (item as { text: string }).text, have: false }]
					: []
			);
			return items.length > 0 ? { items } : undefined;
		}
		return undefined;
	},
	summary: (_step, answer, _answers, t) =>
		answer.items.filter((item) => item.text.trim()).map((item) => t(item.have ? 'services:meeting.haveIt' : 'services:meeting.notYet', { document: item.text })),
	freeText: (answer) => answer.items.filter((item) => !item.fromService).map((item) => item.text).join('\n'),
	namespaces: ['services'],
	view: () => import('./DocumentsStep.svelte')
});
