import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, SKIPPED_FILE_REASONS, importMessageKey, importMessageParams } from '$lib/resources/import';
import { RECORD_ISSUE_CODES } from '$lib/resources/validate';
import { importText } from './locale-text';

describe('import messages', () => {
	it('exist in both languages for every error, issue and skip reason', () => {
		for (const language of ['id', 'en'] as const) {
			const text = importText(language);
			for (const code of [...IMPORT_ERROR_CODES, ...RECORD_ISSUE_CODES, ...SKIPPED_FILE_REASONS]) {
				expect(text(importMessageKey(code)).trim(), `${language}: ${code}`).not.toBe('');
			}
		}
	});

	it('come with the values they use', () => {
		expect(importMessageParams({ ok: false, code: 'file-too-large', file: 'big.json' })).toEqual({ file: 'big.json', line: '', limit: 32 });
		expect(importText('id')(importMessageKey('file-too-large'))).toContain('{{limit}}');
	});
});
