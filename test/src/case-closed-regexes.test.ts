// The CLI bundle's /iu regexes with \p{…} classes, rewritten without i (scripts/case-closed-regexes.mjs): the same
// matches, captures included, on real text and on its case variants (capitals, accented and non-Latin letters, ſ, K).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo } from './cli-helpers.js';

interface Pattern {
  source: string;
  flags: string;
}
const { BUILT_REGEXP, builtRegexHelper, caseClosedRegex, instrumentBuiltRegexes, rewriteBuiltRegexes, rewriteRegexes } = (await import(pathToFileURL(join(repo, 'scripts/case-closed-regexes.mjs')).href)) as {
  BUILT_REGEXP: string;
  builtRegexHelper: string;
  caseClosedRegex(source: string, flags: string): Pattern | undefined;
  instrumentBuiltRegexes(text: string, file?: string): string;
  rewriteBuiltRegexes(text: string, recorded: Map<number, [string | null, string | null][]>, file?: string): { text: string; rewritten: { from: Pattern; to: Pattern }[] };
  rewriteRegexes(text: string, file?: string): { text: string; rewritten: { from: Pattern; to: Pattern }[] };
};

/** Every match (index, groups) of a regex over a text, as a comparable string. */
function matches(pattern: Pattern, text: string): string {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m, m.groups ?? null]));
}

/** A text and its case variants: upper, lower, title case, ſ for s and K (Kelvin) for k, accents, Greek and Cyrillic. */
function variants(text: string): string[] {
  return [
    text,
    text.toUpperCase(),
    text.toLowerCase(),
    text.replace(/\b\w/g, (c) => c.toUpperCase()),
    text.replace(/s/g, 'ſ').replace(/k/g, '\u212a'),
    text.replace(/e/g, 'é').replace(/a/g, 'Ä').replace(/o/g, 'ø'),
    text.replace(/the/g, 'ΣΤΗ σς').replace(/of/g, 'Дом дом'),
    text.replace(/ /g, ' \u0345'),
    text.replace(/(\w)(\w)/g, '$1İı$2'),
  ];
}

const probes = [
  'The output of all three regions rose by 12 % in 2023, from 3.4 million tonnes.',
  'Among the 12 provinces, the county’s share of exports fell to 40 per cent; Müller-Lüdenscheid and São Tomé ranked first.',
  'ſeveral KELVIN kilns and the Ångström lab, together with Ελλάδα and Москва, accounted for half of the total.',
  'both Straße partners combined, i.e. about 5,000 staff across its three sites, the Øresund link.',
];
const drafts = [join(repo, 'samples/outlook-issue-7.md'), ...readdirSync(join(repo, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => join(repo, 'samples/drafts', f))];
const lines = drafts.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => /\p{L}/u.test(l));

describe('case-closed regexes (scripts/case-closed-regexes.mjs)', () => {
  it('rewrites letters, letter classes and word boundaries with their case variants', () => {
    const done = caseClosedRegex(String.raw`\bthe\s+([\p{L}’-]+)k`, 'giu');
    assert.deepEqual(done, {
      source: String.raw`(?<![\w\u{17f}\u{212a}])[Tt][Hh][Ee]\s+([\u{345}\p{L}’-]+)[K\u{212a}k]`,
      flags: 'gu',
    });
    for (const [source, yes, no] of [
      [String.raw`^\p{Lu}$`, ['a', 'É', 'é', 'σ', 'ς', 'ǅ', '\u0345'], ['1', '中', '’']],
      [String.raw`^[\p{L}-]+$`, ['Ünïcødé', 'ΣΤΗ', '中文', '\u0345', 'ſK'], ['a1', '’']],
      [String.raw`^k\P{L}s$`, ['K1ſ', '\u212a-S', 'k\u0345s'], ['kas', 'kés']],
      [String.raw`^[^\p{Ll}]$`, ['1', '中'], ['a', 'A', 'É', 'ǅ']],
      [String.raw`^a\b\p{L}*`, ['a', 'a b'], ['aſ', 'a\u212a', 'ab']],
      [String.raw`a\B\p{L}`, ['aſ', 'a\u212a', 'ab'], ['a é']],
      [String.raw`(?<!\p{L})istanbul`, ['ISTANBUL', 'Istanbul', ' iſtanbul'], ['xistanbul', 'İSTANBUL', ' ıstanbul']],
    ] as const) {
      const before = new RegExp(source, 'iu');
      const pattern = caseClosedRegex(source, 'iu');
      assert.ok(pattern && !pattern.flags.includes('i'), source);
      const after = new RegExp(pattern.source, pattern.flags);
      for (const s of [...yes, ...no]) assert.equal(after.test(s), before.test(s), `${source} on ${s}`);
      for (const s of yes) assert.ok(after.test(s), `${source} matches ${s}`);
      for (const s of no) assert.ok(!after.test(s), `${source} does not match ${s}`);
    }
  });

  it('writes a boundary next to a sure word character as the one lookaround left of it, any other as both sides', () => {
    const W = String.raw`[\w\u{17f}\u{212a}]`;
    const both = String.raw`(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
    for (const [source, expected] of [
      [String.raw`\b(?:\d{1,2}|two)\s+\p{L}+s\b`, String.raw`(?<!${W})(?:\d{1,2}|[Tt][Ww][Oo])\s+[\u{345}\p{L}]+[S\u{17f}s](?!${W})`],
      [String.raw`(?<!\b(?:near|to)\s+)k\B\p{L}`, String.raw`(?<!(?<!${W})(?:[Nn][Ee][Aa][Rr]|[Tt][Oo])\s+)[K\u{212a}k](?=${W})[\u{345}\p{L}]`],
      [String.raw`\b_\p{L}`, String.raw`(?<!${W})_[\u{345}\p{L}]`],
      // An optional item is sure when what may come in its place is too.
      [String.raw`\b(?:the\s+)?k\p{L}ts?\b`, String.raw`(?<!${W})(?:[Tt][Hh][Ee]\s+)?[K\u{212a}k][\u{345}\p{L}][Tt][S\u{17f}s]?(?!${W})`],
      [String.raw`\b(?:the\s+)?\p{L}`, String.raw`${both}(?:[Tt][Hh][Ee]\s+)?[\u{345}\p{L}]`],
      // Not sure: a class with letters outside \w, an optional or empty alternative, a non-word character, the edge of a group.
      [String.raw`\p{L}\b`, String.raw`[\u{345}\p{L}]${both}`],
      [String.raw`x(?:a|)\b\p{L}`, String.raw`[Xx](?:[Aa]|)${both}[\u{345}\p{L}]`],
      [String.raw`x?\b\.\p{L}`, String.raw`[Xx]?${both}\.[\u{345}\p{L}]`],
      [String.raw`(?:\bx|\p{L})`, String.raw`(?:(?<!${W})[Xx]|[\u{345}\p{L}])`],
      [String.raw`(?:x\b|\p{L})`, String.raw`(?:[Xx](?!${W})|[\u{345}\p{L}])`],
      [String.raw`(?:-\b)\p{L}`, String.raw`(?:-${both})[\u{345}\p{L}]`],
    ] as const) {
      const pattern = caseClosedRegex(source, 'iu');
      assert.equal(pattern?.source, expected, source);
      const before = new RegExp(source, 'giu');
      const after = new RegExp(pattern!.source, 'gu');
      for (const text of [...probes, 'x-a two ſtudies _é k-Ä xa.é near kä to kK'].flatMap(variants)) assert.equal(matches({ source: after.source, flags: 'gu' }, text), matches({ source: before.source, flags: 'giu' }, text), `${source} on ${text}`);
    }
  });

  it('leaves alone what it cannot rewrite: back-references, regexes without i, u or \\p{…}', () => {
    assert.equal(caseClosedRegex(String.raw`(\p{L})\1`, 'iu'), undefined);
    assert.equal(caseClosedRegex(String.raw`(?<w>\p{L})\k<w>`, 'iu'), undefined);
    assert.equal(caseClosedRegex(String.raw`\p{L}the`, 'u'), undefined);
    assert.equal(caseClosedRegex(String.raw`[a-z]the`, 'iu'), undefined);
    assert.equal(caseClosedRegex('the', 'i'), undefined);
  });

  it('rewrites regex literals and new RegExp("…", "…") in JavaScript, nothing else', () => {
    const { text, rewritten } = rewriteRegexes(String.raw`const a = /x\p{L}/iu; const b = new RegExp("\\p{L}y", "giu"); const c = "/x\\p{L}/iu"; const d = /(\p{L})\1/iu;`);
    assert.equal(rewritten.length, 2);
    assert.equal(text, String.raw`const a = /[Xx][\u{345}\p{L}]/u; const b = new RegExp("[\\u{345}\\p{L}][Yy]", "gu"); const c = "/x\\p{L}/iu"; const d = /(\p{L})\1/iu;`);
  });

  it("matches as before on every /iu regex of the engine, over the samples' lines and their case variants", () => {
    const engine = join(repo, 'server/dist/engine');
    const files = readdirSync(engine, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const texts = [...probes, ...lines].flatMap(variants);
    let count = 0;
    for (const file of files) {
      for (const { from, to } of rewriteRegexes(readFileSync(join(engine, file), 'utf8'), file).rewritten) {
        count++;
        for (const text of texts) assert.equal(matches(to, text), matches(from, text), `${file}: /${from.source}/${from.flags} on ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    assert.ok(count >= 100, `only ${count} regexes rewritten`);
  });

  it('rewrites a regex built at run time only where its call site built one rewritable source, and keeps the original for any other', () => {
    const text = String.raw`var W = String.raw` + '`[\\p{L}-]+`' + String.raw`; var A = new RegExp(String.raw` + '`^${W}of$`' + String.raw`, "iu"); var B = new RegExp("\\p{L}" + x, "iu"); var C = new RegExp(W + "(\\1)", "iu"); var D = new RegExp("\\p{L}x", "iu");`;
    // The instrumented copy reports sites 0–2 (D, all literals, is rewriteRegexes' part) and hands over its initialisers.
    const instrumented = instrumentBuiltRegexes(text + '\nvar init_a = __esm({});');
    assert.match(instrumented, /globalThis\.__factlintRecordRegExp\(0, String\.raw`\^\$\{W\}of\$`, "iu"\)/);
    assert.match(instrumented, /globalThis\.__factlintRecordRegExp\(2, W \+ "\(\\\\1\)", "iu"\)/);
    assert.doesNotMatch(instrumented, /__factlintRecordRegExp\(3/);
    assert.match(instrumented, /globalThis\.__factlintRecordRegExpInits = \[init_a\];/);
    const recorded = new Map<number, [string | null, string | null][]>([
      [0, [[String.raw`^[\p{L}-]+of$`, 'iu']]],
      [1, [[String.raw`\p{L}a`, 'iu'], [String.raw`\p{L}b`, 'iu']]],
      [2, [[String.raw`[\p{L}-]+(\1)`, 'iu']]],
    ]);
    const { text: out, rewritten } = rewriteBuiltRegexes(text, recorded);
    assert.deepEqual(rewritten, [{ from: { source: String.raw`^[\p{L}-]+of$`, flags: 'iu' }, to: { source: String.raw`^[\u{345}\p{L}-]+[Oo][Ff]$`, flags: 'u' } }]);
    assert.ok(out.includes(String.raw`var A = ${BUILT_REGEXP}(String.raw` + '`^${W}of$`' + String.raw`, "iu", "^[\\p{L}-]+of$", "iu", "^[\\u{345}\\p{L}-]+[Oo][Ff]$", "u");`), out);
    assert.ok(out.includes(String.raw`var B = new RegExp("\\p{L}" + x, "iu");`) && out.includes(String.raw`var C = new RegExp(W + "(\\1)", "iu");`));
    assert.ok(out.endsWith(builtRegexHelper));
    // The helper: the rewritten regex for the source recorded, the original for any other source or flags.
    const built = new Function(`${builtRegexHelper}; return ${BUILT_REGEXP};`)() as (...args: string[]) => RegExp;
    const closed = built(String.raw`^[\p{L}-]+of$`, 'iu', String.raw`^[\p{L}-]+of$`, 'iu', String.raw`^[\u{345}\p{L}-]+[Oo][Ff]$`, 'u');
    assert.deepEqual([closed.source, closed.flags], [String.raw`^[\u{345}\p{L}-]+[Oo][Ff]$`, 'u']);
    for (const [source, flags] of [[String.raw`^[\p{L}-]+off$`, 'iu'], [String.raw`^[\p{L}-]+of$`, 'giu']] as const) {
      const kept = built(source, flags, String.raw`^[\p{L}-]+of$`, 'iu', String.raw`^[\u{345}\p{L}-]+[Oo][Ff]$`, 'u');
      assert.deepEqual([kept.source, kept.flags], [source, flags]);
    }
  });

  it("matches as before on every regex the CLI bundle builds at run time and rewrote, over the samples' lines and their case variants", () => {
    const bundle = join(repo, 'server/dist/bundle/main.cjs');
    const sf = ts.createSourceFile(bundle, readFileSync(bundle, 'latin1'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const sites: { from: Pattern; to: Pattern }[] = [];
    (function visit(node: ts.Node) {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === BUILT_REGEXP) {
        const [, , from, fromFlags, to, toFlags] = node.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : ''));
        sites.push({ from: { source: from!, flags: fromFlags! }, to: { source: to!, flags: toFlags! } });
      }
      ts.forEachChild(node, visit);
    })(sf);
    assert.ok(sites.length >= 40, `only ${sites.length} built regexes rewritten`);
    const texts = [...probes, ...lines].flatMap(variants);
    for (const { from, to } of sites) {
      assert.deepEqual(caseClosedRegex(from.source, from.flags), to);
      for (const text of texts) assert.equal(matches(to, text), matches(from, text), `/${from.source}/${from.flags} on ${JSON.stringify(text.slice(0, 60))}`);
    }
  });
});
