/** Every chart's figure number (numbering.ts), worked out once per build from the sections in reading order. */
import { getSections } from '../../lib/sections';
import { charts } from '../index';
import { numberFigures } from './numbering';

let numbers: Promise<Map<string, number>> | undefined;

export const figureNumbers = (): Promise<Map<string, number>> =>
  (numbers ??= getSections().then((sections) => numberFigures(sections.map((s) => s.body ?? ''), charts.map((c) => c.id))));
