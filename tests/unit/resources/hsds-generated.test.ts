import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('hsds.generated.ts', () => {
	it('is what scripts/generate-hsds.mjs makes from the schema files (run npm run generate:hsds when not)', () => {
		expect(() => execFileSync(process.execPath, ['scripts/generate-hsds.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
	});
});
