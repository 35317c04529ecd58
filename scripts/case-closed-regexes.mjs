// Build step of the CLI bundle (scripts/bundle-cli.mjs): rewrites each regex with flags `i` and `u` and a `\p{…}` class
// into one without `i` that matches exactly the same strings, every atom written out with its case variants.
//
// Why: under `/iu` V8 closes every character class over case folding when it compiles the regex (ICU `closeOver`,
// run for each class of each regex in each thread): for classes such as `[\p{L}\u2019'-]` that is about half of the
// regex's compile time, and a CLI run compiles a hundred such regexes per thread (bench/RESULTS.md, perf-cli23).
//
// What `/iu` means (ECMA-262, Canonicalize with simple case folding): a character matches an atom when its fold is
// the fold of one of the atom's characters. So each atom keeps its meaning without `i` once the characters whose fold
// it then reaches are added to it; `\b` and `\B` see the word characters of `/iu` (`\w` plus U+017F ſ and U+212A K),
// as the lookarounds they are replaced by do. The characters added are found by asking V8 itself, atom by atom, over
// every code point whose fold class has more than one member (`caseVariant`, proven complete below); any other code
// point matches an atom with `i` exactly when it matches it without. A regex with a back-reference (compared without
// case under `i`) or anything this reader does not know is left as it is.
import { createRequire } from 'node:module';

/** Code points whose simple case fold class has another member: the only ones `i` can change a match for. */
let caseVariants;
function caseVariantCodePoints() {
  if (caseVariants) return caseVariants;
  // A code point whose fold differs from itself changes when case-folded; one that is the fold of another changes
  // when case-mapped (upper-cased). The union is checked complete: no code point outside it matches, under /iu, a
  // class of all of them.
  const candidate = /^[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]$/u;
  const list = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (candidate.test(String.fromCodePoint(cp))) list.push(cp);
  const all = new RegExp(`^${classOf(list)}$`, 'iu');
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (!candidate.test(String.fromCodePoint(cp)) && all.test(String.fromCodePoint(cp))) throw new Error(`case-closed-regexes: U+${cp.toString(16)} has a case variant outside the candidates`);
  }
  caseVariants = list.map((cp) => String.fromCodePoint(cp));
  return caseVariants;
}

/** A letter or digit as itself, any other code point as a \u{…} escape (no meaning inside a class to care about). */
const member = (cp) => (/[0-9A-Za-z]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`);

/** A class (or its members, without brackets) of code points, as single members and ranges. */
function membersOf(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out += j > i ? `${member(sorted[i])}-${member(sorted[j])}` : member(sorted[i]);
    i = j;
  }
  return out;
}
const classOf = (codePoints) => `[${membersOf(codePoints)}]`;

/** The case variants an atom matches with flags `flags` (any of i, u). */
function matched(atom, flags) {
  const re = new RegExp(`^(?:${atom})$`, flags);
  return caseVariantCodePoints().filter((c) => re.test(c));
}

const WORD = String.raw`[\w\u{17f}\u{212a}]`;
const BOUNDARY = { '\\b': `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`, '\\B': `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))` };
/**
 * A boundary next to a character that is a word character whatever the text, as the one lookaround that is left of it:
 * `\b` before one is "no word character before" (`(?<!W)`), after one "no word character after" (`(?!W)`); `\B` the
 * opposite. Same matches, and far faster: V8 finds where a regex can start by the characters it starts with, which it
 * cannot see past the two-way disjunction of BOUNDARY (a `\b` before `of` scanned about 30× slower, bench/RESULTS.md
 * perf-cli80).
 */
const ONE_SIDED = {
  '\\b': { before: `(?<!${WORD})`, after: `(?!${WORD})` },
  '\\B': { before: `(?<=${WORD})`, after: `(?=${WORD})` },
};
const NEGATED_ESCAPE = { '\\W': '\\w', '\\D': '\\d', '\\S': '\\s' };

/**
 * The atom rewritten to match without `i` what it matches with it, or undefined when it cannot be written so.
 * An atom is one character (written or escaped), a character class escape or a bracketed class.
 */
const closedAtoms = new Map();
function caseClosedAtom(atom) {
  if (!closedAtoms.has(atom)) closedAtoms.set(atom, closeAtom(atom));
  return closedAtoms.get(atom);
}
function closeAtom(atom) {
  const withCase = matched(atom, 'iu');
  const without = matched(atom, 'u');
  const added = withCase.filter((c) => !without.includes(c)).map((c) => c.codePointAt(0));
  const removed = without.filter((c) => !withCase.includes(c)).map((c) => c.codePointAt(0));
  if (!added.length && !removed.length) return atom;
  let rewritten;
  const negatedClass = atom.startsWith('[^');
  const negatedEscape = NEGATED_ESCAPE[atom] ?? (/^\\P\{[^}]*\}$/.test(atom) ? `\\p${atom.slice(2)}` : undefined);
  if (added.length && !removed.length && !negatedClass) {
    // [S] → [E S], an escape or a character e → [E e]; a leading '-' of S escaped so that E's last member does not
    // become a range's start.
    const inner = atom.startsWith('[') ? atom.slice(1, -1).replace(/^-/, '\\-') : atom;
    rewritten = `[${membersOf(added)}${inner}]`;
  } else if (removed.length && !added.length && (negatedClass || negatedEscape)) {
    const inner = negatedClass ? atom.slice(2, -1).replace(/^-/, '\\-') : negatedEscape;
    rewritten = `[^${membersOf(removed)}${inner}]`;
  } else return undefined;
  // Proof on every case variant; a code point that is none matches the old atom with i and the new one without alike
  // (the new atom adds or removes case variants only).
  const check = matched(rewritten, 'u');
  if (check.length !== withCase.length || check.some((c, i) => c !== withCase[i])) return undefined;
  return rewritten;
}

/** The length of the atom at `at` (a character, an escape, a class), or undefined for a back-reference or unknown. */
function atomEnd(source, at) {
  const c = source[at];
  if (c === '[') {
    let i = at + 1;
    if (source[i] === '^') i++;
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === ']') return i + 1;
    }
    return undefined;
  }
  if (c !== '\\') return at + String.fromCodePoint(source.codePointAt(at)).length;
  const rest = source.slice(at);
  const escape = /^\\(?:[pP]\{[A-Za-z_=]+\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|x[0-9a-fA-F]{2}|c[A-Za-z]|0(?![0-9])|[dDwWsStnrfv]|[\^$\\.*+?()[\]{}|/-])/.exec(rest);
  return escape ? at + escape[0].length : undefined;
}

/**
 * The regex rewritten without `i` (same flags otherwise), or undefined when it is not one to rewrite (no `i` and `u`
 * or no `\p{…}`) or cannot be.
 */
export function caseClosedRegex(source, flags) {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v') || !/\\[pP]\{/.test(source)) return undefined;
  if (source.includes(BOUNDARY_MARK) || source.includes(NON_BOUNDARY_MARK)) return undefined;
  let out = '';
  let boundaries = false;
  for (let at = 0; at < source.length; ) {
    const c = source[at];
    if (c === '\\' && (source[at + 1] === 'b' || source[at + 1] === 'B')) {
      // A placeholder, written out once its neighbours are known (withBoundaries).
      out += source[at + 1] === 'b' ? BOUNDARY_MARK : NON_BOUNDARY_MARK;
      boundaries = true;
      at += 2;
    } else if (c === '(') {
      const group = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(at))[0];
      out += group;
      at += group.length;
    } else if (c === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(at));
      if (!quantifier) return undefined;
      out += quantifier[0];
      at += quantifier[0].length;
    } else if ('|)^$.*+?'.includes(c)) {
      out += c;
      at++;
    } else {
      const end = atomEnd(source, at);
      if (end === undefined) return undefined;
      const atom = caseClosedAtom(source.slice(at, end));
      if (atom === undefined) return undefined;
      out += atom;
      at = end;
    }
  }
  if (boundaries) out = withBoundaries(out);
  if (out === undefined) return undefined;
  const rewritten = { source: out, flags: flags.replace('i', '') };
  try {
    new RegExp(rewritten.source, rewritten.flags);
  } catch {
    return undefined;
  }
  return rewritten;
}

/** Where caseClosedRegex met `\b` and `\B` (private-use characters: a source holding one is not rewritten). */
const BOUNDARY_MARK = '\uE000';
const NON_BOUNDARY_MARK = '\uE001';

/**
 * A rewritten source (no `i`) with its boundary placeholders written out: one-sided (ONE_SIDED) where the character
 * after the boundary, or else the one before it, is a word character in every match; BOUNDARY otherwise. Undefined
 * when the source cannot be read.
 */
function withBoundaries(source) {
  const parsed = parseAlternatives(source, 0);
  if (!parsed || parsed.end !== source.length) return undefined;
  const written = new Map();
  (function visit(alternatives) {
    for (const items of alternatives) {
      items.forEach((item, k) => {
        if (item.kind === 'group') visit(item.alternatives);
        if (item.kind !== 'boundary') return;
        const key = item.mark === BOUNDARY_MARK ? '\\b' : '\\B';
        written.set(item.from, wordAt(items, k + 1, 1) ? ONE_SIDED[key].before : wordAt(items, k - 1, -1) ? ONE_SIDED[key].after : BOUNDARY[key]);
      });
    }
  })(parsed.alternatives);
  let out = '';
  for (let at = 0; at < source.length; at++) out += written.get(at) ?? source[at];
  return out;
}

/**
 * Whether the first character consumed from item `k` on (step 1), or the last consumed up to item `k` (step -1), is
 * a word character in every match: zero-width items are passed over, an item that may match nothing says so only if
 * the items after it say so too, and an item not known to consume word characters only says no.
 */
function wordAt(items, k, step) {
  for (; k >= 0 && k < items.length; k += step) {
    const item = items[k];
    if (item.kind === 'boundary' || item.kind === 'assertion' || item.lookaround) continue;
    const word = item.kind === 'atom' ? isWordAtom(item.text) : item.alternatives.every((alt) => wordAt(alt, step === 1 ? 0 : alt.length - 1, step));
    return word && (item.min > 0 || wordAt(items, k + step, step));
  }
  return false;
}

/** Whether every character an atom matches (without `i`) is a word character of `/iu` (`\w`, ſ, K). */
function isWordAtom(atom) {
  const word = (cp) => /^[\w\u017f\u212a]$/u.test(String.fromCodePoint(cp));
  if (atom === '\\d' || atom === '\\w') return true;
  if (!atom.startsWith('[')) return !atom.startsWith('\\') && word(atom.codePointAt(0));
  if (atom.startsWith('[^')) return false;
  const body = atom.slice(1, -1);
  const member = /^(?:\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\([dw])|([^\\\]-]))/u;
  const codePoint = (m) => (m[4] !== undefined ? m[4].codePointAt(0) : parseInt(m[1] ?? m[2], 16));
  for (let at = 0; at < body.length; ) {
    const first = member.exec(body.slice(at));
    if (!first) return false;
    at += first[0].length;
    if (first[3]) continue;
    const from = codePoint(first);
    let to = from;
    if (body[at] === '-' && at + 1 < body.length) {
      const last = member.exec(body.slice(at + 1));
      if (!last || last[3]) return false;
      at += 1 + last[0].length;
      to = codePoint(last);
    }
    if (to - from > 0x100) return false;
    for (let cp = from; cp <= to; cp++) if (!word(cp)) return false;
  }
  return true;
}

/**
 * The alternatives of a rewritten source from `at` up to a `)` or its end, each a list of items: an atom, a group
 * (with its alternatives; a lookaround is zero-width), an assertion (`^`, `$`) or a boundary placeholder, each with the
 * least number of times its quantifier repeats it. Undefined for what this reader does not know.
 */
function parseAlternatives(source, at) {
  const alternatives = [[]];
  while (at < source.length && source[at] !== ')') {
    const c = source[at];
    const items = alternatives[alternatives.length - 1];
    if (c === '|') {
      alternatives.push([]);
      at++;
      continue;
    }
    let item;
    if (c === BOUNDARY_MARK || c === NON_BOUNDARY_MARK) item = { kind: 'boundary', mark: c, from: at, end: at + 1 };
    else if (c === '^' || c === '$') item = { kind: 'assertion', end: at + 1 };
    else if (c === '(') {
      const open = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(at))[0];
      const inner = parseAlternatives(source, at + open.length);
      if (!inner || source[inner.end] !== ')') return undefined;
      item = { kind: 'group', lookaround: /^\(\?(?:=|!|<=|<!)/.test(open), alternatives: inner.alternatives, end: inner.end + 1 };
    } else if (c === '.') item = { kind: 'atom', text: c, end: at + 1 };
    else {
      const end = atomEnd(source, at);
      if (end === undefined || '*+?{'.includes(c)) return undefined;
      item = { kind: 'atom', text: source.slice(at, end), end };
    }
    at = item.end;
    const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at));
    item.min = !quantifier ? 1 : quantifier[0][0] === '+' ? 1 : quantifier[0][0] === '{' ? Number(quantifier[1]) : 0;
    if (quantifier) at += quantifier[0].length;
    items.push(item);
  }
  return { alternatives, end: at };
}

/** An ASCII JavaScript string literal of a string. */
const stringLiteral = (s) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

/**
 * JavaScript source with its regex literals, and `new RegExp("…", "…")` calls with literal arguments (esbuild writes
 * a literal with `\p{…}` outside a class so), rewritten by caseClosedRegex. Returns the text and each regex
 * rewritten, before and after.
 */
export function rewriteRegexes(text, file = 'bundle.js') {
  const ts = createRequire(import.meta.url)('typescript');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  (function visit(node) {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const slash = node.text.lastIndexOf('/');
      const done = caseClosedRegex(node.text.slice(1, slash), node.text.slice(slash + 1));
      if (done) edits.push([node.getStart(sf), node.end, `/${done.source}/${done.flags}`, { source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) }, done]);
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.length === 2 && node.arguments.every(ts.isStringLiteral)) {
      const done = caseClosedRegex(node.arguments[0].text, node.arguments[1].text);
      if (done) edits.push([node.arguments[0].getStart(sf), node.arguments[1].end, `${stringLiteral(done.source)}, ${stringLiteral(done.flags)}`, { source: node.arguments[0].text, flags: node.arguments[1].text }, done]);
    }
    ts.forEachChild(node, visit);
  })(sf);
  let out = text;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(end);
  return { text: out, rewritten: edits.map(([, , , from, to]) => ({ from, to })) };
}

// Regexes built at run time (`new RegExp(String.raw`…${WORD}…`, 'iu')`, a template of word lists and shared
// fragments): the build cannot read their source from the text, so it runs the bundle once (every module initialiser,
// then the warm-up check of the code cache) and records the source each such call site built. A site that built one
// source only, rewritable by caseClosedRegex, then calls BUILT_REGEXP with the source it built and the rewritten one:
// the rewritten regex is used only when the source built at run time is exactly the one recorded, the original
// otherwise (a site whose source depends on a dataset or on the draft falls back).

/** The function the rewritten call sites call (defined at the bundle's end, hoisted, by builtRegexHelper). */
export const BUILT_REGEXP = '__factlintCaseClosedRegExp';
/** Its definition. */
export const builtRegexHelper =
  `\n// scripts/case-closed-regexes.mjs: the regex a call site built at run time, without i when its source is the one recorded at build time.\n` +
  `function ${BUILT_REGEXP}(source, flags, recorded, recordedFlags, closed, closedFlags) { return source === recorded && flags === recordedFlags ? new RegExp(closed, closedFlags) : new RegExp(source, flags); }\n`;
/** The recorder the instrumented copy of the bundle calls (recordBuiltRegexes). */
const RECORD = '__factlintRecordRegExp';

/** Each `new RegExp(a, b)` call site whose arguments are not all string literals: its span and its two arguments. */
function builtRegexSites(text, file) {
  const ts = createRequire(import.meta.url)('typescript');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const sites = [];
  (function visit(node) {
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.length === 2 && !node.arguments.every(ts.isStringLiteral)) {
      sites.push({ start: node.getStart(sf), end: node.end, args: node.arguments.map((a) => text.slice(a.getStart(sf), a.end)) });
    }
    ts.forEachChild(node, visit);
  })(sf);
  return sites;
}

/** The text with each site's span replaced (sites in text order, as builtRegexSites gives them). */
function replaceSites(text, sites, replacement) {
  let out = '';
  let at = 0;
  sites.forEach((site, id) => {
    const by = replacement(site, id);
    if (by === undefined) return;
    out += text.slice(at, site.start) + by;
    at = site.end;
  });
  return out + text.slice(at);
}

/**
 * A copy of the bundle whose built-regex sites report what they build to `globalThis.${RECORD}(id, source, flags)`,
 * and that hands its module initialisers (esbuild's `init_…` functions) to `globalThis.${RECORD}Inits`, to be run after
 * a check has run those it needs in their own order (circular imports make the order matter).
 */
export function instrumentBuiltRegexes(text, file = 'bundle.js') {
  const sites = builtRegexSites(text, file);
  const inits = [...text.matchAll(/^var (init_[\w$]+) = __esm\(/gm)].map((m) => m[1]);
  const instrumented = replaceSites(text, sites, (site, id) => `globalThis.${RECORD}(${id}, ${site.args[0]}, ${site.args[1]})`);
  return `${instrumented}\n;globalThis.${RECORD}Inits = [${inits.join(', ')}];\n`;
}

/**
 * The bundle with each built-regex site that recorded one source only, rewritable, calling BUILT_REGEXP; `recorded`
 * maps a site's id to the [source, flags] pairs it built (a non-string source as null). Returns the text and each
 * regex rewritten, before and after.
 */
export function rewriteBuiltRegexes(text, recorded, file = 'bundle.js') {
  const sites = builtRegexSites(text, file);
  const rewritten = [];
  const out = replaceSites(text, sites, (site, id) => {
    const built = recorded.get(id);
    if (!built || built.length !== 1 || typeof built[0][0] !== 'string') return undefined;
    const [source, flags] = built[0];
    const done = caseClosedRegex(source, flags);
    if (!done) return undefined;
    rewritten.push({ from: { source, flags }, to: done });
    return `${BUILT_REGEXP}(${site.args[0]}, ${site.args[1]}, ${stringLiteral(source)}, ${stringLiteral(flags)}, ${stringLiteral(done.source)}, ${stringLiteral(done.flags)})`;
  });
  return { text: rewritten.length ? out + builtRegexHelper : out, rewritten };
}
