/**
 * Serve a built dist/ with Debian's nginx and the include the build generates (deploy/nginx/explainer.conf),
 * on a loopback port above 1024 with every file it writes in a temp folder, so it needs no root (run as root,
 * its workers drop to "nobody", so the root folder must be world-readable): for the tests (tests/site/nginx.test.ts) and for trying the site as a host
 * serves it (`node scripts/nginx.mjs [port] [root]`, then Ctrl-C). The root folder and the ports are parameters of
 * the small nginx.conf written here around the include; the include itself names neither.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(fileURLToPath(import.meta.url), '..', '..');
const nginxBinary = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const setpriv = '/usr/bin/setpriv';
/** Debian's libnginx-mod-http-brotli-static: serves the .br files the build writes. */
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * A whole nginx.conf around the generated include: no daemon, every file nginx writes inside `dir`,
 * one HTTP and optionally one HTTPS listener on 127.0.0.1. Pure.
 * @param {{ root: string, include: string, dir: string, port: number, tls?: { port: number, cert: string, key: string }, brotli?: string }} o
 */
export function nginxMainConfig({ root, include, dir, port, tls, brotli }) {
  return [
    ...(brotli ? [`load_module ${brotli};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    ...(tls ? [`    listen 127.0.0.1:${tls.port} ssl;`, `    ssl_certificate ${tls.cert};`, `    ssl_certificate_key ${tls.key};`] : []),
    `    root ${root};`,
    ...(brotli ? ['    brotli_static on;'] : []),
    `    include ${include};`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** A port the system calls free (then released for nginx to take). */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((done) => server.close(() => done(undefined)));
  return port;
}

const accepts = (port) =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });

/**
 * Start nginx on `root` with the generated include: `nginx -t` first (its output is kept, warnings included),
 * then the server. With `https`, a throw-away self-signed certificate (openssl) for a second listener.
 * @param {{ root?: string, include?: string, port?: number, https?: boolean }} [options]
 * @returns {Promise<{ origin: string, httpsOrigin?: string, testOutput: string, brotli: boolean, stop: () => Promise<void> }>}
 */
export async function startNginx({ root = join(projectRoot, 'dist'), include = join(projectRoot, 'deploy/nginx/explainer.conf'), port, https = false } = {}) {
  if (spawnSync(nginxBinary, ['-v']).error) {
    throw new Error(`No nginx at "${nginxBinary}". Install it with "apt-get install -y nginx-light libnginx-mod-http-brotli-static" (or run scripts/setup-tests.sh), or set NGINX.`);
  }
  if (!existsSync(include)) throw new Error(`${include} does not exist: run "npm run build" first.`);
  const dir = mkdtempSync(join(tmpdir(), 'explainer-nginx-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    let tls;
    if (https) {
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
      if (made.status !== 0) throw new Error(`openssl could not make a test certificate (apt-get install -y openssl): ${made.error ?? made.stderr}`);
      tls = { port: await freePort(), cert, key };
    }
    const httpPort = port ?? (await freePort());
    const brotli = existsSync(brotliModule) ? brotliModule : undefined;
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, nginxMainConfig({ root: resolve(root), include: resolve(include), dir, port: httpPort, tls, brotli }));
    const args = ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf];
    const test = spawnSync(nginxBinary, ['-t', ...args], { encoding: 'utf8' });
    const testOutput = `${test.stdout}${test.stderr}`;
    if (test.status !== 0) throw new Error(`nginx -t failed:\n${testOutput}`);
    // With util-linux's setpriv, nginx also gets SIGTERM if this process dies before it can stop it.
    const [command, ...rest] = existsSync(setpriv) ? [setpriv, '--pdeathsig', 'TERM', nginxBinary, ...args] : [nginxBinary, ...args];
    const child = spawn(command, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise((done) => child.once('exit', (code) => done(code)));
    // Never leave an nginx behind, even when the process exits without calling stop().
    const kill = () => child.kill('SIGTERM');
    process.once('exit', kill);
    const ports = [httpPort, ...(tls ? [tls.port] : [])];
    for (let tries = 0; ; tries++) {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${stderr}`);
      if ((await Promise.all(ports.map(accepts))).every(Boolean)) break;
      if (tries > 100) {
        kill();
        throw new Error(`nginx did not listen on ${ports.join(', ')} within 5 s:\n${stderr}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return {
      origin: `http://127.0.0.1:${httpPort}`,
      httpsOrigin: tls && `https://127.0.0.1:${tls.port}`,
      testOutput,
      brotli: brotli !== undefined,
      stop: async () => {
        process.removeListener('exit', kill);
        if (child.exitCode === null) {
          kill();
          await exited;
        }
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // node scripts/nginx.mjs [port] [root]: the built dist/ on 8080 unless told otherwise.
  const port = Number(process.argv[2] ?? 8080);
  const root = process.argv[3] ?? join(projectRoot, 'dist');
  const server = await startNginx({ port, root });
  console.log(`nginx serves ${root} at ${server.origin}/ (brotli ${server.brotli ? 'on' : 'off'}); Ctrl-C stops it`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
