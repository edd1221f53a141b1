/**
 * The statement check (remarkStatements): markers name sentences that exist, a
 * quotation is word for word in what its paragraph's marker cites, <Zh> is in the
 * context notes, and context is never passed off as the English item's.
 */
import { describe, expect, test } from 'vitest';
import { quoteOccurs, remarkStatements } from '../../../../src/mdx/plugins/remarkStatements';
import { dataset, sources } from '../../../../src/data/index';
import { sourceTexts } from '../../../../src/data/sourceText';
import { mdxCompiler } from '../../../helpers/mdx';
import { projectRoot } from '../../../helpers/build';
import { chineseWording } from '../../../../src/mdx/plugins/index';

// The real sentences and passages, so the test checks what the build checks.
const options = {
  citable: dataset.citable,
  contextSources: new Set(sources.filter((s) => s.role === 'context').map((s) => s.id)),
  contextNotes: sourceTexts['context-notes'],
  chineseOf: chineseWording(dataset),
  englishTerms: ['Enforcement Bureau'],
};
const compileAt = mdxCompiler(remarkStatements, options);
const compileZh = mdxCompiler(remarkStatements, options, `${projectRoot}/content/zh/sections/example.mdx`);

describe('remarkStatements in the Chinese edition', () => {
  test('a Chinese quotation is the Chinese report’s wording of the sentence its marker cites, widths of punctuation aside', async () => {
    await expect(compileZh('报道说，“全国法院共执结涉民生案件约64万件”。<Src at="s1" />')).resolves.toBeDefined();
    await expect(compileZh('报道说，“其中,执行结案涉农民工案件”。<Src at="s2" />')).resolves.toBeDefined();
  });

  test('a Chinese quotation that is not the cited wording fails with file and line, even when the report says it elsewhere', async () => {
    await expect(compileZh('引言。\n\n报道说，“全国法院共执结涉民生案件约七十万件”。<Src at="s1" />')).rejects.toThrow(
      'content/zh/sections/example.mdx:3: the quotation “全国法院共执结涉民生案件约七十万件” is not word for word the Chinese wording of the cited <Src at="s1">',
    );
    // The migrant-worker wording is the Chinese of sentence 2, not of sentence 20.
    await expect(compileZh('报道说，“执行结案涉农民工案件”。<Src at="s20" />')).rejects.toThrow('is not word for word the Chinese wording');
  });

  test('this site’s translation needs a marker citing the English item’s sentence it translates', async () => {
    await expect(compileZh('英文报道说，<Translated>各级法院执行部门为困难申请人提供司法救助</Translated>。<Src at="s20" />')).resolves.toBeDefined();
    await expect(compileZh('英文报道说，<Translated>一句译文</Translated>。<Src at="c-zh-figures" />')).rejects.toThrow(
      'content/zh/sections/example.mdx:1: <Translated>一句译文</Translated> needs a <Src at="s…">',
    );
  });

  test('an English run is the English item’s words or a glossary term', async () => {
    await expect(compileZh('英文报道写作<En>will handle</En>。<Src at="s1" />')).resolves.toBeDefined();
    await expect(compileZh('英文译名是<En>Enforcement Bureau</En>。')).resolves.toBeDefined();
    await expect(compileZh('英文报道写作<En>will have handled</En>。<Src at="s1" />')).rejects.toThrow('<En>will have handled</En> is neither');
  });
});

describe('quoteOccurs', () => {
  test('ignores case, quotation-mark style and whitespace, and lets "…" stand for an omission', () => {
    const text = 'Recently, five typical cases of wage execution have been released, the exemplary role of "handling one case, governing one area".';
    expect(quoteOccurs('recently', text)).toBe(true);
    expect(quoteOccurs('the exemplary role of ‘handling one case, governing one area’', text)).toBe(true);
    expect(quoteOccurs('five typical cases … have been released', text)).toBe(true);
    // Parts around the ellipsis must come in the source's order.
    expect(quoteOccurs('have been released … five typical cases', text)).toBe(false);
    expect(quoteOccurs('six typical cases', text)).toBe(false);
  });
});

describe('remarkStatements', () => {
  test('accepts a quotation found in the sentence its marker cites', async () => {
    await expect(compileAt('Huang called them "a difficult point and a direction that requires concerted efforts".<Src at="s4" />')).resolves.toBeDefined();
  });

  test('a quotation not in the cited sentence fails with file, line and quote', async () => {
    await expect(compileAt('Intro.\n\nHuang called them "a hard point".<Src at="s4" />')).rejects.toThrow(
      'content/sections/example.mdx:3: the quotation “a hard point” is not word for word in the cited <Src at="s4">',
    );
  });

  test('a quotation in the item, but not in the sentence cited, still fails', async () => {
    // "strict crackdowns" is sentence 13, not sentence 12.
    await expect(compileAt('Offenders face "strict crackdowns".<Src at="s12" />')).rejects.toThrow('is not word for word in the cited <Src at="s12">');
  });

  test('a quotation with no marker in its paragraph fails', async () => {
    await expect(compileAt('He spoke of "green channels".')).rejects.toThrow(
      'content/sections/example.mdx:1: the quotation “green channels” has no <Src> marker in its paragraph',
    );
  });

  test('a marker naming a sentence that does not exist fails with file and line', async () => {
    await expect(compileAt('Intro.\n\nA claim.<Src at="s2 s26" />')).rejects.toThrow(
      'content/sections/example.mdx:3: <Src at="s2 s26">: no sentence or passage "s26"',
    );
    await expect(compileAt('A claim.<Src at="c-no-such-passage" />')).rejects.toThrow('no sentence or passage "c-no-such-passage"');
  });

  test('a quotation may be this site’s translation of a passage, never its summary of a report', async () => {
    await expect(compileAt('Its theme: pressing on with “truly solving the difficulty of enforcement”.<Src at="c-trial-theme" />')).resolves.toBeDefined();
    await expect(compileAt('Intro.\n\nThe event was "held on the afternoon of 10 March".<Src at="c-trial-event" />')).rejects.toThrow(
      'content/sections/example.mdx:3: the quotation “held on the afternoon of 10 March” is not word for word in the cited <Src at="c-trial-event">: it is in a summary, which is this site’s own account, not a source’s words',
    );
  });

  test('a <Zh> phrase is the notes’ word for word, the width of its punctuation aside', async () => {
    await expect(compileAt('Its theme (<Zh>推进“切实解决执行难”、及时兑现当事人胜诉权益</Zh>).')).resolves.toBeDefined();
    await expect(compileAt('The headline (<Zh>最高法：2024年全国法院共执结涉民生案件约64万件</Zh>).')).resolves.toBeDefined();
  });

  test('a <Zh> phrase not in the context notes fails', async () => {
    await expect(compileAt('Courts (<Zh>法院们</Zh>).')).rejects.toThrow('<Zh>法院们</Zh> is not word for word in the context notes');
    await expect(compileAt('Courts (<Zh>执行局</Zh>).')).resolves.toBeDefined();
  });

  test('inside a context box, a marker may cite only the sources the box names', async () => {
    const box = (at: string) => `<Context sources={["chinaTrial"]}>\n\nA fact.<Src at="${at}" />\n\n</Context>`;
    await expect(compileAt(box('c-trial-broadcast'))).resolves.toBeDefined();
    await expect(compileAt(box('c-news-national'))).rejects.toThrow(
      'content/sections/example.mdx:3: <Src at="c-news-national"> cites "c-news-national" from source "chinaNews20250407", which its <Context> box does not name',
    );
  });

  test('outside a context box, a marker citing context is flagged to name its source inline', async () => {
    const code = String(await compileAt('On that day.<Src at="c-trial-event" /> He spoke.<Src at="s1" />'));
    // The first marker gets context="inline"; the English item's does not.
    expect(code.match(/context: "inline"/g)).toHaveLength(1);
  });

  test('a marker outside a paragraph fails', async () => {
    await expect(compileAt('<Src at="s1" />')).rejects.toThrow('<Src> must sit in a paragraph or list item');
  });
});

describe('meta text', () => {
  test('every quotation in a section’s title or description is word for word in the English item', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(projectRoot, 'content', 'sections');
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const frontmatter = readFileSync(join(dir, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!;
      for (const line of frontmatter.split('\n').filter((l) => /^(title|description):/.test(l))) {
        // The YAML may wrap the whole value in quotation marks; those are not a quotation.
        const value = line.replace(/^\w+: /, '').replace(/^"(.*)"$/, '$1');
        for (const [, quote] of value.matchAll(/"([^"]+)"/g)) {
          checked++;
          expect(quoteOccurs(quote!, sourceTexts['interview-en']), `${file}: "${quote}"`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});
