/**
 * Build a throw-away copy of the project with one change, for tests of what the
 * build accepts or rejects. The copy shares node_modules but keeps its own
 * content cache, so parallel builds never read each other's sections.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
}

/**
 * Copy the project, apply `change`, build it, and hand the result to `inspect` before the copy is removed
 * (when `inspect` returns a promise, once it settles).
 */
export function buildCopy<T>(change: (dir: string) => void, inspect: (result: BuildResult) => T, env: Record<string, string> = {}): T {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-copy-'));
  // Readable by nginx's workers, which run as "nobody" when the tests run as root.
  chmodSync(dir, 0o755);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let pending = false;
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"));
    change(dir);
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/.bin/astro'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    const inspected = inspect({ status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(dir, 'dist') });
    if (inspected instanceof Promise) {
      pending = true;
      return inspected.finally(remove) as T;
    }
    return inspected;
  } finally {
    if (!pending) remove();
  }
}
