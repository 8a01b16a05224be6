/** Test helper: the `resources` texts of a language, read straight from the locale files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceTextFrom, type Messages, type ResourceText } from '$lib/resources/taxonomy';

export function resourceMessages(language: 'id' | 'en'): Messages {
	return JSON.parse(readFileSync(join(process.cwd(), 'locales', language, 'resources.json'), 'utf8')) as Messages;
}

export function resourceText(language: 'id' | 'en'): ResourceText {
	return resourceTextFrom(resourceMessages(language));
}
