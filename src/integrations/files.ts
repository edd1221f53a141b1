import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, as site paths with a leading slash ("/sections/x/index.html"), sorted. */
export async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}/${e.name}`) : Promise.resolve([`${prefix}/${e.name}`]))),
  );
  return nested.flat().sort();
}
