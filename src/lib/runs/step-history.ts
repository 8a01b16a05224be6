/**
 * Lets the phone's Back button (and the browser's) go to the previous step of an exercise instead of
 * leaving it. While there is a step to go back to, one extra history entry (a mark) sits on top of
 * the exercise's own entry; Back removes it, and the exercise steps back and puts a new mark. On the
 * first step, or once the exercise is finished, there is no mark, so Back leaves as usual.
 * Quick exit walks back over the mark like any other entry of the page.
 */
export interface StepHistoryIo {
	/** Adds the mark on top of the current entry (same address). */
	push(): void;
	/** Goes back over the mark. */
	pop(): void;
}

export function createStepHistory(io: StepHistoryIo) {
	let marked = false;
	let leavingMark = false;
	return {
		/** After every change of step: whether Back should stay inside the exercise. */
		sync(canGoBack: boolean): void {
			if (canGoBack && !marked) {
				marked = true;
				io.push();
			} else if (!canGoBack && marked) {
				marked = false;
				leavingMark = true;
				io.pop();
			}
		},
		/**
		 * The browser is now on an entry without the mark. True when that was the person pressing
		 * Back (the exercise should step back), false when it was our own `pop` or nothing changed.
		 */
		cameBack(): boolean {
			if (leavingMark) {
				leavingMark = false;
				return false;
			}
			if (!marked) return false;
			marked = false;
			return true;
		}
	};
}
