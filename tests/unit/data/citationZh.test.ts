/** Citations in the Chinese edition: GB/T 7714—2025 first, Chinese entries written the Chinese way, against hand-written references. */
import { describe, expect, test } from 'vitest';
import { citationsFor, explainerRecord, gbt, plainText, sectionRecord, sourceCitationRecord, type CitationRecord, type EditionSite } from '../../../src/data/citation';
import { getSource } from '../../../src/data/index';

// The lead's interface words give the Chinese site name; any Chinese name will do here.
const edition: EditionSite = { locale: 'zh', title: '示例站点', publisher: '示例站点' };
const section = (): CitationRecord =>
  sectionRecord(
    'https://example.org',
    '2026-11-29',
    { slug: 'judicial-assistance', title: '措施四：司法救助', path: '/zh/sections/judicial-assistance/', englishTitle: 'Measure four: judicial assistance' },
    edition,
  );

/** GB/T 7714's online resource, Chinese form: 责任者.题名[EB/OL].(发布日期)[引用日期].URL. — no spaces. */
const gbtShape = /^[^\s.]+\.[^\s]+\[EB\/OL\]\.(\(\d{4}-\d{2}-\d{2}\))?\[YYYY-MM-DD\]\.https?:\/\/\S+\.$/;

describe('a Chinese page', () => {
  test('GB/T 7714—2025: author, Chinese title, [EB/OL], (update date)[date cited], the address, no spaces', () => {
    expect(plainText(gbt(section()))).toBe('示例站点.措施四：司法救助[EB/OL].(2026-11-29)[YYYY-MM-DD].https://example.org/zh/sections/judicial-assistance/.');
    expect(plainText(gbt(section()))).toMatch(gbtShape);
    expect(plainText(gbt(explainerRecord('https://example.org/', '2026-11-29', edition)))).toBe('示例站点.示例站点[EB/OL].(2026-11-29)[YYYY-MM-DD].https://example.org/zh/.');
  });

  test('GB/T 7714—2025 comes first, then APA, Chicago and BibTeX, labelled for the Chinese edition', () => {
    expect(citationsFor(section(), 'zh').map((c) => [c.style, c.label, c.name])).toEqual([
      ['gbt', 'GB/T 7714—2025', 'GB/T 7714'],
      ['apa', 'APA（第7版）', 'APA'],
      ['chicago', 'Chicago（作者-日期制）', 'Chicago'],
      ['bibtex', 'BibTeX', 'BibTeX'],
    ]);
  });

  test('APA and Chicago give the Chinese title with its English in square brackets', () => {
    const [, apaText, chicagoText] = citationsFor(section(), 'zh').map((c) => plainText(c.parts));
    expect(apaText).toBe(
      '示例站点. (2026, November 29). 措施四：司法救助 [Measure four: judicial assistance]. Retrieved [Month Day, Year], from https://example.org/zh/sections/judicial-assistance/',
    );
    expect(chicagoText).toBe(
      // The website is left out where it repeats the author, as in English.
      '示例站点. 2026. “措施四：司法救助” [Measure four: judicial assistance]. Last modified November 29, 2026. Accessed [Month Day, Year]. https://example.org/zh/sections/judicial-assistance/.',
    );
  });

  test('BibTeX: a key in Latin letters, apart from the English page’s', () => {
    const bibtexText = plainText(citationsFor(section(), 'zh').at(-1)!.parts);
    expect(bibtexText.split('\n')[0]).toBe('@misc{enforcing-livelihood-cases:judicial-assistance-zh,');
    expect(bibtexText).toContain('  title = {{措施四：司法救助}},');
  });
});

describe('sources cited in the Chinese edition', () => {
  test('the China News Service report: its Chinese headline, dated, no address so no date cited', () => {
    const report = sourceCitationRecord(getSource('chinaNewsZh'), 'zh');
    expect(plainText(gbt(report))).toBe('China News Service.最高法：2024年全国法院共执结涉民生案件约64万件[EB/OL].(2025-03-10).');
  });

  test('China Trial magazine: its Chinese name without 书名号, a Chinese description, undated', () => {
    expect(plainText(gbt(sourceCitationRecord(getSource('chinaTrial'), 'zh')))).toBe('中国审判.第三场访谈活动的报道[EB/OL].');
  });

  test('the English item is cited in English, as a work is cited in its own language', () => {
    expect(sourceCitationRecord(getSource('interviewEn'), 'zh')).toEqual(sourceCitationRecord(getSource('interviewEn')));
    expect(plainText(citationsFor(sourceCitationRecord(getSource('interviewEn')), 'zh')[0]!.parts)).toBe(
      'China News Network. English news item reporting an interview with Huang Wenjun (New Society)[EB/OL].',
    );
  });
});
