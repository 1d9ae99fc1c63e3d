import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a malformed story fails the build', () => {
	it('with the file, the JSON path and the problem, and writes nothing', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'tl-build-')), 'build');
		// vite directly: `npm run build` validates first, and the plugin's own check would never run.
		const run = spawnSync('npx', ['vite', 'build'], {
			env: { ...process.env, STORY_FILE: 'tests/fixtures/bad/data/story.json', BUILD_DIR: out },
			encoding: 'utf8',
			timeout: 120_000
		});
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		expect(output).toContain(
			'tests/fixtures/bad/data/story.json: events[1].when: "2013-02-30" is not a calendar date'
		);
		expect(output).toContain(
			'tests/fixtures/bad/data/story.json: events[1].claims[0].citations[0].quote: not found in data/sources/001_5821f6b323f87d65.txt'
		);
		expect(output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
		expect(existsSync(out)).toBe(false);
	}, 120_000);
});
