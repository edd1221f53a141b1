/** Every built page carries a strict Content Security Policy, and nothing on it needs a looser one. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, page, pagePaths } from '../helpers/dist';

beforeAll(assertBuilt);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const isData = (type: string | undefined) => /^application\/(ld\+)?json$/.test(type ?? '');

describe.each(pagePaths())('%s', (path) => {
  const doc = page(path);
  const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
  const policy = metas[0]?.getAttribute('content') ?? '';
  const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

  test('has one policy, first in <head> after the charset, so it governs every script and style', () => {
    expect(metas).toHaveLength(1);
    const head = doc.querySelector('head')!.childNodes.filter((n) => n.nodeType === 1);
    expect(head.map((n) => n.toString().slice(0, 60)).slice(0, 2)).toEqual([
      expect.stringMatching(/^<meta charset="utf-8"/),
      expect.stringMatching(/^<meta http-equiv="Content-Security-Policy"/),
    ]);
  });

  test('the policy is strict: nothing inline without a hash, nothing from another host, no eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
      const sources = directives.get(name)!;
      expect(sources[0], name).toBe("'self'");
      for (const source of sources.slice(1)) expect(source, name).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$|^blob:$/);
    }
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:|data:/);
  });

  test('every inline script and style on the page is allowed by its hash', () => {
    const scripts = doc.querySelectorAll('script:not([src])').filter((s) => !isData(s.getAttribute('type')));
    const styles = doc.querySelectorAll('style');
    for (const s of scripts) expect(directives.get('script-src'), s.rawText.slice(0, 60)).toContain(sha256(s.rawText));
    for (const s of styles) expect(directives.get('style-src'), s.rawText.slice(0, 60)).toContain(sha256(s.rawText));
  });

  test('no element needs inline style or handler attributes, which no hash can allow', () => {
    const offenders = doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((a) => a === 'style' || /^on[a-z]+$/.test(a)));
    expect(offenders.map((el) => el.toString().slice(0, 80))).toEqual([]);
    expect(doc.querySelectorAll('[href^="javascript:"], [src^="javascript:"]')).toHaveLength(0);
  });

  test('links to other hosts open with rel="noopener noreferrer"', () => {
    const origin = new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    for (const a of doc.querySelectorAll('a[href^="http"]')) {
      if (new URL(a.getAttribute('href')!).origin === origin) continue;
      expect(a.getAttribute('rel')?.split(/\s+/), a.toString()).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });
});
