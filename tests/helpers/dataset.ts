/** The real dataset's input, and the data checks' failures, for tests that feed the checks bad input. */
import { expect } from 'vitest';
import { buildDataset, DataError, type DatasetInput } from '../../src/data/dataset';
import { sourceFigures } from '../../src/data/figures';
import { derivedFigures } from '../../src/data/derived';
import { caseTypes } from '../../src/data/caseTypes';
import { events } from '../../src/data/events';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';
import { sourceTexts } from '../../src/data/sourceText';
import { contextTexts, sentenceChinese } from '../../src/data/passages';

/** A fresh copy of the input the site's dataset is built from, safe to change. */
export const datasetInput = (): DatasetInput => ({
  sourceFigures: structuredClone(sourceFigures),
  derivedFigures: structuredClone(derivedFigures),
  caseTypes: structuredClone(caseTypes),
  events: structuredClone(events),
  glossary: structuredClone(glossary),
  sources,
  texts: sourceTexts,
  passages: structuredClone(contextTexts),
  sentenceChinese,
});

/** The DataError message `build` throws (failing the test if it throws something else, or nothing: "expected <what> to be rejected"). */
export function rejection(build: () => unknown, what: string): string {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error(`expected ${what} to be rejected`);
}

/** Build the real input with one change and return the error message (failing the test if it builds). */
export const problemsAfter = (change: (input: DatasetInput) => void): string => {
  const input = datasetInput();
  change(input);
  return rejection(() => buildDataset(input), 'the dataset');
};
