// A Vite plugin for the list of exercises, read from src/lib/flows/definitions/*.flow.json when the
// app is built, so the pages that list exercises carry no flow's steps, and adding an exercise stays
// adding a file:
// - `virtual:flow-summaries`: what the list shows about each shipped flow (id, namespace, title,
//   description, minutes); the title and description are keys of the `flow-cards` namespace;
// - `virtual:flow-cards/<language>`: that namespace, the title and description of every shipped
//   flow in one language, taken from the flow's own locale file (locales/<language>/<namespace>.json).
//   A page that lists exercises loads these few texts instead of every flow's whole namespace.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SUMMARIES = 'virtual:flow-summaries';
const CARDS = 'virtual:flow-cards/';
export const CARDS_NAMESPACE = 'flow-cards';

/**
 * "flow-tell:title" → ["flow-tell", "title"]; a key of the flow's own namespace when it has none.
 * @param {string} key @param {string} namespace @returns {[string, string]}
 */
function splitKey(key, namespace) {
	const at = key.indexOf(':');
	return at < 0 ? [namespace, key] : [key.slice(0, at), key.slice(at + 1)];
}

/**
 * The card key of a flow's text key: "flow-tell:title" → "flow-cards:flow-tell.title".
 * @param {string} key @param {string} namespace
 */
function cardKey(key, namespace) {
	const [ns, path] = splitKey(key, namespace);
	return `${CARDS_NAMESPACE}:${ns}.${path}`;
}

/** @param {unknown} messages @param {string} path @returns {unknown} */
function lookUp(messages, path) {
	return path.split('.').reduce((/** @type {any} */ node, part) => (node && typeof node === 'object' ? node[part] : undefined), messages);
}

/**
 * @param {string} directory where the flow files are
 * @param {string} [localesDirectory] where the locale files are
 * @returns {import('vite').Plugin}
 */
export function flowSummaries(directory, localesDirectory = 'locales') {
	/** @param {{ addWatchFile(file: string): void }} context */
	function flows(context) {
		context.addWatchFile(directory);
		return readdirSync(directory)
			.filter((name) => name.endsWith('.flow.json'))
			.sort()
			.map((name) => {
				const file = join(directory, name);
				context.addWatchFile(file);
				return { name, flow: JSON.parse(readFileSync(file, 'utf8')) };
			});
	}
	return {
		name: 'langkah-flow-summaries',
		resolveId(id) {
			return id === SUMMARIES || id.startsWith(CARDS) ? `\0${id}` : undefined;
		},
		load(id) {
			if (id === `\0${SUMMARIES}`) {
				const summaries = flows(this).map(({ name, flow }) => ({
					file: name,
					id: flow.id,
					namespace: flow.namespace,
					title: cardKey(flow.title, flow.namespace),
					description: cardKey(flow.description, flow.namespace),
					minutes: flow.minutes
				}));
				return `export default ${JSON.stringify(summaries)};`;
			}
			if (id.startsWith(`\0${CARDS}`)) {
				const language = id.slice(`\0${CARDS}`.length);
				/** @type {Record<string, Record<string, unknown>>} */
				const cards = {};
				for (const { flow } of flows(this)) {
					for (const key of [flow.title, flow.description]) {
						const [ns, path] = splitKey(key, flow.namespace);
						const file = join(localesDirectory, language, `${ns}.json`);
						this.addWatchFile(file);
						const text = lookUp(JSON.parse(readFileSync(file, 'utf8')), path);
						if (typeof text !== 'string') throw new Error(`${flow.id}: no text "${key}" in ${language}`);
						let node = (cards[ns] ??= {});
						const parts = path.split('.');
						const last = /** @type {string} */ (parts.pop());
						for (const part of parts) node = /** @type {Record<string, unknown>} */ ((node[part] ??= {}));
						node[last] = text;
					}
				}
				return `export default ${JSON.stringify(cards)};`;
			}
			return undefined;
		}
	};
}
