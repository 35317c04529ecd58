// Evaluates a growth formula written in TeX ($…$) or plain text, so it can be compared with the standard one numerically.
type Variables = { F: number; I: number; n: number };
type Expr = (v: Variables) => number;

/** Reads a variable name as final value (F), initial value (I) or number of years (n). */
function classify(name: string): 'F' | 'I' | 'n' | undefined {
  const lower = name.toLowerCase().replace(/[\s{}_\\]/g, ' ').trim();
  if (/\b(final|end(ing)?|last|current|new)\b|^v ?f$|^f$/.test(lower)) return 'F';
  if (/\b(initial|start(ing)?|begin(ning)?|base|old|original|first|previous|prior)\b|^v ?(i|0)$|^i$/.test(lower)) return 'I';
  if (/^(n|t|years?|periods?|number of (years|periods))$/.test(lower)) return 'n';
  return undefined;
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
/**
 * "V₂₀₂₄", "value 2024", "2024 value", "papers_{2024}" (acc-change6): a value named by its year, written as name_YEAR so
 * that two years of one name read as the initial and the final value.
 */
function yearNamesWritten(source: string): string {
  return source
    .replace(/([A-Za-z]+)([₀-₉]{4})(?![₀-₉])/g, (_, name: string, digits: string) => `${name}_${[...digits].map((d) => SUBSCRIPT_DIGITS.indexOf(d)).join('')}`)
    .replace(/\b(?:value|count|output|total)\s+(?:in\s+|of\s+)?((?:19|20)\d{2})\b/gi, 'V_$1')
    .replace(/\b((?:19|20)\d{2})\s+(?:value|count|output|total)\b/gi, 'V_$1');
}

/** The years of a formula whose values are named by two years of one name ("V₂₀₂₄ / V₂₀₁₅"): their span, the n the formula must use. */
export function formulaYearSpan(source: string): number | undefined {
  // Two bare years as the values' names: the years between them.
  const bare = bareYears(source);
  if (bare) return bare[1] - bare[0];
  const written = yearNamesWritten(source);
  const indexed = [...written.matchAll(YEAR_INDEXED)].map((m) => ({ name: m[1]!, year: Number(m[2] ?? m[3]) }));
  const years = [...new Set(indexed.map((m) => m.year))].sort();
  return new Set(indexed.map((m) => m.name)).size === 1 && years.length === 2 ? years[1]! - years[0]! : undefined;
}

/**
 * "Growth = (2024 − 2015) / 2015", "CAGR = (2024 / 2015)^(1/9) − 1": a formula of no names but two years uses the
 * years as the names of their values, the later one final, the earlier initial. A formula with names ("(F/I)^(1/(2024 −
 * 2015))") keeps its years as numbers.
 */
function yearsAsNames(source: string): string {
  const bare = bareYears(source);
  return bare ? source.replace(/\b(?:19|20)\d{2}\b/g, (y) => (Number(y) === bare[1] ? 'F' : 'I')) : source;
}

/** The two years, earlier first, of a formula that names nothing else; undefined for any other formula. */
function bareYears(source: string): [number, number] | undefined {
  if (/\p{L}/u.test(source)) return undefined;
  const years = [...new Set(source.match(/\b(?:19|20)\d{2}\b/g) ?? [])].map(Number).sort((a, b) => a - b);
  return years.length === 2 ? [years[0]!, years[1]!] : undefined;
}

/** Rewrites TeX into a plain expression over F, I and n; undefined when a name cannot be read. */
export function normaliseFormula(source: string): string | undefined {
  let s = indexedNames(yearNamesWritten(yearsAsNames(source))).replace(/\\(?:left|right|big|Big|bigg|Bigg)\b/g, '').replace(/\\[,;!: ]/g, ' ').replace(/[−–]/g, '-').replace(/\\%|%/g, '');
  s = s.replace(/\\(?:times|cdot)/g, '*').replace(/×|·/g, '*').replace(/÷/g, '/');
  let unknown = false;
  s = s.replace(/\\(?:text|mathrm|textit|mathit|operatorname)\s*\{([^{}]*)\}/g, (_, name: string) => {
    const v = classify(name);
    if (!v) unknown = true;
    return ` ${v ?? '?'} `;
  });
  for (let guard = 0; guard < 20 && /\\frac/.test(s); guard++) {
    s = s.replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/, '(($1)/($2))');
  }
  s = s.replace(/[{}[\]]/g, (c) => (c === '{' || c === '[' ? '(' : ')'));
  s = s.replace(/[A-Za-z][A-Za-z_ ]*[A-Za-z]|[A-Za-z]/g, (name) => {
    if (/^[FIn]$/.test(name)) return name;
    const v = classify(name);
    if (!v) unknown = true;
    return v ?? '?';
  });
  return unknown || /[\\?]/.test(s) ? undefined : s;
}

const SUBSCRIPTS: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2' };
const INDEXED_NAME = /(?<![A-Za-z\\])([A-Za-z]+)_(?:\{([0-2])\}|([0-2]))/g;

/**
 * "s₁ … s₂", "x_1 … x_{2}": one name with the indices 1 and 2 (or 0 and 1) is the initial and the final value.
 * Only when the source holds exactly those two indices of one name; anything else is left for the names' words.
 */
function indexedNames(source: string): string {
  const years = yearIndexedNames(source);
  if (years !== source) return years;
  // "V_t / V_0", "x_{T} / x_{0}" (acc-change6): one name indexed by 0 and by the period's letter is the initial and the final value.
  const timed = [...source.matchAll(TIME_INDEXED)];
  if (timed.length > 0 && new Set(timed.map((m) => m[1])).size === 1 && new Set(timed.map((m) => m[2] ?? m[3])).size === 2 && timed.some((m) => (m[2] ?? m[3]) === '0')) {
    return source.replace(TIME_INDEXED, (_, _name: string, braced?: string, bare?: string) => ((braced ?? bare) === '0' ? ' I ' : ' F '));
  }
  // "V2 − V1": a one-letter name with a bare digit 0–2 reads as indexed.
  const plain = source.replace(/[₀₁₂]/g, (c) => `_${SUBSCRIPTS[c]}`).replace(/(?<![A-Za-z\\_])([A-Za-z])([0-2])(?![\w])/g, '$1_$2');
  const indexed = [...plain.matchAll(INDEXED_NAME)].map((m) => ({ name: m[1]!, index: m[2] ?? m[3]! }));
  if (indexed.length === 0) return source;
  const names = new Set(indexed.map((m) => m.name));
  const indices = [...new Set(indexed.map((m) => m.index))].sort();
  if (names.size !== 1 || indices.length !== 2 || indices[1] === '0') return source;
  return plain.replace(INDEXED_NAME, (_, _name: string, braced?: string, bare?: string) => ((braced ?? bare) === indices[1] ? ' F ' : ' I '));
}

const TIME_INDEXED = /(?<![A-Za-z\\])([A-Za-z]+)_(?:\{([0tTnN])\}|([0tTnN]))(?![A-Za-z])/g;
const YEAR_INDEXED = /(?<![A-Za-z\\])([A-Za-z]+)_(?:\{((?:19|20)\d\d)\}|((?:19|20)\d\d))/g;

/** "x_{2024} − x_{2015}": one name indexed by two years is the value of the earlier year (initial) and the later (final). */
function yearIndexedNames(source: string): string {
  const indexed = [...source.matchAll(YEAR_INDEXED)].map((m) => ({ name: m[1]!, year: Number(m[2] ?? m[3]) }));
  if (indexed.length === 0) return source;
  const names = new Set(indexed.map((m) => m.name));
  const years = [...new Set(indexed.map((m) => m.year))].sort();
  if (names.size !== 1 || years.length !== 2) return source;
  return source.replace(YEAR_INDEXED, (_, _name: string, braced?: string, bare?: string) => (Number(braced ?? bare) === years[1] ? ' F ' : ' I '));
}

/** Removes words after a formula's last operand ("… / new × 100 throughout this deck"). */
export function withoutTrailingWords(body: string): string {
  const m = /^(.*?[\d)}])(\s+[\p{L}\s]+)$/u.exec(body);
  return m ? m[1]! : body;
}

export function compileFormula(expression: string): Expr | undefined {
  const tokens = expression.match(/\d+(?:\.\d+)?|[FIn]|[-+*/^()]/g);
  if (!tokens || tokens.join('') !== expression.replace(/\s+/g, '')) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): Expr => {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++];
      const right = term();
      const l = left;
      left = op === '+' ? (v) => l(v) + right(v) : (v) => l(v) - right(v);
    }
    return left;
  };
  const term = (): Expr => {
    let left = unary();
    for (;;) {
      const op = peek();
      if (op === '*' || op === '/') {
        i++;
        const right = unary();
        const l = left;
        left = op === '*' ? (v) => l(v) * right(v) : (v) => l(v) / right(v);
      } else if (op === '(' || (op !== undefined && /^[\dFIn]/.test(op))) {
        const right = unary(); // implicit multiplication: 100(F/I)
        const l = left;
        left = (v) => l(v) * right(v);
      } else return left;
    }
  };
  const unary = (): Expr => {
    if (peek() === '-') {
      i++;
      const inner = unary();
      return (v) => -inner(v);
    }
    return power();
  };
  const power = (): Expr => {
    const base = atom();
    if (peek() === '^') {
      i++;
      const exponent = unary();
      return (v) => Math.pow(base(v), exponent(v));
    }
    return base;
  };
  const atom = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) throw new Error('unexpected end');
    if (t === '(') {
      const inner = expr();
      if (tokens[i++] !== ')') throw new Error('missing )');
      return inner;
    }
    if (t === 'F' || t === 'I' || t === 'n') return (v) => v[t];
    if (/^\d/.test(t)) {
      const value = Number(t);
      return () => value;
    }
    throw new Error(`unexpected ${t}`);
  };
  try {
    const compiled = expr();
    return i === tokens.length ? compiled : undefined;
  } catch {
    return undefined;
  }
}

export type FormulaKind = 'cagr' | 'percent-change' | 'points';

const SAMPLES: Variables[] = [
  { F: 638, I: 287, n: 9 },
  { F: 5, I: 2, n: 7 },
  { F: 0.5, I: 3, n: 2 },
];

const STANDARD: Record<FormulaKind, Expr> = {
  cagr: ({ F, I, n }) => Math.pow(F / I, 1 / n) - 1,
  'percent-change': ({ F, I }) => (F - I) / I,
  points: ({ F, I }) => F - I,
};

export const STANDARD_TEXT: Record<FormulaKind, string> = {
  cagr: '(Final / Initial)^(1/n) − 1',
  'percent-change': '(Final − Initial) / Initial',
  points: 'Final − Initial',
};

/** Equivalent when it equals the standard formula, or 100 times it, at every sample point. */
export function isEquivalent(formula: Expr, kind: FormulaKind, fixedN?: number): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // Values named by their years fix the period: the formula may write its n as a number ("^(1/9)" for 2015–2024).
  const samples = fixedN === undefined ? SAMPLES : SAMPLES.map((v) => ({ ...v, n: fixedN }));
  return [1, 100].some((factor) => samples.every((v) => close(formula(v), STANDARD[kind](v) * factor)));
}
