/**
 * Reading text aloud with the browser's own speech synthesis (on the device: nothing is sent).
 * The button is offered only where the device has a voice for the chosen language.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Language } from '$lib/i18n/languages';

/** The best voice for a language: a local voice of that language, else any voice of it. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | undefined {
	const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === language);
	return matching.find((voice) => voice.localService) ?? matching[0];
}

class ReadAloud {
	speaking = $state(false);
	#subscribeVoices = createSubscriber((update) => {
		const synth = globalThis.speechSynthesis;
		synth?.addEventListener?.('voiceschanged', update);
		return () => synth?.removeEventListener?.('voiceschanged', update);
	});

	#voices(): SpeechSynthesisVoice[] {
		this.#subscribeVoices();
		return globalThis.speechSynthesis?.getVoices() ?? [];
	}

	canSpeak(language: Language): boolean {
		return pickVoice(this.#voices(), language) !== undefined;
	}

	speak(text: string, language: Language): void {
		const synth = globalThis.speechSynthesis;
		const voice = pickVoice(this.#voices(), language);
		if (!synth || !voice) return;
		synth.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		utterance.rate = 0.9;
		utterance.onend = utterance.onerror = () => (this.speaking = false);
		this.speaking = true;
		synth.speak(utterance);
	}

	stop(): void {
		globalThis.speechSynthesis?.cancel();
		this.speaking = false;
	}
}

export const readAloud = new ReadAloud();
