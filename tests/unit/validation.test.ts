/** Bad data fails with a message naming the file, the record and the field. */
import { describe, expect, test } from 'vitest';
import { datasetInput, problemsAfter } from '../helpers/dataset';
import { buildDataset, type DatasetInput } from '../../src/data/dataset';
import { sourceFigures } from '../../src/data/figures';
import { derivedFigures } from '../../src/data/derived';
import { events } from '../../src/data/events';

const figure = (input: DatasetInput, id: string) =>
  input.sourceFigures.find((f) => (f as { id: string }).id === id) as Record<string, unknown>;

describe('buildDataset', () => {
  test('accepts the real data', () => {
    expect(() => buildDataset(datasetInput())).not.toThrow();
  });

  test('rejects a figure without a source sentence', () => {
    const message = problemsAfter((i) => delete figure(i, 'migrantWorkerCases').sentence);
    expect(message).toContain('src/data/figures.ts: figure "migrantWorkerCases": field "sentence": Required');
  });

  test('rejects a source sentence that is not in the source', () => {
    const message = problemsAfter((i) => {
      figure(i, 'migrantWorkerCases').sentence = 'Among them, 75200 cases involving rural migrant workers were settled.';
    });
    expect(message).toContain(
      'src/data/figures.ts: figure "migrantWorkerCases": field "sentence": not found verbatim in the shipped source text "interview-en"',
    );
  });

  test('rejects a Chinese sentence that is not in the context notes', () => {
    const message = problemsAfter((i) => {
      (figure(i, 'livelihoodCases').sentenceZh as { text: string }).text = '全国法院共执结涉民生案件约65万件';
    });
    expect(message).toContain('figure "livelihoodCases": field "sentenceZh.text": not found verbatim in the shipped source text "context-notes"');
  });

  test('rejects a value its sentence does not state', () => {
    const message = problemsAfter((i) => (figure(i, 'judicialAssistancePeople').value = 2_331));
    expect(message).toContain('figure "judicialAssistancePeople": field "value": 2331 is not written in its sentence');
  });

  test('rejects a non-numeric value, a negative count and a missing unit', () => {
    const message = problemsAfter((i) => {
      figure(i, 'livelihoodCases').value = '640000';
      figure(i, 'migrantWorkerCases').value = -75_200;
      delete figure(i, 'judicialAssistancePeople').unit;
    });
    expect(message).toContain('figure "livelihoodCases": field "value": must be a number');
    expect(message).toContain('figure "migrantWorkerCases": field "value": must not be negative');
    expect(message).toContain('figure "judicialAssistancePeople": field "unit": Required');
  });

  test('rejects a duplicate id', () => {
    const message = problemsAfter((i) => i.sourceFigures.push({ ...figure(i, 'livelihoodCases') }));
    expect(message).toContain('src/data/figures.ts: figure "livelihoodCases": field "id": duplicate id');
  });

  test('rejects an id that could not be an anchor', () => {
    const message = problemsAfter((i) => (figure(i, 'livelihoodCases').id = '2024cases'));
    expect(message).toContain('figure "2024cases": field "id": must be a camelCase word starting with a letter');
  });

  test('rejects a derived figure with an unknown input', () => {
    const message = problemsAfter((i) => {
      (i.derivedFigures[0] as { inputs: string[] }).inputs = ['livelihoodAmount', 'livelihoodCasez'];
    });
    expect(message).toContain('src/data/derived.ts: derived figure "averagePerLivelihoodCase": field "inputs": unknown or invalid source figure id "livelihoodCasez"');
  });

  test('rejects a figure whose kind does not match its source', () => {
    const message = problemsAfter((i) => (figure(i, 'nationalCasesConcluded').kind = 'interview'));
    expect(message).toContain('figure "nationalCasesConcluded": field "kind": "interview" does not match source "chinaNews20250407"');
  });

  test('rejects an event quoting a sentence not in its source', () => {
    const message = problemsAfter((i) => ((i.events[0] as { sentence: string }).sentence = 'Pilots began in 2011.'));
    expect(message).toContain('src/data/events.ts: event "pointToPointPilots": field "sentence": not found verbatim');
  });

  test('lists every problem at once', () => {
    const message = problemsAfter((i) => {
      delete figure(i, 'typicalWageCasesReleased').sentence;
      delete figure(i, 'liveBroadcastOutlets').scope;
    });
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(2);
  });
});
