/**
 * The language a service's text is written in, for the `lang` attribute of the elements that show
 * it, so that a screen reader reads it with the right voice. The bundled directory is put together
 * in one language (the one on screen); its sources are quoted from the project reference, which is
 * written in English. An imported pack's text is in the language the person chose on import, or
 * the one the importer recognized; when neither is known the answer is '' (HTML: "the language is
 * unknown"), never the language of the screen around it.
 * HSDS `language` records are not used: they name the languages a service is delivered in, not
 * the language of its text (the official example is written in English and lists Urdu).
 */
import { BUNDLED_PACK_ID } from './bundled-data';

export type TextLanguage = 'id' | 'en' | '';

export interface TextLanguageContext {
	/** The language the bundled directory was put together in. */
	bundledLanguage: 'id' | 'en';
	/** Imported packs with the language of their text ('und' when it is not known). */
	packs: readonly { id: string; language: string }[];
}

/** The project reference the bundled sources are quoted from is written in English. */
export const BUNDLED_SOURCE_LANGUAGE: TextLanguage = 'en';

function known(language: string | undefined): TextLanguage {
	return language === 'id' || language === 'en' ? language : '';
}

/** The language of the text of a record in `packId`, or '' when it is not known. */
export function textLanguageOf(packId: string, context: TextLanguageContext): TextLanguage {
	if (packId === BUNDLED_PACK_ID) return context.bundledLanguage;
	return known(context.packs.find((pack) => pack.id === packId)?.language);
}

/** The language a service's sources are written in (they are quoted as their pack has them). */
export function sourceLanguageOf(packId: string, context: TextLanguageContext): TextLanguage {
	return packId === BUNDLED_PACK_ID ? BUNDLED_SOURCE_LANGUAGE : textLanguageOf(packId, context);
}
