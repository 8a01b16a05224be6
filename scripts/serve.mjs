// A small static server for the built site (build/), as any static host would serve it:
// clean URLs (/privacy -> privacy.html), 200.html for addresses that were not prerendered, and text
// (pages, scripts, styles, data) gzipped for browsers that accept it.
// An address it cannot read (malformed percent-encoding such as /flow/%) gets the app shell with
// status 400, so the app shows its own error page; no request can stop the server.
// `npm start` uses it; the end-to-end tests start it with startServer().
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** @param {import('node:http').IncomingMessage} request */
function acceptsGzip(request) {
	return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The pathname decoded, or null when its percent-encoding is malformed ("/flow/%", "/%E0%A4%A"). */
function decodePathname(pathname) {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return null;
	}
}

async function resolveFile(root, decodedPathname) {
	const safe = normalize(decodedPathname).replace(/^(\.\.(\/|\\|$))+/, '');
	const base = join(root, safe);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

/**
 * @param {{ root?: string, port?: number, host?: string,
 *   transform?: (pathname: string, body: Buffer) => Buffer | undefined }} [options]
 *   `transform` lets a test change a file on its way out (a new service worker, say).
 */
export async function startServer({ root = 'build', port = 4173, host = '127.0.0.1', transform } = {}) {
	const rootDir = resolve(root);
	const server = createServer((request, response) => {
		serve(request, response).catch((error) => {
			// Never let one request stop the server: answer it (if still possible) and carry on.
			console.error(`Could not serve ${request.url}:`, error);
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			response.end();
		});
	});

	/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
	async function serve(request, response) {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const decoded = decodePathname(pathname);
		let file = decoded === null ? null : await resolveFile(rootDir, decoded);
		const status = decoded === null ? 400 : 200;
		if (!file) {
			const wantsPage = !extname(pathname) || extname(pathname) === '.html';
			file = wantsPage ? join(rootDir, '200.html') : null;
			if (!file || !(await isFile(file))) {
				response.writeHead(decoded === null ? 400 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(decoded === null ? 'Bad request' : 'Not found');
				return;
			}
		}
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		};
		if (transform) {
			const { readFile } = await import('node:fs/promises');
			const original = await readFile(file);
			const body = transform(pathname, original) ?? original;
			response.writeHead(status, { ...headers, 'content-length': body.length }).end(request.method === 'HEAD' ? undefined : body);
			return;
		}
		const gzip = COMPRESSED.has(extname(file)) && acceptsGzip(request);
		response.writeHead(status, gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : { ...headers, vary: 'accept-encoding' });
		if (request.method === 'HEAD') response.end();
		else {
			const stream = createReadStream(file).on('error', () => response.destroy());
			(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
		}
	}
	await new Promise((done) => server.listen(port, host, done));
	const address = server.address();
	const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
	return { url, close: () => new Promise((done) => server.close(() => done(undefined))) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
	console.log(`Langkah is served at ${url}`);
}
