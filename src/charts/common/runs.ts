/**
 * Runs of English in text of another edition, as String.split gives them (odd-numbered parts): words of two
 * characters or more, with the spaces, commas and brackets between them ("support between spouses (or other family
 * members)", "survivors’ (death) benefits"). Digits and single letters stay with the text around them.
 */
const word = String.raw`\(?[A-Za-z][A-Za-z’'-]+\)?`;
const englishRun = new RegExp(`(${word}(?:[ ,]+${word})*)`);

export const latinParts = (text: string): string[] => text.split(englishRun);
