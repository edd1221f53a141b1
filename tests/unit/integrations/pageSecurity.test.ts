import { describe, expect, test } from 'vitest';
import { hashSource, policyFor, unhashableInline, withPolicy, withSafeExternalLinks } from '../../../src/integrations/pageSecurity';

const page = (head: string, body = '<p>Text</p>') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('hashSource', () => {
  test('is the CSP source for the SHA-256 of the exact text', () => {
    // Well-known SHA-256 digests: of the empty string, and of "abc" (FIPS 180-2 test vector).
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });
});

describe('policyFor', () => {
  test('allows the page itself and each inline block by hash, never unsafe-inline or another host', () => {
    const policy = policyFor(page('<script>a()</script><style>p{}</style><style>p{}</style>'));
    const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('script-src')).toBe(`script-src 'self' ${hashSource('a()')}`);
    // The same block twice is listed once.
    expect(directive('style-src')).toBe(`style-src 'self' ${hashSource('p{}')}`);
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
  });

  test('names only directives every engine knows, so none logs "Unrecognized Content-Security-Policy directive"', () => {
    // The directives WebKit parses (WebCore's ContentSecurityPolicyDirectiveNames; WebKitGTK 2.50 and Safari share
    // the parser), all of which Chromium and Firefox know too. WebKit has no manifest-src.
    const webkitKnows = new Set([
      'base-uri', 'child-src', 'connect-src', 'default-src', 'font-src', 'form-action', 'frame-ancestors', 'frame-src',
      'img-src', 'media-src', 'object-src', 'prefetch-src', 'report-to', 'report-uri', 'require-trusted-types-for', 'sandbox',
      'script-src', 'script-src-attr', 'script-src-elem', 'style-src', 'style-src-attr', 'style-src-elem', 'trusted-types',
      'upgrade-insecure-requests', 'worker-src',
    ]);
    const names = policyFor(page('<script>a()</script><style>p{}</style>')).split('; ').map((d) => d.split(' ')[0]!);
    expect(names.filter((name) => !webkitKnows.has(name))).toEqual([]);
  });
});

describe('unhashableInline', () => {
  test('names style attributes, event handlers and javascript: URLs', () => {
    const problems = unhashableInline(page('', '<p style="color:red">x</p><button onclick="go()">b</button><a href="javascript:go()">a</a>'));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^inline style attribute .*<p style="color:red">/);
    expect(problems[1]).toMatch(/^event-handler attribute .*<button onclick/);
    expect(problems[2]).toMatch(/^javascript: URL/);
  });

  test('does not mistake data attributes, text or script code for them', () => {
    const html = page('<script>el.setAttribute("onclick", "x"); // <p style="x"></script>', '<p data-style="x" data-onclick="y">style="x" onclick=</p>');
    expect(unhashableInline(html)).toEqual([]);
  });
});

describe('withPolicy', () => {
  test('puts the policy right after <meta charset>, before any script or style', () => {
    const html = withPolicy(page('<script>a()</script>'), 'dist/x.html');
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-[^"]+"><title>/);
  });

  test('fails naming the file and the tag when a hash cannot allow something', () => {
    expect(() => withPolicy(page('', '<rect style="fill:red"/>'), 'dist/sections/x/index.html')).toThrow(
      /^dist\/sections\/x\/index\.html: the Content Security Policy cannot allow:\n {2}- inline style attribute \(use a class\): <rect style="fill:red"\/>/,
    );
    expect(() => withPolicy('<html><head><title>T</title></head></html>', 'dist/a.html')).toThrow('dist/a.html: no <meta charset="utf-8">');
  });
});

describe('withSafeExternalLinks', () => {
  const origin = 'https://example.org';
  test('adds noopener noreferrer to links to other hosts, keeping any rel already there', () => {
    expect(withSafeExternalLinks('<a href="https://other.example/x">x</a>', origin)).toBe('<a rel="noopener noreferrer" href="https://other.example/x">x</a>');
    expect(withSafeExternalLinks('<a class="c" rel="external" href="http://other.example/">x</a>', origin)).toBe(
      '<a class="c" rel="external noopener noreferrer" href="http://other.example/">x</a>',
    );
  });

  test('leaves links within the site alone', () => {
    const same = '<a href="/data/">d</a><a href="#x">x</a><a href="https://example.org/sections/a/">a</a><a href="mailto:a@b.c">m</a>';
    expect(withSafeExternalLinks(same, origin)).toBe(same);
  });
});

describe('the policy and its checks, directive by directive and attribute by attribute', () => {
  test('a page with no inline blocks gets exactly the site policy: every directive, in order', () => {
    expect(policyFor(page(''))).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'",
    );
  });

  test('inline blocks are hashed over their exact text, line breaks and spaces included; loaded scripts and JSON-LD are not', () => {
    const script = '\n  const a = 1;\n  go(a);\n';
    const style = '\n  p { color: red }\n';
    const policy = policyFor(
      page(`<script type="module">${script}</script><style media="all">${style}</style><script src="/a.js"></script><script type="application/ld+json">{"a": 1}</script>`),
    );
    expect(policy).toContain(`script-src 'self' ${hashSource(script)};`);
    expect(policy).toContain(`style-src 'self' ${hashSource(style)};`);
    expect(policy.match(/sha256-/g)).toHaveLength(2);
  });

  test('finds style, handler and javascript: attributes whatever the spacing and quoting', () => {
    const problems = unhashableInline(
      page('', '<p style = "color:red">a</p><div onmouseover =\'go()\'>b</div><a href= " javascript:go()">c</a><a href=javascript:go()>d</a>'),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual(['inline style attribute (use a class)', 'event-handler attribute (use a module script)', 'javascript', 'javascript']);
  });

  test('shows a tag of up to 120 characters whole and cuts a longer one to 117 and "..."', () => {
    const tagOf = (length: number) => `<p style="${'x'.repeat(length - '<p style="">'.length)}">`;
    const shown = (length: number) => unhashableInline(page('', `${tagOf(length)}t</p>`))[0]!.replace('inline style attribute (use a class): ', '');
    expect(shown(120)).toBe(tagOf(120));
    expect(shown(121)).toBe(`${tagOf(121).slice(0, 117)}...`);
  });

  test('a page with two problems fails listing each on its own line', () => {
    expect(() => withPolicy(page('', '<p style="a">x</p><b onclick="b()">y</b>'), 'dist/x.html')).toThrow(
      'dist/x.html: the Content Security Policy cannot allow:\n  - inline style attribute (use a class): <p style="a">\n  - event-handler attribute (use a module script): <b onclick="b()">',
    );
  });

  test('external-link marking reads href however it is spaced, and only a link that starts with another host counts', () => {
    const origin = 'https://example.org';
    expect(withSafeExternalLinks('<a href = "https://other.example/">x</a>', origin)).toBe('<a rel="noopener noreferrer" href = "https://other.example/">x</a>');
    const alone = '<a href="/go?to=https://other.example/">x</a><a id="top">y</a>';
    expect(withSafeExternalLinks(alone, origin)).toBe(alone);
  });
});
