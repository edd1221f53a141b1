/**
 * Chinese in text, defined once. Han ideographs are what a Chinese term or quote consists of;
 * CJK text adds the CJK and fullwidth punctuation that runs with them (、，《》 …).
 */
const han = '\\u3400-\\u9fff';
/** Character-class ranges of CJK text, for composing patterns. */
export const cjkRanges = `\\u3000-\\u303f${han}\\uff00-\\uffef`;

/** Every run of Han ideographs, e.g. 执行结案 (global: for String.match). */
export const hanRuns = new RegExp(`[${han}]+`, 'g');
/** A string of Han ideographs only. */
export const hanOnly = new RegExp(`^[${han}]+$`);

const anyCjk = new RegExp(`[${cjkRanges}]`);
/** Whether the text has any CJK character. */
export const hasCjk = (text: string): boolean => anyCjk.test(text);

const cjkRun = `[${cjkRanges}]+`;
const quotes = '["“”]*';
/** A run holds at least one CJK character, so English in quotation marks stays English. */
const chineseRun = new RegExp(`(${quotes}${cjkRun}(?:${quotes}${cjkRun}|[\\d.,、]+${cjkRun})*${quotes})`);

/**
 * The runs of Chinese in a text, as String.split gives them (odd-numbered parts): CJK characters with
 * the quotation marks around them, and ASCII digits and commas between them (约6.9万件,执行…).
 */
export const chineseParts = (text: string): string[] => text.split(chineseRun);

/**
 * The runs of English in Chinese text, as String.split gives them (odd-numbered parts): words of two characters or
 * more, with the spaces, commas and brackets between them ("China News Network", "support between spouses (or other
 * family members)", "survivors’ (death) benefits"). Digits and single letters stay with the text around them.
 */
const englishWord = String.raw`\(?[A-Za-z][A-Za-z’'-]+\)?`;
const englishRun = new RegExp(`(${englishWord}(?:[ ,]+${englishWord})*)`);
export const englishParts = (text: string): string[] => text.split(englishRun);
