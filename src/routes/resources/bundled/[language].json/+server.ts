import { error, json } from '@sveltejs/kit';
import { isLanguage, LANGUAGES } from '$lib/i18n/languages';
import { bundledDirectory } from '$lib/resources/bundled/payload';

// The bundled directory as data, one file a language, written into the built site at build time
// (see $lib/resources/bundled-directory.ts).
export const prerender = true;

export function entries() {
	return LANGUAGES.map((language) => ({ language }));
}

export async function GET({ params }) {
	if (!isLanguage(params.language)) error(404);
	return json(await bundledDirectory(params.language));
}
