/** The Chinese share card: its words (the key figure as the Chinese edition writes it, the report's terms), its address, its layout in Noto Sans SC. */
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { cardTexts, explainerShareCard, shareCard, shareImageSvg, type ShareCard } from '../../../src/share/shareImage';
import { figureOriginZh } from '../../../src/share/shareWordsZh';
import { figureWords } from '../../../src/data/display';
import { getFigure } from '../../../src/data/index';
import { renderSharePng } from '../../../src/share/sharePng';
import { zhTextWidth } from '../../../src/share/wrapZh';
import { ui } from '../../../src/i18n/ui';
import { hasCjk } from '../../../src/lib/cjk';
import { palette } from '../../../src/styles/tokens';
import { cardPages } from '../../../scripts/fonts/characters';
import { pngSize } from '../../helpers/png';
import { projectRoot } from '../../helpers/build';

const contentWidth = 1200 - 2 * 72;
const lines = (svg: string) =>
  parse(svg)
    .querySelectorAll('text')
    .map((t) => ({ size: Number(t.getAttribute('font-size')), bold: t.getAttribute('font-weight') === 'bold', lines: t.querySelectorAll('tspan').map((s) => s.text) }));
const zhCard = (overrides: Partial<ShareCard>): ShareCard => ({ ...explainerShareCard('zh'), ...overrides });

describe('the Chinese explainer’s card', () => {
  const card = explainerShareCard('zh');

  test('at /zh/share/index.png: 解读 over the Chinese site title, the report’s headline number 约64万件 with what it counts', () => {
    expect(card).toMatchObject({
      locale: 'zh',
      imagePath: '/zh/share/index.png',
      kicker: ui.zh.kicker,
      title: ui.zh.siteTitle,
      figure: { text: '约64万件', label: figureWords(getFigure('livelihoodCases'), 'zh').label, period: '2024年', colour: palette.livelihood.light },
    });
  });

  test('its source line and alt text are Chinese, dated 2025年3月10日 with the date’s source labelled 背景', () => {
    expect(card.sourceLine).toBe('来源：China News Network关于2025年3月10日访谈的英文报道（日期出自中文报道：背景）。');
    expect(card.alt).toBe(`“2024年中国法院执行涉民生案件”。关键数字：约64万件，${figureWords(getFigure('livelihoodCases'), 'zh').label}，时间：2024年。数字来自访谈。`);
  });

  test('is drawn in Noto Sans SC, fetching nothing', () => {
    const svg = shareImageSvg(card);
    expect([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1])).toEqual(['Noto Sans SC']);
    expect(svg.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  test('is a 1200×630 PNG, drawn with the committed subset', () => {
    expect(pngSize(renderSharePng(shareImageSvg(card), 'zh'))).toEqual({ width: 1200, height: 630 });
  });
});

describe('a Chinese section’s card', () => {
  test.each([
    ['livelihoodCases', '约64万件'],
    ['livelihoodAmount', '约517亿元'],
    ['migrantWorkerCases', '7.52万件'],
    ['typicalWageCasesReleased', '5件'],
    ['judicialAssistancePeople', '2311人'],
    ['totalToTotalBankingInstitutions', '超过3900家'],
    ['averagePerLivelihoodCase', '约8.1万元/件'],
    ['caseTypeCount', '9类'],
  ])('%s: the figure as the Chinese edition writes it, %s, with its Chinese label and period', (id, text) => {
    const card = shareCard({ slug: 'x', title: '标题', keyFigure: id, locale: 'zh' });
    expect(card.imagePath).toBe('/zh/share/x.png');
    expect(card.kicker).toBe(ui.zh.siteTitle);
    const { label, period } = figureWords(getFigure(id), 'zh');
    expect(label).toMatch(/\p{Script=Han}/u);
    expect(card.figure).toMatchObject({ text, label, period });
    expect(card.alt).toBe(`“标题”。关键数字：${text}，${label}，时间：${period}。${figureOriginZh(getFigure(id))}。${ui.zh.siteTitle}。`);
  });

  test('a context figure says so, 背景, on the card and in its alt text; a derived one that it was computed', () => {
    const context = shareCard({ slug: 'x', title: '标题', keyFigure: 'totalToTotalBankingInstitutions', locale: 'zh' });
    expect(context.sourceLine).toMatch(/^数字来自People's Court Daily，属背景。本解读依据China News Network关于2025年3月10日访谈的英文报道/);
    expect(context.alt).toContain('数字来自People\'s Court Daily，属背景。');
    expect(shareCard({ slug: 'x', title: '标题', keyFigure: 'averagePerLivelihoodCase', locale: 'zh' }).sourceLine).toMatch(/^数字由访谈中的数字计算得出。本解读依据/);
  });

  test('a title-only card: kicker, source line and title', () => {
    const card = shareCard({ slug: 'glossary', title: '术语表', locale: 'zh' });
    expect(card.figure).toBeUndefined();
    expect(lines(shareImageSvg(card)).map((t) => t.lines.join(''))).toEqual([ui.zh.siteTitle, card.sourceLine, '术语表']);
    expect(card.alt).toBe(`“术语表”。${ui.zh.siteTitle}。`);
  });
});

describe('the Chinese card’s layout', () => {
  const figure = { text: '18.64亿元', label: '执行结案涉农民工案件的执行到位金额', period: '2024年', colour: palette.migrant.light };

  test('every line of every text fits the card’s width, as the CJK measure has it', () => {
    const long = '执行到位金额18.64亿元：全国法院执结涉民生案件约64万件，其中执行结案涉农民工案件7.52万件（见《中国审判》“总对总”）';
    for (const card of [zhCard({ title: long, figure }), zhCard({ title: long, figure: undefined }), zhCard({})]) {
      for (const text of lines(shareImageSvg(card))) for (const line of text.lines) expect(zhTextWidth(line, text.size, text.bold ? 'bold' : 'normal'), line).toBeLessThanOrEqual(contentWidth);
    }
  });

  test('a long title shrinks, then is cut with …… in the room above the figure, never inside a number with its unit', () => {
    const endless = Array.from({ length: 12 }, () => '执行到位金额18.64亿元，').join('');
    const svg = shareImageSvg(zhCard({ title: endless, figure }));
    const title = lines(svg).at(-1)!;
    expect(title.size).toBe(36);
    expect(title.lines.length).toBeGreaterThanOrEqual(1);
    expect(title.lines.length).toBeLessThanOrEqual(3);
    expect(title.lines.at(-1)).toMatch(/元，……$/);
    // The last line's ideographic em box ends above the rule over the figure.
    const lastBaseline = Math.max(...parse(svg).querySelectorAll('text').at(-1)!.querySelectorAll('tspan').map((t) => Number(t.getAttribute('y'))));
    const rule = parse(svg).querySelectorAll('rect').find((r) => r.getAttribute('width') === '96')!;
    expect(lastBaseline + 36 * 0.12).toBeLessThan(Number(rule.getAttribute('y')));
  });

  test('a line opening with a full-width quote or bracket starts half an em left of the margin, so its mark, not its blank half, lines up', () => {
    const svg = shareImageSvg(zhCard({ title: '怎样读这些数字：“执结”不是“将办理”', figure: undefined }));
    const tspans = parse(svg).querySelectorAll('text').at(-1)!.querySelectorAll('tspan');
    expect(tspans.map((t) => t.text)).toEqual(['怎样读这些数字：', '“执结”不是“将办理”']);
    expect(tspans.map((t) => Number(t.getAttribute('x')))).toEqual([72, 72 - 80 / 2]);
  });

  test('the title’s lines are evened out rather than leave two characters alone', () => {
    const title = lines(shareImageSvg(zhCard({ title: '这是一个用来测试的相当长的中文标题，它要折成两行才放得下', figure: undefined }))).at(-1)!;
    expect(title.lines.length).toBeGreaterThan(1);
    const counts = title.lines.map((l) => [...l].length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  test('draws only what cardTexts lists (the font subset’s text), Chinese throughout but for the source’s name', () => {
    const card = shareCard({ slug: 'x', title: '标题', keyFigure: 'totalToTotalBankingInstitutions', locale: 'zh' });
    const allowed = new Set(cardTexts(card).join(''));
    for (const text of lines(shareImageSvg(card))) for (const ch of text.lines.join('')) expect(allowed.has(ch), ch).toBe(true);
    for (const text of [card.kicker, card.title, card.figure!.label, card.figure!.period]) expect(hasCjk(text), text).toBe(true);
  });
});
