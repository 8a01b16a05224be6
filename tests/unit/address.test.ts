import { describe, expect, it } from 'vitest';
import { decodesCleanly, repairPercentEncoding } from '$lib/address';

describe('repairing malformed percent-encoding in an address', () => {
	it('leaves addresses that decode exactly as they are', () => {
		for (const path of ['/', '/flow/tell', '/resources/service', '/flow/%25', '/caf%C3%A9', '/a%20b']) {
			expect(repairPercentEncoding(path)).toBe(path);
		}
	});

	it('turns a stray percent sign into a literal one', () => {
		expect(repairPercentEncoding('/flow/%')).toBe('/flow/%25');
		expect(repairPercentEncoding('/flow/%zz')).toBe('/flow/%25zz');
		expect(repairPercentEncoding('/100%/x')).toBe('/100%25/x');
	});

	it('keeps an escape that is not UTF-8 as the characters written, and good escapes as escapes', () => {
		expect(repairPercentEncoding('/flow/%E0%A4%A')).toBe('/flow/%25E0%25A4%25A');
		expect(repairPercentEncoding('/%C3%A9/%E0')).toBe('/%C3%A9/%25E0');
		expect(decodeURIComponent(repairPercentEncoding('/flow/%E0%A4%A'))).toBe('/flow/%E0%A4%A');
	});

	it('always gives something that decodes', () => {
		for (const path of ['%', '%%', '%E0%A4%A', '%C3', '%ED%A0%80', '/x/%F0%9F%98', '%%41%', '/%FF%FE']) {
			expect(decodesCleanly(path), path).toBe(false);
			expect(decodesCleanly(repairPercentEncoding(path)), path).toBe(true);
		}
	});
});
