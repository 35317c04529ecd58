// Folds an English word to a key that its inflections and British/American spellings share: "scored" = "score", "centres" = "center".

const VOWELS = 'aeiouy';

function undouble(w: string): string {
  const n = w.length;
  if (n < 4) return w;
  const c = w[n - 1]!;
  return c === w[n - 2] && !VOWELS.includes(c) && c !== 'l' && c !== 's' && c !== 'f' && c !== 'z' ? w.slice(0, -1) : w;
}

/** Past stems that keep their double l in American spelling too ("installed", "recalled", "enthralled"). */
const DOUBLE_L_STEMS = new Set(['install', 'recall', 'enthrall', 'befall', 'forestall', 'overfill', 'refill', 'fulfill', 'distill', 'instill', 'enroll']);

/** "totall" (from "totalled") → "total", "travell" → "travel": the British doubled l after an unstressed vowel of a longer stem. */
function unBritishL(stem: string): string {
  if (!/[aeo]ll$/.test(stem) || DOUBLE_L_STEMS.has(stem)) return stem;
  return (stem.slice(0, -2).match(/[aeiouy]+/g) ?? []).length >= 2 ? stem.slice(0, -1) : stem;
}

/** Strips one inflection: -ies/-ied, -es after a sibilant, -s, -ed. Not -ing: "funding", "placing" and "ranking" are nouns of their own. */
function uninflect(w: string): string {
  const n = w.length;
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s')) {
    if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
    if (n > 4 && (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses'))) return w.slice(0, -2);
    return n > 3 ? w.slice(0, -1) : w;
  }
  if (n > 5 && w.endsWith('ed') && !w.endsWith('eed')) return unBritishL(undouble(w.slice(0, -2)));
  // "used", "owed", "aged": a four-letter past of a verb that opens on a vowel drops its d ("the water used" = "water use").
  if (n === 4 && w.endsWith('ed') && VOWELS.includes(w[0]!)) return w.slice(0, -1);
  return w;
}

/** British spellings to American ones, then a final silent e dropped, so that "analysed" and "analyze" meet. */
function unspell(w: string): string {
  const n = w.length;
  if (w.endsWith('isation')) w = `${w.slice(0, -7)}ization`;
  else if (n > 5 && w.endsWith('our')) w = `${w.slice(0, -3)}or`;
  else if (n > 4 && w.endsWith('tre')) w = `${w.slice(0, -3)}ter`;
  else if (n > 6 && w.endsWith('mme')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  if (w.length > 5 && (w.endsWith('is') || w.endsWith('ys'))) w = `${w.slice(0, -1)}z`;
  return w;
}

/** The matching key of a lower-case word; words with digits or other scripts are kept as they are. */
export function lemma(lower: string): string {
  if (lower.length <= 3 || !/^[a-z]+$/.test(lower)) return lower;
  return unspell(uninflect(lower));
}

/** A measure's words, each folded by `lemma`: "budgets" names the budget metric, "papers" the one whose phrases say "papers". */
export function metricWords(metric: { label: string; phrases: readonly string[] }): Set<string> {
  return new Set([metric.label, ...metric.phrases].flatMap((p) => p.toLowerCase().split(/[^\p{L}-]+/u)).filter(Boolean).map((w) => lemma(w)));
}

/**
 * Whether `text` (lower case) holds a shorter form of the word `w` (lower case) that `w` lengthens by a suffix of up to
 * four letters: "membership" after "members". Only for words of eight letters or more, so that the shorter form
 * keeps four letters or more.
 */
export function holdsShorterForm(text: string, w: string): boolean {
  return w.length >= 8 && text.includes(w.slice(0, w.length - 4));
}
