/** The measuring primitive: a text's estimated width and its wrapping (src/lib/measure.ts). */
import { describe, expect, test } from 'vitest';
import { breakUnits, cjkTextWidth, textWidth, wrapText, type Measure } from '../../../src/lib/measure';
import { halfEm } from '../../helpers/layout';

describe('textWidth', () => {
  test('a Chinese character is one em, in either weight', () => {
    expect(textWidth('中', 10)).toBe(10);
    expect(textWidth('中文', 10, 'bold')).toBe(20);
  });

  test('the width of a text is the sum of its characters’ widths', () => {
    for (const text of ['a中', 'Mi5中#', 'Wage cases: 75,200']) {
      const sum = [...text].reduce((s, ch) => s + textWidth(ch, 10), 0);
      expect(textWidth(text, 10), text).toBeCloseTo(sum, 9);
    }
  });

  test('wide letters, capitals, digits, lower case and narrow marks, widest first', () => {
    const w = (ch: string) => textWidth(ch, 10);
    expect(w('m')).toBeGreaterThan(w('A'));
    expect(w('A')).toBeGreaterThan(w('5'));
    expect(w('5')).toBeGreaterThan(w('a'));
    expect(w('a')).toBeGreaterThan(w('i'));
    // A symbol that is neither letter nor digit counts as an average character, not as a capital.
    expect(w('#')).toBe(w('a'));
    expect(w('中')).toBeGreaterThan(w('m'));
  });

  test('bold is wider than normal, and normal is the default', () => {
    expect(textWidth('Courts', 10, 'bold')).toBeGreaterThan(textWidth('Courts', 10, 'normal'));
    expect(textWidth('Courts', 10)).toBe(textWidth('Courts', 10, 'normal'));
    expect(textWidth('Courts', 20)).toBeCloseTo(2 * textWidth('Courts', 10), 9);
  });
});

describe('wrapText', () => {
  test('fills each line up to the width, a line exactly as wide as allowed included', () => {
    // Half an em per character at 10 px: "ab cd" is 25 wide.
    expect(wrapText('ab cd ef', 10, 25, 'normal', halfEm)).toEqual(['ab cd', 'ef']);
    expect(wrapText('ab cd ef', 10, 24.9, 'normal', halfEm)).toEqual(['ab', 'cd', 'ef']);
  });

  test('a word wider than the width gets a line of its own, never split', () => {
    expect(wrapText('a enforcement b', 10, 20, 'normal', halfEm)).toEqual(['a', 'enforcement', 'b']);
  });

  test('runs of spaces, tabs and line breaks are one break; leading and trailing ones vanish', () => {
    expect(wrapText('  one \t two\n\nthree  ', 10, 1000, 'normal', halfEm)).toEqual(['one two three']);
    expect(wrapText('', 10, 1000, 'normal', halfEm)).toEqual([]);
    expect(wrapText('   ', 10, 1000, 'normal', halfEm)).toEqual([]);
  });

  test('an amount and its scale word, and "yuan" after it, stay on one line', () => {
    expect(wrapText('paid 1.864 billion yuan in all', 10, 1, 'normal', halfEm)).toEqual(['paid', '1.864\u00a0billion\u00a0yuan', 'in', 'all']);
    expect(wrapText('2.3 trillion', 10, 1, 'normal', halfEm)).toEqual(['2.3\u00a0trillion']);
    // Only after a number: "several million people" may break anywhere.
    expect(wrapText('several million people', 10, 1, 'normal', halfEm)).toEqual(['several', 'million', 'people']);
  });

  test('measures in the weight asked for, normal unless said', () => {
    const weights: (string | undefined)[] = [];
    const recording: Measure = (text, size, weight) => {
      weights.push(weight);
      return halfEm(text, size);
    };
    wrapText('one two', 10, 1000, undefined, recording);
    wrapText('one two', 10, 1000, 'bold', recording);
    expect(weights).toEqual(['normal', 'bold']);
  });
});

describe('cjkTextWidth: text set in a CJK font', () => {
  test('Han and full-width marks are one em, as in textWidth', () => {
    expect(cjkTextWidth('执行结案', 10)).toBe(40);
    expect(cjkTextWidth('，。、：；（）《》', 10, 'bold')).toBe(90);
  });

  test('quotation marks, the ellipsis, the dash and the middle dot are a full em too, where a Latin font sets them narrow', () => {
    for (const mark of ['“', '”', '‘', '’', '…', '—', '·']) {
      expect(cjkTextWidth(mark, 10), mark).toBe(10);
      expect(textWidth(mark, 10), mark).toBeLessThan(10);
    }
    expect(cjkTextWidth('“总对总”', 10)).toBe(50);
  });

  test('an eighth of an em between Han and a Latin letter or digit (text-autospace), not between Han and its punctuation', () => {
    // 约 · 64 · 万件: two boundaries; the digits measure as textWidth measures them.
    expect(cjkTextWidth('约64万件', 10)).toBeCloseTo(30 + textWidth('64', 10) + 2 * 1.25, 9);
    expect(cjkTextWidth('执行，结案', 10)).toBe(50);
    expect(cjkTextWidth('GDP', 10)).toBe(textWidth('GDP', 10));
  });
});

describe('breakUnits: where a line may break inside a word with no spaces', () => {
  test('English words stay whole', () => {
    expect(breakUnits('enforcement')).toEqual(['enforcement']);
    expect(breakUnits('“Total')).toEqual(['“Total']);
  });

  test('between any two Han characters', () => {
    expect(breakUnits('执行结案')).toEqual(['执', '行', '结', '案']);
  });

  test('never before closing punctuation ，。、：；！？”）》', () => {
    expect(breakUnits('农民工，工资。')).toEqual(['农', '民', '工，', '工', '资。']);
    expect(breakUnits('赡养费、扶养费')).toEqual(['赡', '养', '费、', '扶', '养', '费']);
    expect(breakUnits('背景：数字；好！是？')).toEqual(['背', '景：', '数', '字；', '好！', '是？']);
    // A quotation longer than a short term breaks inside, but not before its closing mark.
    expect(breakUnits('称“依法严厉打击犯罪”')).toEqual(['称', '“依', '法', '严', '厉', '打', '击', '犯', '罪”']);
    expect(breakUnits('（背景）')).toEqual(['（背', '景）']);
  });

  test('never after opening punctuation “（《', () => {
    expect(breakUnits('金额（背景）')).toEqual(['金', '额', '（背', '景）']);
    expect(breakUnits('见《最高人民法院关于执行工作若干问题的规定》')[1]).toBe('《最');
  });

  test('a short term in quotation marks and a title in 书名号 stay whole', () => {
    expect(breakUnits('“总对总”系统')).toEqual(['“总对总”', '系', '统']);
    expect(breakUnits('称“执行难”')).toEqual(['称', '“执行难”']);
    expect(breakUnits('见《中国审判》（背景）')).toEqual(['见', '《中国审判》', '（背', '景）']);
  });

  test('never inside a number with its qualifier and unit, nor inside a date', () => {
    expect(breakUnits('执行到位金额18.64亿元')).toEqual(['执', '行', '到', '位', '金', '额', '18.64亿元']);
    expect(breakUnits('共执结约64万件，')).toEqual(['共', '执', '结', '约64万件，']);
    expect(breakUnits('平均约8.1万元/件')).toEqual(['平', '均', '约8.1万元/件']);
    expect(breakUnits('超过3900家银行')).toEqual(['超过3900家', '银', '行']);
    expect(breakUnits('占约7.0%的')).toEqual(['占', '约7.0%', '的']);
    expect(breakUnits('于2025年3月10日采访')).toEqual(['于', '2025年3月10日', '采', '访']);
    expect(breakUnits('2.3万亿元')).toEqual(['2.3万亿元']);
  });

  test('between Han and a Latin word, but not inside the Latin word or its quotation marks', () => {
    expect(breakUnits('英文报道作“alimony”。')).toEqual(['英', '文', '报', '道', '作', '“alimony”。']);
    expect(breakUnits('占GDP的')).toEqual(['占', 'GDP', '的']);
  });
});

describe('wrapText in Chinese', () => {
  /** One em per character, so a line of n characters at 10 px is 10n wide. */
  const em: Measure = (text, size) => [...text].length * size;

  test('fills each line with whole characters up to the width, with no space added where a line is joined', () => {
    expect(wrapText('执行局局长黄文俊介绍', 10, 40, 'normal', em)).toEqual(['执行局局', '长黄文俊', '介绍']);
  });

  test('the last line is never one Han character alone (孤字): the character before it comes down with it', () => {
    // Greedily 执行局 · 局长黄 · 文俊介 · 绍.
    expect(wrapText('执行局局长黄文俊介绍', 10, 30, 'normal', em)).toEqual(['执行局', '局长黄', '文俊', '介绍']);
    expect(wrapText('执行局局长黄文俊介绍。', 10, 30, 'normal', em)).toEqual(['执行局', '局长黄', '文俊', '介绍。']);
    // Two characters, or a word after a space, stay as they are.
    expect(wrapText('执行局局长黄文俊介绍', 10, 40, 'normal', em)).toEqual(['执行局局', '长黄文俊', '介绍']);
    expect(wrapText('执行结案 局', 10, 40, 'normal', em)).toEqual(['执行结案', '局']);
  });

  test('a mark that may not start a line moves to the next line with the character before it', () => {
    // "农民工，" is four characters, 40 px: the comma never starts a line, so 工 goes down with it.
    expect(wrapText('农民工，工资', 10, 30, 'normal', em).slice(0, 2)).toEqual(['农民', '工，']);
    expect(wrapText('执行，结案。', 10, 20, 'normal', em)).toEqual(['执', '行，', '结', '案。']);
  });

  test('a number with its unit moves to the next line whole', () => {
    expect(wrapText('执行到位金额18.64亿元', 10, 80, 'normal', em)).toEqual(['执行到位金额', '18.64亿元']);
    expect(wrapText('共执结约64万件', 10, 50, 'normal', em)).toEqual(['共执结', '约64万件']);
  });

  test('spaces still separate words: kept where the line goes on, dropped at a break', () => {
    expect(wrapText('约517亿元 ÷ 约64万件', 10, 1000, 'normal', em)).toEqual(['约517亿元 ÷ 约64万件']);
    expect(wrapText('约517亿元 ÷ 约64万件', 10, 90, 'normal', em)).toEqual(['约517亿元 ÷', '约64万件']);
  });

  test('English in a Chinese line stays whole and breaks only at its spaces', () => {
    // 13 characters up to the space, 19 in all.
    expect(wrapText('英文报道作“support fees”', 10, 150, 'normal', em)).toEqual(['英文报道作“support', 'fees”']);
    expect(wrapText('英文报道作“support fees”', 10, 100, 'normal', em)).toEqual(['英文报道作', '“support', 'fees”']);
  });
});
