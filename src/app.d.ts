// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** On the extra history entry that keeps Back inside an exercise (runs/step-history.ts). */
			flowStep?: boolean;
		}
	}
}

export {};
