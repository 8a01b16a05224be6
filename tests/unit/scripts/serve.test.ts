import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve.mjs';

/** Sends the path exactly as written (fetch and URL would leave it alone too, but say so plainly). */
function get(base: string, path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(base);
	return new Promise((done, fail) => {
		const outgoing = request({ hostname, port, path, method: 'GET' }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, body }));
		});
		outgoing.on('error', fail);
		outgoing.end();
	});
}

describe('the static server of `npm start`', () => {
	let root: string;
	let server: { url: string; close: () => Promise<unknown> };

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'langkah-serve-'));
		writeFileSync(join(root, 'index.html'), '<p>home page</p>');
		writeFileSync(join(root, '200.html'), '<p>app shell</p>');
		mkdirSync(join(root, 'flow'));
		writeFileSync(join(root, 'flow', 'tell.html'), '<p>tell it</p>');
		server = await startServer({ root, port: 0 });
	});

	afterAll(async () => {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('answers a malformed address with the app shell and keeps serving', async () => {
		for (const path of ['/flow/%', '/flow/%E0%A4%A', '/%', '/flow/%zz']) {
			const answer = await get(server.url, path);
			expect(answer, path).toEqual({ status: 400, body: '<p>app shell</p>' });
		}
		expect(await get(server.url, '/')).toEqual({ status: 200, body: '<p>home page</p>' });
		expect(await get(server.url, '/flow/tell')).toEqual({ status: 200, body: '<p>tell it</p>' });
	});

	it('refuses a malformed address for a file, and still serves pages after it', async () => {
		expect((await get(server.url, '/_app/%E0.js')).status).toBe(400);
		expect((await get(server.url, '/flow/unknown')).body).toBe('<p>app shell</p>');
		expect((await get(server.url, '/missing.js')).status).toBe(404);
		expect((await get(server.url, '/')).status).toBe(200);
	});
});
