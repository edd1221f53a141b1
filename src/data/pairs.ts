/**
 * The English item beside the Chinese report: consecutive sentences of the item that the same passage
 * of the Chinese report renders form one pair (sentences 1 and 2 beside the report's figures). Pure:
 * /source/ lays the pairs out side by side; the Chinese edition will pair every sentence the same way.
 */
import type { Citable } from './dataset';

export interface SentencePair {
  /** The English item's sentences, in order (anchors s1, s2 …). */
  sentences: Citable[];
  /** The Chinese report's passages that render them. */
  chinese: Citable[];
}

/** Every run of sentences with the same Chinese passages, in the item's order; sentences with none are left out. */
export function pairsWithChinese(citable: ReadonlyMap<string, Citable>): SentencePair[] {
  return paired([...citable.values()].filter((c) => c.kind === 'sentence' && c.chinese.length > 0), citable);
}

/**
 * Every sentence of the item, in order, as /zh/source/ pairs them: runs with the same Chinese passages as in
 * pairsWithChinese, and each sentence whose Chinese wording is not known on its own, with no passage (`chinese`
 * empty), where the site's translation stands in its place, labelled as one (display.ts: sentenceTranslation).
 */
export function everySentencePaired(citable: ReadonlyMap<string, Citable>): SentencePair[] {
  return paired([...citable.values()].filter((c) => c.kind === 'sentence'), citable);
}

function paired(sentences: Citable[], citable: ReadonlyMap<string, Citable>): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (const sentence of sentences) {
    const last = pairs.at(-1);
    const previous = last?.sentences.at(-1);
    const consecutive = previous && Number(sentence.id.slice(1)) === Number(previous.id.slice(1)) + 1;
    if (last && consecutive && sentence.chinese.length > 0 && last.chinese.map((c) => c.id).join() === sentence.chinese.join()) last.sentences.push(sentence);
    else pairs.push({ sentences: [sentence], chinese: sentence.chinese.map((id) => citable.get(id)!) });
  }
  return pairs;
}
