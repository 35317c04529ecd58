// Number recognition for report prose: finds numbers as authors write them (offsets, stated precision, style), pairs ranges, and formats new values in the same style.

export type NumberKind = 'percent' | 'currency' | 'ordinal' | 'plain';
export type Scale = 'thousand' | 'million' | 'billion' | 'trillion';

export interface NumberStyle {
  /** Thousands separator as written ('' = none written). */
  group: '' | ',' | ' ' | '\u00a0' | '\u202f' | '\u2009';
  /** Explicit sign as written. */
  sign: '' | '+' | '-' | '\u2212';
  percentSuffix: '' | '%' | ' %' | '\u00a0%' | ' per cent' | ' percent' | ' pc';
  /** Text before the digits naming the currency, verbatim: 'USD ', '$', '¥', 'SEK ', ''. */
  currencyPrefix: string;
  /** Text after the digits naming the scale, verbatim: ' billion', ' bn', ''. */
  scaleText: string;
  /** Text after digits and scale naming the currency, verbatim: ' yen', ' USD', ''. */
  currencySuffix: string;
  /** 'st' | 'nd' | 'rd' | 'th' as written after the digits, '' otherwise (and for spelled ordinals). */
  ordinalSuffix: string;
  /** 'No. ', 'no. ', 'No.', '#' as written before an ordinal's digits, '' otherwise. */
  ordinalPrefix: string;
  /** The decimal mark of the document the number was read in. */
  decimalMark: DecimalMark;
}

/** A document writes decimals with a point (9.3%) or, as many European authors do, with a comma (9,3 %). */
export type DecimalMark = '.' | ',';

export interface NumberToken {
  /** UTF-16 offsets into the scanned string; [start, end) covers sign, prefixes, digits, scale and suffixes. */
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  /** The number as written with its sign applied and its scale NOT applied ("USD 6.1 billion" → 6.1). */
  value: number;
  /** Digits written after the decimal point (the stated precision). */
  decimals: number;
  scale?: Scale;
  /** ISO 4217 code: 'USD' for $/USD/US$, 'JPY' for ¥/yen/JPY, 'EUR', 'SEK', 'KRW', 'GBP', 'CNY'. */
  currency?: string;
  /** True for spelled ordinals ("second"). */
  spelled?: boolean;
  /** A plain integer 1900–2100 written without sign, separator, decimals, scale or suffix. */
  yearLike: boolean;
  /**
   * A figure without decimals written after "roughly", "about", "around", "some", "~": rounded at its last nonzero digit
   * ("roughly 640" is 635–645). Not set on figures with decimals, whose rounding their digits already say.
   */
  approximate?: true;
  style: NumberStyle;
}

export interface RangeToken {
  start: number;
  end: number;
  text: string;
  from: NumberToken;
  to: NumberToken;
  /** The text between the two numbers as written: '–', '-', ' – ', ' to ', ' and ' (only after "between"). */
  joiner: string;
  /** Effective kind of `from`: 'percent' for the 61 of "61–73%", 'currency' for the 5 of "5–6 billion yen". */
  unitFrom: NumberKind;
  /** Effective kind of `to`: 'currency' for the 6 billion of "USD 5–6 billion". */
  unitTo: NumberKind;
}

const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const ORDINAL_VALUES = new Map<string, number>();
const CARDINAL_VALUES = new Map<string, number>([['hundred', 100]]);
UNIT_ORDINALS.forEach((w, i) => ORDINAL_VALUES.set(w, i + 1));
TEEN_ORDINALS.forEach((w, i) => ORDINAL_VALUES.set(w, i + 10));
TENS_ORDINALS.forEach((w, i) => ORDINAL_VALUES.set(w, 20 + 10 * i));
UNITS.forEach((w, i) => CARDINAL_VALUES.set(w, i + 1));
TEENS.forEach((w, i) => CARDINAL_VALUES.set(w, i + 10));
TENS.forEach((w, i) => CARDINAL_VALUES.set(w, 20 + 10 * i));

const HYPHENS = /[-\u2010]/;

/** Value of a hyphenated compound such as "twenty-first" or "forty-two"; `units` holds the words for 1–9. */
function compoundValue(word: string, units: ReadonlyMap<string, number>): number | undefined {
  const parts = word.split(HYPHENS);
  if (parts.length !== 2) return undefined;
  const tens = TENS.indexOf(parts[0]!);
  const unit = units.get(parts[1]!);
  return tens >= 0 && unit !== undefined && unit < 10 ? 20 + 10 * tens + unit : undefined;
}

/** Cardinal words one…twenty, thirty…ninety, hundred and hyphenated compounds ("forty-two"); case-insensitive. */
export function spelledNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return CARDINAL_VALUES.get(w) ?? compoundValue(w, CARDINAL_VALUES);
}

/** Ordinal words first…twentieth, thirtieth…ninetieth and hyphenated compounds ("twenty-first"); case-insensitive. */
export function spelledOrdinal(word: string): number | undefined {
  const w = word.toLowerCase();
  return ORDINAL_VALUES.get(w) ?? compoundValue(w, ORDINAL_VALUES);
}

function ordinalWord(n: number): string | undefined {
  if (n >= 1 && n <= 9) return UNIT_ORDINALS[n - 1];
  if (n >= 10 && n <= 19) return TEEN_ORDINALS[n - 10];
  if (n >= 20 && n <= 99) {
    const tens = Math.floor(n / 10) - 2;
    return n % 10 === 0 ? TENS_ORDINALS[tens] : `${TENS[tens]}-${UNIT_ORDINALS[(n % 10) - 1]}`;
  }
  return undefined;
}

function englishOrdinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

// ---------------------------------------------------------------------------------------------
// The scanner: one global regex, one alternative per token shape, each guarded by lookbehinds.

/** Every letter as a [xX] class: JavaScript (Node 20) has no inline case-insensitivity modifier. */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const WORD = String.raw`\p{L}\p{M}\p{N}_`;
const NOT_WORD_AFTER = `(?![${WORD}])`;
/** A token may not start inside a word, a number ("3.5"), a symbol-led code ("A$5", "#2a") or after ".": ".5" is no number. */
const TOKEN_START = `(?<![${WORD}.$¥€£₩#]|\\d,)`;
// Only these characters make a following +, - or − a sign: "2015-2024" and "SE-111" carry none.
const SIGN = String.raw`(?:(?<=^|[\s(\[;:,*|"“'‘=])(?<SIGN>[+\-\u2212]))?`;
// A separator groups only when 1–3 digits precede and exactly 3 digits follow; with decimal commas, a point groups.
const intPattern = (groups: string): string => String.raw`(?<INT>\d{1,3}(?:(?<GRP>[${groups}])\d{3}(?!\d)(?:\k<GRP>\d{3}(?!\d))*)|\d+)`;
// "1.2.3" (section and version numbers, IP addresses) is not a number at all. With decimal points, "8,3" is not
// a number either (a comma before 1–2 or 4+ digits groups nothing): it is left unread, never read as 8 or 3.
const FRAC_POINT = String.raw`(?:\.(?<FRAC>\d+))?(?!\d|\.\d|,\d)`;
const FRAC_COMMA = String.raw`(?:,(?<FRAC>\d+))?(?!\d|,\d|\.\d)`;
// Hard-wrapped Markdown may put a line break between a number and its scale or currency word ("USD 6.1\nbillion").
const GAP = String.raw`(?:[ \u00a0]|\r?\n[ \t]*)`;
const SCALE_WORDS = String.raw`${GAP}(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)|[ \u00a0]?(?:bn|tn)`;
// Single-letter scales ("$5m", "$2B") are only read after a currency prefix, where they cannot be units.
const SCALE_AFTER_CURRENCY = String.raw`${SCALE_WORDS}|[ \u00a0]?(?:mn|[kmMB])`;
/**
 * ISO 4217 codes read as a currency before or after a figure ("AUD 119.4 million", "CHF 12.3 million", "4.5 NOK"): a
 * user's dataset may keep its money in any of them. Codes that are also common words or names in capitals (PHP, TRY)
 * are left out.
 */
export const CURRENCY_CODES_ISO = ['USD', 'JPY', 'EUR', 'SEK', 'KRW', 'GBP', 'CNY', 'AUD', 'NZD', 'CAD', 'CHF', 'NOK', 'DKK', 'ISK', 'CZK', 'PLN', 'HUF', 'RON', 'BGN', 'INR', 'SGD', 'HKD', 'TWD', 'ZAR', 'BRL', 'MXN', 'ILS', 'THB', 'VND', 'MYR', 'IDR', 'KES', 'EGP', 'CLP', 'COP', 'PEN'] as const;
const CODES = CURRENCY_CODES_ISO.join('|');
/** A currency code as a word, in capitals only ("EUR million", "CHF"): for table headers and labels. */
export const CURRENCY_CODE_WORD = new RegExp(String.raw`\b(?:${CODES})\b`);
/** The same, every one in a text (to blank them out). */
export const CURRENCY_CODE_WORDS = new RegExp(CURRENCY_CODE_WORD.source, 'g');
/** The first letters of the codes, for the scanner's cheap first-character tests. */
const CODE_STARTS = [...new Set(CURRENCY_CODES_ISO.map((c) => c[0]))].join('');
const CURRENCY_SUFFIX = String.raw`${GAP}(?:US dollars|dollars?|euros?|kronor|krona|yen|won|${CODES})`;
// "A$ 7.4 million", "NZ$3.1m": a dollar named by its country's letters.
const CURRENCY_PREFIX = String.raw`US\$|A\$|NZ\$|CA?\$|S\$|HK\$|(?:${CODES})${GAP}?|[$¥€£₩]`;
const PERCENT = String.raw`[ \u00a0]?%| (?:per cent|percent|pc)${NOT_WORD_AFTER}`;

const named = (pattern: string, prefix: string): string => pattern.replace(/<(?=[A-Z]+>)/g, `<${prefix}`);

const SPELLED_ORDINAL = [
  `(?:${TENS.map(anyCase).join('|')})[-\u2010](?:${UNIT_ORDINALS.map(anyCase).join('|')})`,
  ...[...TEEN_ORDINALS, ...TENS_ORDINALS, ...UNIT_ORDINALS].map(anyCase),
].join('|');

const SIGN_CHARS = String.raw`+\-\u2212`;
function scanSource(mark: DecimalMark): string {
  const INT = intPattern(mark === '.' ? ', \\u00a0\\u202f\\u2009' : '. \\u00a0\\u202f\\u2009');
  const FRAC = mark === '.' ? FRAC_POINT : FRAC_COMMA;
  return (
  // Cheap first-character tests, overall and per alternative, keep the Unicode lookbehinds to positions
  // where a token can start: 4× faster over whole drafts.
  String.raw`(?:(?=[\d${SIGN_CHARS}$¥€£₩#])|(?<![A-Za-z0-9_.])(?=[hwDdFfSsTtEeNn${CODE_STARTS}]))(?:` +
  [
    // URLs and DOIs are skipped whole: their digits are identifiers, never figures; so are clock times ("10:42").
    String.raw`(?<skip>(?:https?:\/\/|www\.|[Dd][Oo][Ii]:\s?|(?<![${WORD}.])10\.\d{4,9}\/)[^\s<>()\[\]"]*|(?<![\d:.,])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:]))`,
    // "twenty-first" is read whole, so "co-first" and the "first" of a compound never stand alone.
    String.raw`(?=[FfSsTtEeNn])(?<![${WORD}\-\u2010])(?<spelled>${SPELLED_ORDINAL})${NOT_WORD_AFTER}`,
    String.raw`(?=[Nn#])${TOKEN_START}(?<noPrefix>[Nn]o\.[ \u00a0]?|#)(?<noInt>\d+)(?!\d|\.\d)${NOT_WORD_AFTER}`,
    String.raw`(?=\d)${TOKEN_START}${named(INT, 'o')}(?<oSuffix>st|nd|rd|th)${NOT_WORD_AFTER}`,
    String.raw`(?=[${SIGN_CHARS}$¥€£₩${CODE_STARTS}])${TOKEN_START}${named(SIGN, 'c')}(?<cPrefix>${CURRENCY_PREFIX})${named(INT, 'c')}` +
      String.raw`${named(FRAC, 'c')}(?<cScale>${SCALE_AFTER_CURRENCY})?(?<cSuffix>${CURRENCY_SUFFIX})?${NOT_WORD_AFTER}`,
    String.raw`(?=[\d${SIGN_CHARS}])${TOKEN_START}${named(SIGN, 'p')}${named(INT, 'p')}${named(FRAC, 'p')}` +
      String.raw`(?:(?<pPercent>${PERCENT})|(?<pScale>${SCALE_WORDS})?(?<pSuffix>${CURRENCY_SUFFIX})?${NOT_WORD_AFTER})`,
  ].join('|') +
  ')');
}
const SCANS: Record<DecimalMark, RegExp> = { '.': new RegExp(scanSource('.'), 'gu'), ',': new RegExp(scanSource(','), 'gu') };

const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', 'a$': 'AUD', 'nz$': 'NZD', 'c$': 'CAD', 'ca$': 'CAD', 's$': 'SGD', 'hk$': 'HKD', '¥': 'JPY', '€': 'EUR', '£': 'GBP', '₩': 'KRW',
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', yen: 'JPY', euro: 'EUR', euros: 'EUR',
  krona: 'SEK', kronor: 'SEK', won: 'KRW',
};
// The plurals and "'000" are a table header's ("Passengers 2024 (millions)", "Staff ('000)"); a figure's own scale
// word (SCALE_WORDS) is never one of them.
const SCALES: Record<string, Scale> = {
  k: 'thousand', thousand: 'thousand', thousands: 'thousand', "'000": 'thousand', "'000s": 'thousand', '000s': 'thousand',
  m: 'million', mn: 'million', million: 'million', millions: 'million',
  b: 'billion', bn: 'billion', billion: 'billion', billions: 'billion', tn: 'trillion', trillion: 'trillion', trillions: 'trillion',
};

/** The scale a scale word names ("million", "bn", "thousands", "'000"), or undefined. */
export function scaleOfWord(word: string): Scale | undefined {
  return SCALES[word.trim().toLowerCase()];
}

/** 'USD ' → 'USD', ' kronor' → 'SEK', '$' → 'USD'. */
function currencyCode(text: string): string {
  const t = text.trim();
  return CURRENCY_CODES[t.toLowerCase()] ?? t;
}

function makeStyle(decimalMark: DecimalMark): NumberStyle {
  return { group: '', sign: '', percentSuffix: '', currencyPrefix: '', scaleText: '', currencySuffix: '', ordinalSuffix: '', ordinalPrefix: '', decimalMark };
}

// Decimals written with a comma and nothing else that says otherwise: "8,3 %", "2,35"; never in "<sup>9,10</sup>" or "[3,4]".
const COMMA_DECIMAL = /(?<![\d.,>\[])\d+,\d{1,2}(?![\d,<\]])/g;
// Evidence of decimal points: "9.3%", "USD 6.1 billion", "1,553.5", "4,181,000".
const POINT_DECIMAL = /\d\.\d+(?:[ \u00a0]?%| per ?cent| ?(?:bn|billion|million|m\b))|\d,\d{3}(?:\.\d|,\d{3})/g;

/** The document's decimal mark: a comma only when it writes decimal commas and never a decimal point with a unit. */
export function detectDecimalMark(text: string): DecimalMark {
  if (!text.includes(',')) return '.';
  COMMA_DECIMAL.lastIndex = 0;
  if (!COMMA_DECIMAL.test(text)) return '.';
  POINT_DECIMAL.lastIndex = 0;
  return POINT_DECIMAL.test(text) ? '.' : ',';
}

/**
 * Where the first match of each pattern of detectDecimalMark starts in a text (-1: none; the point's -2: not looked
 * for, as no decimal comma asked for it), and the mark they give: kept per version, so that the next version's mark is
 * found from the lines an edit changed, not a scan of the whole text on every keystroke (every match of either
 * pattern lies within one line and reads nothing beyond it).
 */
export interface DecimalEvidence {
  readonly comma: number;
  readonly point: number;
  readonly mark: DecimalMark;
}

function firstMatch(re: RegExp, text: string, from = 0): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function withMark(comma: number, point: number, text: string): DecimalEvidence {
  if (comma >= 0 && point === -2) point = firstMatch(POINT_DECIMAL, text);
  return { comma, point, mark: comma >= 0 && point < 0 ? ',' : '.' };
}

/**
 * The evidence of `text`, from that of the previous version and the edit between them (editBetween: the same text
 * before `prefix`, the same after `oldEnd` and `newEnd`) when given, else from a scan. Its mark is detectDecimalMark's.
 */
export function decimalEvidence(text: string, previous?: { text: string; evidence: DecimalEvidence; edit: { prefix: number; oldEnd: number; newEnd: number } }): DecimalEvidence {
  if (!previous) return withMark(firstMatch(COMMA_DECIMAL, text), -2, text);
  const { text: old, evidence, edit } = previous;
  // The changed lines: from the start of the line of the edit's start to the end of the line of its end.
  // (lastIndexOf reads a negative start as 0: at prefix 0 the line is the first whatever the text's first character.)
  const from = edit.prefix === 0 ? 0 : text.lastIndexOf('\n', edit.prefix - 1) + 1;
  const newTo = text.indexOf('\n', edit.newEnd);
  const to = newTo < 0 ? text.length : newTo;
  const oldLineEnd = old.indexOf('\n', edit.oldEnd);
  const oldTo = oldLineEnd < 0 ? old.length : oldLineEnd;
  const window = text.slice(from, to);
  const first = (re: RegExp, before: number): number => {
    if (before === -2) return -2;
    // A first match on a line before the changed ones stands; else none stood before them.
    if (before >= 0 && before < from) return before;
    const inWindow = firstMatch(re, window);
    if (inWindow >= 0) return from + inWindow;
    if (before < 0) return -1;
    // After the changed lines, the same lines as before, moved by the edit's length.
    if (before >= oldTo) return before + (text.length - old.length);
    // The first match stood on a changed line and is gone: the next one after them, if any.
    return firstMatch(re, text, to);
  };
  return withMark(first(COMMA_DECIMAL, evidence.comma), first(POINT_DECIMAL, evidence.point), text);
}

function parseDigits(int: string, group: string, frac: string | undefined): number {
  const digits = group === '' ? int : int.replaceAll(group, '');
  return Number(frac === undefined ? digits : `${digits}.${frac}`);
}

/**
 * Finds the numbers in `text`, in order and non-overlapping. URLs and DOIs (`https://…`, `doi:10.1787/…`,
 * bare `10.1787/…`) yield nothing; neither do digits inside words (`K2K`, `6G`, `41e807f9`) or decades (`1990s`).
 */
/**
 * False only for text where scanNumbers finds nothing: every token has an ASCII digit or is a spelled ordinal,
 * and every spelled ordinal contains "first", "second", "third" or ends in "th". A quick test for prose.
 */
const MAY_HOLD_NUMBER = /[0-9]|first|second|third|th\b/i;

export function mayHoldNumbers(text: string): boolean {
  return MAY_HOLD_NUMBER.test(text);
}

/** A double holds 15 significant decimal digits exactly: a number written with more cannot be checked at its precision. */
export const MAX_CHECKABLE_DIGITS = 15;

/**
 * Whether arithmetic on the token is exact at its stated precision: a finite value written with at most
 * MAX_CHECKABLE_DIGITS digits. Others ("1e309"-like digit runs, 101 decimals) are no claim any rule can check.
 */
export function isCheckable(token: NumberToken): boolean {
  if (!Number.isFinite(token.value)) return false;
  let digits = 0;
  for (let i = 0; i < token.text.length; i++) {
    const c = token.text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits > MAX_CHECKABLE_DIGITS) return false;
  }
  return true;
}

const APPROXIMATE_BEFORE = /(?:^|[^\p{L}])(?:roughly|about|around|approximately|approx\.|some|circa|~)\s*$/iu;

/** After a spelled ordinal: a hyphen and a word that is neither a superlative nor a word of place or rank. */
const COMPOUNDED_AFTER = /^[-\u2010](?!(?:\p{L}+(?:est|most)|plac(?:e|ed|ing)|rank(?:ed|ing)?|position|tier|ever)\b)\p{L}/u;

export function scanNumbers(text: string, decimalMark: DecimalMark = '.'): NumberToken[] {
  const SCAN = SCANS[decimalMark];
  SCAN.lastIndex = 0;
  const tokens: NumberToken[] = [];
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    const g = m.groups!;
    if (g.skip !== undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const style = makeStyle(decimalMark);
    const token: NumberToken = { start, end, text: m[0], kind: 'plain', value: 0, decimals: 0, yearLike: false, style };
    if (g.spelled !== undefined) {
      // "first-sale value", "second-hand", "third-party": a spelled ordinal compounded with a word that is no
      // superlative or place ("second-largest", "third-placed" stay ordinals) is part of that word.
      if (COMPOUNDED_AFTER.test(text.slice(end, end + 24))) continue;
      token.kind = 'ordinal';
      token.value = spelledOrdinal(g.spelled)!;
      token.spelled = true;
    } else if (g.noPrefix !== undefined) {
      token.kind = 'ordinal';
      token.value = Number(g.noInt);
      style.ordinalPrefix = g.noPrefix;
    } else if (g.oINT !== undefined) {
      token.kind = 'ordinal';
      style.group = (g.oGRP ?? '') as NumberStyle['group'];
      token.value = parseDigits(g.oINT, style.group, undefined);
      style.ordinalSuffix = g.oSuffix!;
    } else {
      // The currency alternative's groups or the plain one's, by literal names: a computed name is a new string to
      // look up on every token.
      const currency = g.cINT !== undefined;
      style.sign = ((currency ? g.cSIGN : g.pSIGN) ?? '') as NumberStyle['sign'];
      style.group = ((currency ? g.cGRP : g.pGRP) ?? '') as NumberStyle['group'];
      const frac = currency ? g.cFRAC : g.pFRAC;
      const magnitude = parseDigits((currency ? g.cINT : g.pINT)!, style.group, frac);
      token.value = style.sign === '' || style.sign === '+' || magnitude === 0 ? magnitude : -magnitude;
      token.decimals = frac?.length ?? 0;
      const scaleText = currency ? g.cScale : g.pScale;
      if (scaleText !== undefined) {
        style.scaleText = scaleText;
        token.scale = scaleOfWord(scaleText);
      }
      style.currencyPrefix = g.cPrefix ?? '';
      style.currencySuffix = (currency ? g.cSuffix : g.pSuffix) ?? '';
      if (style.currencyPrefix !== '' || style.currencySuffix !== '') {
        token.kind = 'currency';
        token.currency = currencyCode(style.currencyPrefix || style.currencySuffix);
      } else if (g.pPercent !== undefined) {
        token.kind = 'percent';
        style.percentSuffix = g.pPercent as NumberStyle['percentSuffix'];
      } else {
        token.yearLike =
          scaleText === undefined && style.sign === '' && style.group === '' && frac === undefined &&
          token.value >= 1900 && token.value <= 2100;
      }
    }
    // Beyond 2^53 digits are no longer exact (and beyond ~1.8e308 the value is Infinity): such a number is not read.
    if (!(Math.abs(token.value) <= Number.MAX_SAFE_INTEGER)) continue;
    // Only a figure without decimals is widened by "roughly" (endpoint-bounds.ts): the words are looked for there alone.
    // "2018/19", "2018/2019": the second year of a season or financial year written across two years is part of the
    // first one's token (its value the first year), no figure of its own; that the time is a season is read from the
    // token's text where it matters (a dataset may name the season by either year).
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.yearLike && last.end === start - 1 && text.charCodeAt(last.end) === 47 && token.kind === 'plain' && token.decimals === 0 && token.style.sign === '' && (token.value === last.value + 1 || (m[0].length === 2 && token.value === (last.value + 1) % 100))) {
      last.end = end;
      last.text = text.slice(last.start, end);
      continue;
    }
    if (token.decimals === 0 && start > 0) {
      const before = text.charCodeAt(start - 1);
      if ((before === 32 || before === 126) && APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) token.approximate = true;
    }
    tokens.push(token);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Ranges

const RANGE_JOINER = /[ \u00a0]*[-\u2010\u2011\u2013\u2014][ \u00a0]*| to | and |[ \u00a0]*(?:→|->)[ \u00a0]*/y;
const DASH_JOINER = /^[ \u00a0]*[-\u2010\u2011\u2013\u2014][ \u00a0]*$/;

/** "2015–24": a two-digit end after a year and a dash is the year of the same century (or the next). */
function shortYearEnd(from: NumberToken, to: NumberToken, joiner: string): boolean {
  if (!from.yearLike || to.kind !== 'plain' || to.text.length !== 2 || !DASH_JOINER.test(joiner)) return false;
  const century = Math.floor(from.value / 100) * 100;
  const year = century + to.value > from.value ? century + to.value : century + 100 + to.value;
  if (year - from.value > 50) return false;
  to.value = year;
  to.yearLike = true;
  return true;
}
const BETWEEN_BEFORE = /(?:^|[^\p{L}])[Bb]etween $/u;

/** Effective kinds of a candidate pair, or undefined when the two numbers cannot form a range. */
function rangeUnits(from: NumberToken, to: NumberToken): [NumberKind, NumberKind] | undefined {
  // "in 2015 to 638 in 2024": a year never pairs with a non-year.
  if (from.yearLike !== to.yearLike) return undefined;
  if (from.currency !== undefined && to.currency !== undefined && from.currency !== to.currency) return undefined;
  if (from.kind === to.kind) return [from.kind, to.kind];
  if (from.kind === 'plain' && (to.kind === 'percent' || to.kind === 'currency')) return [to.kind, to.kind];
  // "USD 5–6 billion": the prefix of the first number governs the second.
  if (from.kind === 'currency' && from.style.currencyPrefix !== '' && to.kind === 'plain') return ['currency', 'currency'];
  return undefined;
}

/**
 * Joins consecutive tokens separated only by a dash (optionally spaced) or " to " (and " and " after "between")
 * into ranges: "2015–2024", "from 2017 to 2024", "61–73%", "USD 5–6 billion". A leading "from"/"between" is not
 * part of the range. Ranges do not overlap: in "1–2–3" only "1–2" pairs.
 */
export function pairRanges(text: string, tokens: readonly NumberToken[]): RangeToken[] {
  const ranges: RangeToken[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const from = tokens[i]!;
    const to = tokens[i + 1]!;
    RANGE_JOINER.lastIndex = from.end;
    const joined = RANGE_JOINER.exec(text);
    if (joined === null || RANGE_JOINER.lastIndex !== to.start) continue;
    const joiner = joined[0];
    if (joiner === ' and ' && !BETWEEN_BEFORE.test(text.slice(Math.max(0, from.start - 9), from.start))) continue;
    // An arrow joins only years into a period ("2015 → 2024"); between quantities it states a change.
    if (/→|->/.test(joiner) && !(from.yearLike && to.yearLike)) continue;
    shortYearEnd(from, to, joiner);
    const units = rangeUnits(from, to);
    if (units === undefined) continue;
    ranges.push({ start: from.start, end: to.end, text: text.slice(from.start, to.end), from, to, joiner, unitFrom: units[0], unitTo: units[1] });
    i++;
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// Rounding and formatting

// Relative slack for binary noise: 2.675 * 100 is 267.49999999999997 and must still round up.
const ROUNDING_EPSILON = 1e-12;

/** Rounds half away from zero at `decimals` (a non-negative integer) as if `value` were the decimal it prints as. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  if (!Number.isFinite(scaled) || scaled >= 2 ** 52) return value;
  const units = Math.floor(scaled + 0.5 + scaled * ROUNDING_EPSILON);
  if (units === 0) return 0;
  return value < 0 ? -units / factor : units / factor;
}

/**
 * Whether `stated` (written with `decimals` digits) is `trueValue` rounded at that precision. When `trueValue`
 * lies on a .5 boundary (within 1e-9 relative), rounding either way is accepted.
 */
export function isConsistentAtPrecision(stated: number, decimals: number, trueValue: number): boolean {
  const factor = 10 ** decimals;
  const statedUnits = stated * factor;
  const sameUnits = (units: number): boolean => Math.abs(statedUnits - units) < 1e-6;
  const expected = roundHalfAwayFromZero(trueValue, decimals) * factor;
  if (sameUnits(expected)) return true;
  const scaled = trueValue * factor;
  const below = Math.floor(scaled);
  if (Math.abs(scaled - below - 0.5) > 1e-9 * Math.abs(scaled)) return false;
  return sameUnits(below) || sameUnits(below + 1);
}

/** Uppercase, capitalised or lowercase, as `like` is written. */
function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

function groupDigits(int: string, separator: string): string {
  if (separator === '' || int.length < 4) return int;
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}

/**
 * A whole, unsigned number the scanner did not produce, written as `text` at [start, end): a place said in words
 * ("the top spot"), a count written as words ("eleven"). No separator, sign, scale or suffix.
 */
export function plainToken(start: number, end: number, text: string, value: number, spelled = false): NumberToken {
  return {
    start,
    end,
    text,
    kind: 'plain',
    value,
    decimals: 0,
    ...(spelled ? { spelled } : {}),
    yearLike: false,
    style: { group: '', sign: '', percentSuffix: '', currencyPrefix: '', scaleText: '', currencySuffix: '', ordinalSuffix: '', ordinalPrefix: '', decimalMark: '.' },
  };
}

/**
 * Formats `value` (sign applied, scale not applied) in `like`'s style at `decimals` (default: like's).
 * Digit ordinals get the suffix the new value needs ("2nd" → "3rd"); spelled ordinals stay spelled
 * in like's capitalisation (1–99; others fall back to digits). −0 formats as 0.
 */
export function formatLike(value: number, like: NumberToken, decimals: number = like.decimals): string {
  const style = like.style;
  const ordinal = like.kind === 'ordinal';
  const places = ordinal ? 0 : decimals;
  const rounded = roundHalfAwayFromZero(value, places);
  if (like.spelled) {
    const word = ordinalWord(rounded);
    if (word !== undefined) return matchCase(word, like.text);
  }
  const sign =
    rounded < 0 ? (style.sign === '-' || style.sign === '\u2212' ? style.sign : '-') : style.sign === '+' ? '+' : '';
  const [int, frac] = Math.abs(rounded).toFixed(places).split('.') as [string, string | undefined];
  // An author who wrote "2015" writes no separator at four digits; one who wrote "638" gets the English comma.
  const separator = style.group !== '' ? style.group : Math.abs(like.value) >= 1000 || style.decimalMark === ',' ? '' : ',';
  const ordinalSuffix = ordinal && (style.ordinalSuffix !== '' || like.spelled) ? englishOrdinalSuffix(Math.abs(rounded)) : '';
  return (
    sign + style.ordinalPrefix + style.currencyPrefix + groupDigits(int, separator) + (frac === undefined ? '' : `${style.decimalMark}${frac}`) +
    style.scaleText + style.currencySuffix + style.percentSuffix + ordinalSuffix
  );
}
