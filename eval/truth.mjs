// truth.mjs: the value a registered claim should have stated (eval/CORPUS-FORMAT.md), for the numeric kinds whose fix
// is a number: used to rewrite planted errors (corrected-drafts.mjs) and to judge the fixes of found errors (run-eval).

/** The true value of a claim as its text states it (a magnitude when a word carries the direction), or undefined. */
export function truthOf(claim) {
  switch (claim.kind) {
    case 'dataset-value':
    case 'rank':
      return claim.fact?.value;
    case 'share':
      return (claim.part / claim.total) * 100;
    case 'total':
      return claim.parts.reduce((a, b) => a + b, 0);
    case 'percent-change': {
      const change = ((claim.end - claim.start) / claim.start) * 100;
      return claim.direction ? Math.abs(change) : change;
    }
    case 'points-change':
      return claim.direction ? Math.abs(claim.end - claim.start) : claim.end - claim.start;
    case 'cagr': {
      const rate = ((claim.end / claim.start) ** (1 / claim.years) - 1) * 100;
      return claim.direction ? Math.abs(rate) : rate;
    }
    default:
      return undefined;
  }
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** The number a fix writes: digits in either decimal style ("+92.8%", "8,1 %", "1,234", "3 230"), or an ordinal word. */
export function fixValue(newText) {
  const word = ORDINAL_WORDS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(newText));
  const m = /([+\-−]?)(\d[\d,. \u00a0\u202f]*\d|\d)/.exec(newText);
  if (!m) return word >= 0 ? word + 1 : undefined;
  let body = m[2].replace(/[ \u00a0\u202f]/g, '');
  if (/,\d{1,2}$/.test(body) && !body.includes('.')) body = body.replace(',', '.');
  else if (/\.\d{3}(?:\.\d{3})*,\d+$/.test(body)) body = body.replace(/\./g, '').replace(',', '.');
  else body = body.replace(/,/g, '');
  const value = Number(body);
  return Number.isFinite(value) ? (m[1] && m[1] !== '+' ? -value : value) : undefined;
}

const DIRECTION_WORD = /\b(?:down|fell|fall(?:en|s|ing)?|drop(?:ped|s)?|declin\w*|lower|below|less|shr[aiu]nk\w*|lost|lose|cut|slipped|slid|eased|decrease\w*|reduc\w*)\b/i;

/** Whether a fix's value is the truth at the claim's stated precision (signs compared as magnitudes for worded claims). */
export function fixIsTrue(claim, newText) {
  const truth = truthOf(claim);
  const value = fixValue(newText);
  if (truth === undefined || value === undefined) return undefined;
  const half = 0.5 * 10 ** -(claim.precision ?? 0) + 1e-9;
  // A registry that left out `direction` but signed the stated value of a worded change ("down 3.4 points", stated
  // −3.4): an unsigned fix after the word writes the magnitude, as a `direction` would say.
  const worded = !claim.direction && claim.stated < 0 && !/^[+\-−]/.test(newText.trim()) && DIRECTION_WORD.test(claim.text ?? '');
  if (worded) return Math.abs(Math.abs(value) - Math.abs(truth)) <= half;
  const a = claim.direction ? Math.abs(value) : value;
  return Math.abs(a - truth) <= half || (claim.kind === 'rank' && a === truth);
}
