/**
 * Loads the app's TypeScript modules from a Node script (training, evaluation), through Vite's
 * module runner with the `$lib` alias, without SvelteKit.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function withModules(paths, work) {
	const server = await createServer({
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: `${root}src/lib` } },
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		appType: 'custom',
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		const modules = await Promise.all(paths.map((path) => server.ssrLoadModule(path)));
		return await work(...modules);
	} finally {
		await server.close();
	}
}
