/**
 * Test helper: the texts the bundled directory is put together from in a language (the `resources`
 * namespace, with the `bundled` namespace under `bundled.`), read straight from the locale files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceTextFrom, type Messages, type ResourceText } from '$lib/resources/taxonomy';
import { directoryTextFrom } from '$lib/resources/bundled/payload';

function messages(language: 'id' | 'en', namespace: string): Messages {
	return JSON.parse(readFileSync(join(process.cwd(), 'locales', language, `${namespace}.json`), 'utf8')) as Messages;
}

/** The `resources` namespace with the bundled directory's texts under `bundled`. */
export function resourceMessages(language: 'id' | 'en'): Messages {
	return { ...messages(language, 'resources'), bundled: messages(language, 'bundled') };
}

export function resourceText(language: 'id' | 'en'): ResourceText {
	return directoryTextFrom(messages(language, 'resources'), messages(language, 'bundled'));
}

/** The texts of the import page (the `directory-import` namespace), read straight from the locale files. */
export function importText(language: 'id' | 'en'): ResourceText {
	return resourceTextFrom(messages(language, 'directory-import'));
}
