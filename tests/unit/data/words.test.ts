/**
 * The Chinese edition's words (src/data/words/zh.ts): complete for every record, checked by the data module's
 * checker (each rule with words that break it), no number typed, quotations and headlines word for word.
 */
import { describe, expect, test } from 'vitest';
import { dataset } from '../../../src/data/index';
import { checkEditionWords } from '../../../src/data/words/check';
import { withoutPlaceholders } from '../../../src/data/words/fill';
import { zh } from '../../../src/data/words/zh';
import type { EditionWords } from '../../../src/data/words/types';
import { occursVerbatim, sentenceIds, sourceTexts, splitSentences } from '../../../src/data/sourceText';

const file = 'src/data/words/zh.ts';
type RecordSection = 'figures' | 'sources' | 'events' | 'caseTypeFamilies' | 'glossary' | 'summaries' | 'sentences' | 'unusedSentences';
const sections: RecordSection[] = ['figures', 'sources', 'events', 'caseTypeFamilies', 'glossary', 'summaries', 'sentences', 'unusedSentences'];

/** The real words with one section copied and changed, and what the checker then says. */
function problemsAfter<S extends RecordSection>(section: S, change: (entries: Record<string, unknown>) => void): string[] {
  const copy = structuredClone(zh[section]) as unknown as Record<string, unknown>;
  change(copy);
  return checkEditionWords(file, { ...zh, [section]: copy } as EditionWords, dataset, sourceTexts);
}

/** Every string a record section of the words gives, with where it is. */
function wordsOf(words: EditionWords): [string, string][] {
  const out: [string, string][] = [];
  const walk = (at: string, value: unknown) => {
    if (typeof value === 'string') out.push([at, value]);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${at}.${key}`, inner);
  };
  for (const section of sections) walk(section, words[section]);
  return out;
}

describe('the Chinese words', () => {
  test('pass every check of the data module', () => {
    expect(checkEditionWords(file, zh, dataset, sourceTexts)).toEqual([]);
  });

  test('give words for every record, and only for records', () => {
    // Against the records themselves, not the words' own lists.
    expect(Object.keys(zh.figures).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
    expect(Object.keys(zh.sources).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    expect(Object.keys(zh.events).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    expect(Object.keys(zh.glossary).sort()).toEqual(dataset.glossary.map((e) => e.id).sort());
    const citable = [...dataset.citable.values()];
    expect(Object.keys(zh.summaries).sort()).toEqual(citable.filter((c) => c.kind === 'summary').map((c) => c.id).sort());
    expect(Object.keys(zh.sentences)).toEqual(citable.filter((c) => c.kind === 'sentence').map((c) => c.id));
    expect(Object.keys(zh.unusedSentences)).toEqual(dataset.unusedSentences.map((u) => u.anchor));
  });

  test('the sentence ids the words are keyed by are the English item’s sentences, as split', () => {
    expect(splitSentences(sourceTexts['interview-en']).map((s) => s.anchor)).toEqual([...sentenceIds]);
  });

  test('type no digit, ASCII or full-width, outside a placeholder: numbers and dates come from the data', () => {
    const headlines = new Set(dataset.sources.filter((s) => !s.titleIsDescription).map((s) => `sources.${s.id}.title`));
    const typed = wordsOf(zh).filter(([at, words]) => !headlines.has(at) && /[0-9０-９]/.test(withoutPlaceholders(words)));
    expect(typed).toEqual([]);
    // The interface words too: called with words, not numbers, they add no digit of their own.
    const { display } = zh;
    const made = [
      display.sourceLabel('甲', '乙'),
      display.description('甲'),
      display.citation.date('甲'),
      display.citation.chinese('甲'),
      display.labelled('甲', '乙'),
      display.formula.counted('甲'),
      display.formula.toPlace('甲'),
      display.contextMark,
      display.interviewDateSource,
      display.formula.notRounded,
      ...Object.values(display.approximation),
      ...Object.values(display.kind),
      ...Object.values(display.provenance),
    ];
    for (const words of made) expect(words).not.toMatch(/[0-9０-９]/);
  });

  test('a headline is the context notes’ Chinese word for word; a description is not checked against them', () => {
    const titled = dataset.sources.filter((s) => !s.titleIsDescription);
    expect(titled.map((s) => s.id)).toContain('chinaNewsZh');
    for (const s of titled) expect(occursVerbatim(zh.sources[s.id].title, sourceTexts['context-notes']), s.id).toBe(true);
    // The headline as the notes give it, set with a full-width colon.
    expect(zh.sources.chinaNewsZh.title).toBe('最高法：2024年全国法院共执结涉民生案件约64万件');
  });

  test('every quotation is the context notes’ Chinese or the English item’s words', () => {
    const translations = new Set(sentenceIds.map((id) => `sentences.${id}`));
    for (const [at, words] of wordsOf(zh).filter(([at]) => !translations.has(at))) {
      for (const [, quoted] of words.matchAll(/“([^”]+)”/g)) {
        const found = occursVerbatim(quoted!, sourceTexts['context-notes']) || occursVerbatim(quoted!, sourceTexts['interview-en']);
        expect(found, `${at}: “${quoted}”`).toBe(true);
      }
    }
  });

  test('publishers keep their English names unless the context notes name them in Chinese', () => {
    // The words that join names ("reproduced by … site", "and") aside, every Chinese name is one the notes give.
    const names = (publisher: string) => publisher.replace(/经|网站转载|与/g, ' ').match(/[\u3400-\u9fff]+/g) ?? [];
    for (const s of dataset.sources) {
      for (const name of names(zh.sources[s.id].publisher)) expect(sourceTexts['context-notes'], `${s.id}: ${name}`).toContain(name);
    }
    expect(names(zh.sources.chinaTrial.publisher)).toEqual(['中国审判']);
  });
});

describe('the checker', () => {
  test('names a record without words: file, section and id', () => {
    expect(problemsAfter('figures', (f) => delete f.livelihoodCases)).toEqual([`${file}: figures: "livelihoodCases": missing`]);
    expect(problemsAfter('sentences', (s) => delete s.s16)).toEqual([`${file}: sentences: "s16": missing`]);
    expect(problemsAfter('summaries', (s) => delete s['c-spc-network'])).toEqual([`${file}: summaries: "c-spc-network": missing`]);
    expect(problemsAfter('glossary', (g) => delete g.elderSupport)).toEqual([`${file}: glossary: "elderSupport": missing`]);
    expect(problemsAfter('sources', (s) => delete s.chinaTrial)).toEqual([`${file}: sources: "chinaTrial": missing`]);
    expect(problemsAfter('events', (e) => delete e.interview)).toEqual([`${file}: events: "interview": missing`]);
    expect(problemsAfter('caseTypeFamilies', (f) => delete f.injury)).toEqual([`${file}: caseTypeFamilies: "injury": missing`]);
    expect(problemsAfter('unusedSentences', (u) => delete u.s24)).toEqual([`${file}: unusedSentences: "s24": missing`]);
  });

  test('names words for a record that does not exist', () => {
    expect(problemsAfter('figures', (f) => (f.livelihoodCase = { label: '案件', period: '当年', scope: '全国' }))).toEqual([
      `${file}: figures: "livelihoodCase": no such record`,
    ]);
  });

  test('rejects an empty field', () => {
    expect(problemsAfter('figures', (f) => ((f.migrantWorkerCases as { label: string }).label = ' '))).toEqual([
      `${file}: figures: "migrantWorkerCases": field "label": must not be empty`,
    ]);
  });

  test('rejects a typed number or year, and accepts the same words as placeholders', () => {
    const typed = problemsAfter('figures', (f) => ((f.livelihoodCases as { period: string }).period = '2024年'));
    expect(typed).toEqual([
      `${file}: figures: "livelihoodCases": field "period": types a digit: write a figure as {figureId} and a date as {year:…}, {month:…}, {day:…} or {date:…}`,
    ]);
    expect(problemsAfter('summaries', (s) => (s['c-trial-broadcast'] = '超过４０家媒体参与了直播。'))[0]).toContain('types a digit');
    expect(problemsAfter('summaries', (s) => (s['c-trial-broadcast'] = '{liveBroadcastOutlets}媒体参与了{year:2025}的直播。'))).toEqual([]);
  });

  test('rejects a placeholder it cannot fill', () => {
    expect(problemsAfter('summaries', (s) => (s['c-trial-broadcast'] = '{liveBroadcast}、{year:25}、{month:13}、{date:2025-02-30}、{title:nowhere}'))).toEqual(
      ['{liveBroadcast}', '{year:25}', '{month:13}', '{date:2025-02-30}', '{title:nowhere}'].map((p) => `${file}: summaries: "c-trial-broadcast": cannot fill ${p}`),
    );
  });

  test('rejects a quotation neither source gives, and a headline not word for word', () => {
    expect(problemsAfter('glossary', (g) => ((g.totalToTotal as { explanation: string }).explanation = '即“总对总网络”。'))).toEqual([
      `${file}: glossary: "totalToTotal": field "explanation": the quotation “总对总网络” is in neither source text: quote the sources word for word, or drop the quotation marks`,
    ]);
    expect(problemsAfter('sources', (s) => ((s.chinaNewsZh as { title: string }).title = '最高法：全国法院共执结涉民生案件约64万件'))).toEqual([
      `${file}: sources: "chinaNewsZh": field "title": a headline must be the context notes' word for word`,
    ]);
  });

  test('a translation quotes only what the English sentence quotes', () => {
    // Sentence 16 quotes one phrase; sentence 17 none.
    expect(problemsAfter('sentences', (s) => (s.s17 = '四是加强“司法救助”。'))).toEqual([
      `${file}: sentences: "s17": quotation marks where the English sentence has none: a translation quotes only what the item quotes`,
    ]);
  });

  test('a caveat, context or written date stands exactly where the English has one', () => {
    expect(problemsAfter('figures', (f) => delete (f.livelihoodAmount as { note?: string }).note)).toEqual([
      `${file}: figures: "livelihoodAmount": field "note": must not be empty`,
    ]);
    expect(problemsAfter('figures', (f) => ((f.migrantWorkerCases as { note?: string }).note = '一条说明。'))).toEqual([
      `${file}: figures: "migrantWorkerCases": field "note": the English has none: the edition makes the same claims`,
    ]);
    expect(problemsAfter('glossary', (g) => delete (g.pointToPoint as { context?: string }).context)).toEqual([
      `${file}: glossary: "pointToPoint": field "context": must not be empty`,
    ]);
    // An undated source says so in words; a dated one takes its date from the record.
    expect(problemsAfter('sources', (s) => delete (s.interviewEn as { dateLabel?: string }).dateLabel)).toEqual([
      `${file}: sources: "interviewEn": field "dateLabel": must not be empty`,
    ]);
    expect(problemsAfter('events', (e) => ((e.interview as { dateLabel?: string }).dateLabel = '{date:2025-03-10}'))).toEqual([
      `${file}: events: "interview": field "dateLabel": the English has none: the edition makes the same claims`,
    ]);
  });

  test('rejects ASCII punctuation beside Chinese, and a space between Chinese and Latin', () => {
    expect(problemsAfter('caseTypeFamilies', (f) => (f.work = '劳动,工资'))).toEqual([
      `${file}: caseTypeFamilies: "work": ASCII punctuation beside Chinese: use full-width ，；：（）！？`,
    ]);
    expect(problemsAfter('caseTypeFamilies', (f) => (f.work = '劳动与 GDP'))).toEqual([
      `${file}: caseTypeFamilies: "work": a space between Chinese and Latin letters or digits (CSS sets that gap)`,
    ]);
  });
});

describe('the types', () => {
  test('a words file without a record’s words does not compile (astro check runs over this file)', () => {
    const { livelihoodCases: _dropped, ...figures } = zh.figures;
    // @ts-expect-error: property 'livelihoodCases' is missing
    const incomplete: EditionWords['figures'] = figures;
    const { s16: _s16, ...sentences } = zh.sentences;
    // @ts-expect-error: property 's16' is missing
    const noSixteen: EditionWords['sentences'] = sentences;
    // @ts-expect-error: 'c-zh-figures' is a passage (the report's own wording), not a summary the edition words
    const passage: EditionWords['summaries'] = { ...zh.summaries, 'c-zh-figures': '……' };
    expect([incomplete, noSixteen, passage].every((w) => typeof w === 'object')).toBe(true);
  });
});
