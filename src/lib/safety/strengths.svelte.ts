/**
 * The person's strengths for the safety plan: read once from the latest finished "My strengths" run,
 * without Dexie (db/runs.read); the exercise's definition and texts load only when there is one.
 */
import { readRuns } from '$lib/db/runs.read';
import type { Answers } from '$lib/flows/flow-types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { savedAnswers } from '$lib/runs/saved-answers';
import type { Strengths } from './strengths';

export class PlanStrengths {
	strengths = $state.raw<Strengths | undefined>(undefined);
	loaded = $state(false);

	async load(): Promise<void> {
		try {
			const latest = (await readRuns('strengths'))
				.filter((run) => run.status === 'finished')
				.sort((a, b) => (b.finishedAt ?? b.updatedAt) - (a.finishedAt ?? a.updatedAt))[0];
			if (latest) {
				// The exercise, the answer readers and its texts load only for someone who did it.
				const [{ loadFlowDefinition }, { strengthsOf }] = await Promise.all([import('$lib/flows/registry'), import('./strengths'), i18n.use('flow-strengths')]);
				const definition = await loadFlowDefinition('strengths');
				// Each answer is checked by strengthsOf; the run's own checks would load every step kind's code.
				this.strengths = strengthsOf(definition, savedAnswers(latest.snapshot) as Answers, i18n.t);
			}
		} catch {
			// The plan's own parts report storage problems; without readable runs there is nothing to show here.
		}
		this.loaded = true;
	}
}
