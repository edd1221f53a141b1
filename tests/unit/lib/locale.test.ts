import { expect, test } from 'vitest';
import { alternatesOf, localeOf, localePath, unlocalizedPath } from '../../../src/lib/locale';

test('an address under /zh/ is the Chinese edition; everything else, including /zhong/, is English', () => {
  expect(localeOf('/zh/')).toBe('zh');
  expect(localeOf('/zh')).toBe('zh');
  expect(localeOf(new URL('https://example.org/zh/sections/in-numbers/'))).toBe('zh');
  expect(localeOf('/')).toBe('en');
  expect(localeOf('/zhong/')).toBe('en');
  expect(localeOf('/sections/zh/')).toBe('en');
});

test('a path moves between editions and back', () => {
  expect(localePath('zh', '/sections/in-numbers/')).toBe('/zh/sections/in-numbers/');
  expect(localePath('en', '/data/')).toBe('/data/');
  expect(unlocalizedPath('/zh/sections/in-numbers/')).toBe('/sections/in-numbers/');
  expect(unlocalizedPath('/zh')).toBe('/');
  expect(unlocalizedPath('/data/')).toBe('/data/');
});

test('every edition of a page lists the same alternates, itself included, and x-default is English', () => {
  const site = 'https://example.org/';
  const en = alternatesOf('/sections/in-numbers/', site);
  expect(alternatesOf('/zh/sections/in-numbers/', site)).toEqual(en);
  expect(en).toEqual([
    { hreflang: 'en', href: 'https://example.org/sections/in-numbers/' },
    { hreflang: 'zh-Hans', href: 'https://example.org/zh/sections/in-numbers/' },
    { hreflang: 'x-default', href: 'https://example.org/sections/in-numbers/' },
  ]);
  expect(alternatesOf('/zh/', site).map((a) => a.href)).toEqual(['https://example.org/', 'https://example.org/zh/', 'https://example.org/']);
});
