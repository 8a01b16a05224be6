/** The text of a referral note: who it is for, the person's own words, then the answers they chose. */
import type { ReferralAnswer } from '$lib/db/my-resources.repo';

export function referralText(header: string, note: string, answers: readonly ReferralAnswer[]): string {
	const blocks = [header];
	if (note.trim() !== '') blocks.push(note.trim());
	for (const answer of answers) blocks.push(`${answer.label}\n${answer.text}`);
	return blocks.join('\n\n');
}

/** One answer (or person) the person may put in a note. */
export interface AnswerChoice extends ReferralAnswer {
	key: string;
	/** The group it belongs to (an exercise, or "People I can ask"). */
	group: string;
}
