/**
 * A minimal static server for dist/, as a static host serves it: /x/ → /x/index.html,
 * unknown paths → 404.html with status 404. Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import types from '../../src/lib/contentTypes.json';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

// One table for this server, scripts/pdf.mjs and the host configuration (src/lib/hosting.ts).
const contentTypes: Record<string, string> = types;

async function resolveFile(urlPath: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(distDir, safe);
  if (!candidate.startsWith(distDir)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = await resolveFile(path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': contentTypes['.html']! });
      res.end(await readFile(join(distDir, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
