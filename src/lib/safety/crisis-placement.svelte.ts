/**
 * Where the crisis panel appears: next to the field whose words raised it. A step with several
 * fields puts a `CrisisSlot` at the end of each entry (a list item, a plan step, an option); the
 * flow runner shares one `CrisisPlacement` through context and shows the panel in the slot whose
 * entry holds the words that raised it, or else the field the person was writing in. A step
 * without slots gets the panel right under it.
 */
import { getContext, setContext, type Snippet } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

const KEY = Symbol('crisis-placement');

export class CrisisPlacement {
	/** The field the person was writing in last. */
	field = $state<HTMLElement | undefined>();
	/** The panel to show, when there is one. */
	panel = $state<Snippet | undefined>();
	/** The words that raised it. */
	match = $state('');
	#slots = new SvelteSet<HTMLElement>();

	register(slot: HTMLElement): () => void {
		this.#slots.add(slot);
		return () => this.#slots.delete(slot);
	}

	/** The slot the panel belongs in, if the step has slots. */
	get slot(): HTMLElement | undefined {
		const entryOf = (slot: HTMLElement) => slot.parentElement;
		const words = this.match.trim().slice(0, 40);
		if (words) {
			for (const slot of this.#slots) {
				const fields = entryOf(slot)?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [];
				if ([...fields].some((field) => field.value.includes(words))) return slot;
			}
		}
		const field = this.field;
		if (!field) return undefined;
		for (const slot of this.#slots) if (entryOf(slot)?.contains(field)) return slot;
		return undefined;
	}
}

export function provideCrisisPlacement(placement: CrisisPlacement): void {
	setContext(KEY, placement);
}

export function crisisPlacement(): CrisisPlacement | undefined {
	return getContext<CrisisPlacement | undefined>(KEY);
}
