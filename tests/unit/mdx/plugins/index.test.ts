/** The prose checks' options, computed from the real data module: which anchors each figure's note quotes, and which sentences go together. */
import { describe, expect, test } from 'vitest';
import { dataset, sources } from '../../../../src/data/index';
import { remarkPlugins, sourceNoteOptions } from '../../../../src/mdx/plugins/index';
import { remarkKnownIds } from '../../../../src/mdx/plugins/remarkKnownIds';
import { remarkSourceNotes } from '../../../../src/mdx/plugins/remarkSourceNotes';
import { remarkStatements } from '../../../../src/mdx/plugins/remarkStatements';

describe('sourceNoteOptions', () => {
  const { figureAnchors, linked } = sourceNoteOptions(dataset);

  test('an interview figure is quoted from its English sentence and from the passage that holds its Chinese', () => {
    // Sentence 1 of the English item; 约64万件 is in the China News Service passage of the figures.
    expect(figureAnchors.get('livelihoodCases')).toEqual(['s1', 'c-zh-figures']);
    // Sentence 20: the Chinese wording of the judicial-assistance figures is not known.
    expect(figureAnchors.get('judicialAssistancePeople')).toEqual(['s20']);
  });

  test('a context figure is quoted from its own passage once, and a derived figure from none', () => {
    expect(figureAnchors.get('nationalAmountChinaTrial')).toEqual(['c-trial-national']);
    expect(figureAnchors.get('averagePerLivelihoodCase')).toEqual([]);
  });

  test('an English sentence goes with its Chinese passage, and with its word-for-word repeat', () => {
    expect(linked.get('s1')).toEqual(['c-zh-figures']);
    // The item gives its migrant-worker sentence twice, as sentences 2 and 9.
    expect(linked.get('s2')).toEqual(['c-zh-figures', 's9']);
    expect(linked.get('s9')).toEqual(['c-zh-figures', 's2']);
    expect(linked.get('s4')).toEqual([]);
  });
});

test('remarkPlugins: notes first, then the id check with every chart id, then the statement check', () => {
  const plugins = remarkPlugins({ dataset, sources, chartIds: ['chart-a', 'chart-b'], contextNotes: 'notes' }) as [unknown, Record<string, unknown>][];
  expect(plugins.map(([plugin]) => plugin)).toEqual([remarkSourceNotes, remarkKnownIds, remarkStatements]);
  const { references } = plugins[1]![1] as { references: Record<string, Set<string>> };
  expect([...references.Chart!]).toEqual(['chart-a', 'chart-b']);
  expect(references.Fig!.has('livelihoodCases')).toBe(true);
  expect((plugins[2]![1] as { contextSources: Set<string> }).contextSources.has('interviewEn')).toBe(false);
});
