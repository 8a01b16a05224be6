import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { deflateSync } from 'fflate';
import {
	DEFAULT_FRAGMENT_LIMITS,
	decodeFragment,
	encodeFragment,
	fragmentKind,
	fragmentUrl,
	isSameOriginPath,
	sameOriginPath,
	takeFragment
} from '$lib/share/fragment';

const Note = v.object({ note: v.pipe(v.string(), v.maxLength(200)), path: sameOriginPath });

function base64url(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64url');
}

function handMade(kind: string, raw: Uint8Array): string {
	return `lk1.${kind}.${base64url(deflateSync(raw))}`;
}

describe('a payload goes into a fragment and comes back the same', () => {
	it('round-trips typed JSON, with or without the leading #', async () => {
		const payload = { note: 'Halo, ini catatan dariku. Semoga membantu ✨', path: '/flow/problems' };
		const fragment = await encodeFragment('tailored', payload);
		expect(fragment.startsWith('lk1.tailored.')).toBe(true);
		expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
		expect(await decodeFragment(fragment, 'tailored', Note)).toEqual({ ok: true, value: payload });
		expect(await decodeFragment(`#${fragment}`, 'tailored', Note)).toEqual({ ok: true, value: payload });
		expect(fragmentKind(fragment)).toBe('tailored');
	});

	it('compresses repetitive text well below its JSON length', async () => {
		const payload = { note: 'aku ingin bicara '.repeat(10), path: '/flow/calm' };
		const fragment = await encodeFragment('tailored', payload);
		expect(fragment.length).toBeLessThan(JSON.stringify(payload).length);
	});

	it('puts the fragment after the path of a same-origin address only', () => {
		expect(fragmentUrl('https://langkah.example', '/worker/open', 'lk1.x.abc')).toBe('https://langkah.example/worker/open#lk1.x.abc');
		expect(() => fragmentUrl('https://langkah.example', '//evil.example/', 'lk1.x.abc')).toThrow();
	});
});

describe('hostile or broken fragments are refused with a reason, never thrown', () => {
	it('refuses what is not one of ours', async () => {
		for (const text of ['', '#', '#main', 'lk2.tailored.abc', 'lk1.', 'lk1.Tailored.abc', 'lk1.tailored']) {
			const result = await decodeFragment(text, 'tailored', Note);
			expect(result.ok).toBe(false);
		}
		expect(await decodeFragment('#main', 'tailored', Note)).toEqual({ ok: false, reason: 'not-a-payload' });
	});

	it('refuses a payload of another kind before inflating it', async () => {
		const fragment = await encodeFragment('summary', { note: 'x', path: '/' });
		expect(await decodeFragment(fragment, 'tailored', Note)).toEqual({ ok: false, reason: 'wrong-kind' });
	});

	it('refuses an over-long fragment before decoding it', async () => {
		const long = `lk1.tailored.${'A'.repeat(DEFAULT_FRAGMENT_LIMITS.maxFragmentChars + 10)}`;
		expect(await decodeFragment(long, 'tailored', Note)).toEqual({ ok: false, reason: 'too-long' });
	});

	it('refuses bad base64', async () => {
		for (const data of ['abc$def', 'ab+/', 'a', '=====', '']) {
			expect(await decodeFragment(`lk1.tailored.${data}`, 'tailored', Note)).toEqual({ ok: false, reason: 'bad-encoding' });
		}
	});

	it('refuses bytes that are not deflate, and deflate cut short', async () => {
		expect(await decodeFragment(`lk1.tailored.${base64url(new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02]))}`, 'tailored', Note)).toEqual({
			ok: false,
			reason: 'bad-encoding'
		});
		const whole = deflateSync(new TextEncoder().encode(JSON.stringify({ note: 'a'.repeat(150), path: '/' })));
		const cut = whole.subarray(0, Math.floor(whole.length / 2));
		expect(await decodeFragment(`lk1.tailored.${base64url(cut)}`, 'tailored', Note)).toEqual({ ok: false, reason: 'bad-encoding' });
	});

	it('stops a deflate bomb at the cap without inflating it whole', async () => {
		// 200 MB of zeros deflates to about 200 KB; a smaller one that still passes the cap:
		const bomb = handMade('tailored', new Uint8Array(20 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(DEFAULT_FRAGMENT_LIMITS.maxFragmentChars);
		const before = process.memoryUsage().heapUsed;
		expect(await decodeFragment(bomb, 'tailored', Note)).toEqual({ ok: false, reason: 'too-large' });
		expect(process.memoryUsage().heapUsed - before).toBeLessThan(16 * 1024 * 1024);
	});

	it('honours tighter limits from the caller', async () => {
		const fragment = await encodeFragment('tailored', { note: 'x'.repeat(150), path: '/' });
		expect(await decodeFragment(fragment, 'tailored', Note, { maxFragmentChars: 10, maxInflatedBytes: 1000 })).toEqual({
			ok: false,
			reason: 'too-long'
		});
		expect(await decodeFragment(fragment, 'tailored', Note, { maxFragmentChars: 1000, maxInflatedBytes: 50 })).toEqual({
			ok: false,
			reason: 'too-large'
		});
	});

	it('refuses bytes that are not UTF-8 or not JSON', async () => {
		expect(await decodeFragment(handMade('tailored', new Uint8Array([0xc3, 0x28])), 'tailored', Note)).toEqual({ ok: false, reason: 'not-json' });
		expect(await decodeFragment(handMade('tailored', new TextEncoder().encode('{"note":')), 'tailored', Note)).toEqual({
			ok: false,
			reason: 'not-json'
		});
	});

	it('refuses JSON that does not fit the schema: wrong shape, too long, a path to another site', async () => {
		for (const payload of [
			[1, 2, 3],
			{ note: 5, path: '/' },
			{ note: 'x'.repeat(201), path: '/' },
			{ note: 'x', path: '//evil.example/phish' },
			{ note: 'x', path: '/\\evil.example' },
			{ note: 'x', path: 'https://evil.example/' },
			{ note: 'x', path: 'javascript:alert(1)' }
		]) {
			const fragment = await encodeFragment('tailored', payload);
			expect(await decodeFragment(fragment, 'tailored', Note)).toEqual({ ok: false, reason: 'invalid' });
		}
	});

	it('keeps markup as plain text: nothing is parsed as HTML', async () => {
		const payload = { note: '<img src=x onerror=alert(1)>', path: '/flow/calm' };
		const result = await decodeFragment(await encodeFragment('tailored', payload), 'tailored', Note);
		expect(result).toEqual({ ok: true, value: payload });
	});
});

describe('same-origin paths', () => {
	it('accepts paths on this site only', () => {
		expect(isSameOriginPath('/flow/calm')).toBe(true);
		expect(isSameOriginPath('/')).toBe(true);
		for (const path of ['//evil.example', '/\\evil.example', 'flow/calm', 'https://x.example/', '', '/a\nb']) {
			expect(isSameOriginPath(path)).toBe(false);
		}
	});
});

describe('taking the fragment out of the address', () => {
	it('returns the fragment and replaces the address without it', () => {
		const replaced: string[] = [];
		const taken = takeFragment({ hash: '#lk1.tailored.abc', pathname: '/worker/open', search: '?a=1' }, (url) => replaced.push(url));
		expect(taken).toBe('lk1.tailored.abc');
		expect(replaced).toEqual(['/worker/open?a=1']);
	});

	it('leaves an address with no fragment alone', () => {
		const replaced: string[] = [];
		expect(takeFragment({ hash: '', pathname: '/', search: '' }, (url) => replaced.push(url))).toBe('');
		expect(replaced).toEqual([]);
	});
});
