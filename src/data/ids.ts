/**
 * Every kind of record id, as a union of the ids written in the record files. A words file keyed by one of these
 * (`Record<FigureId, …>`, src/data/words/) fails to compile when a record has no words, naming the missing id.
 */
export type { SourceFigureId } from './figures';
export type { DerivedFigureId } from './derived';
export type { SourceId } from './sources';
export type { EventId } from './events';
export type { CaseTypeId, CaseTypeFamilyId } from './caseTypes';
export type { TermId } from './glossary';
export type { ContextTextId, SummaryId, UnusedSentenceId } from './passages';
export type { SentenceId } from './sourceText';

import type { SourceFigureId } from './figures';
import type { DerivedFigureId } from './derived';

/** Any figure's id: one a source states, or one this explainer computes. */
export type FigureId = SourceFigureId | DerivedFigureId;
