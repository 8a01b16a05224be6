// A Vite plugin: the module `virtual:flow-summaries` lists what the list of exercises shows about
// each shipped flow (id, namespace, title, description, minutes), read from
// src/lib/flows/definitions/*.flow.json when the app is built. So the home page carries these few
// fields and no flow's steps, and adding an exercise stays adding a file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MODULE = 'virtual:flow-summaries';
const RESOLVED = `\0${MODULE}`;

/**
 * @param {string} directory where the flow files are
 * @returns {import('vite').Plugin}
 */
export function flowSummaries(directory) {
	return {
		name: 'langkah-flow-summaries',
		resolveId(id) {
			return id === MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(directory);
			const summaries = readdirSync(directory)
				.filter((name) => name.endsWith('.flow.json'))
				.sort()
				.map((name) => {
					const file = join(directory, name);
					this.addWatchFile(file);
					const { id: flowId, namespace, title, description, minutes } = JSON.parse(readFileSync(file, 'utf8'));
					return { file: name, id: flowId, namespace, title, description, minutes };
				});
			return `export default ${JSON.stringify(summaries)};`;
		}
	};
}
