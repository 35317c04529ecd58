// The looser ways an author points at a numbered bibliography entry besides "[3]" and "<sup>3</sup>": "ref. 3",
// "refs 3–5", "(see 3)", "Tanaka et al. (2021)", "(Tanaka 2021)", a link "[3](#ref-3)" or a link to the entry's own
// URL or DOI, a Unicode superscript "…in 2024.³", a footnote call "[^3]" with no footnote of that label.
// These forms only keep an entry from being reported uncited; none of them is certain enough to report a citation
// as undefined (that rule reads the bracket and <sup> forms of bibliography.ts alone).
import type { AnalysedDocument } from '../analysis.js';
import type { Bibliography } from './bibliography.js';
import { VersionMemo } from '../version-memo.js';

const cache = new VersionMemo<AnalysedDocument, Set<number>>();

/** The numbers of the entries the text points at in one of the looser forms. Read once per check, and only when asked. */
export function looselyCitedEntries(doc: AnalysedDocument, bibliography: Bibliography): Set<number> {
  let found = cache.get(doc);
  if (!found) {
    found = readLooseCitations(doc, bibliography);
    cache.set(doc, found);
  }
  return found;
}

/** "ref. 3", "refs 3 and 5", "reference 3", "references 2–4", "sources 1, 4", "ref. no. 3". */
const WORD_CITATION =
  /\b(?:refs?\.?|references?|sources?)\s*(?:nos?\.?\s*)?\[?(\d{1,4}(?:\s*(?:,|;|and|&|–|-|to)\s*\d{1,4})*)\]?(?![\d.,]?\d)(?!\s*(?:%|per\s*cent|percent))/giu;
/** "(see 3)", "see also 3;", "see 3 and 5." — not "we see 3 institutes". */
const SEE_CITATION = /\bsee(?:\s+also)?\s+(\d{1,4}(?:\s*(?:,|;|and|&|–|-)\s*\d{1,4})*)(?=\s*(?:[)\];,]|\.(?!\d)|$))/gi;
/** A link whose text is a number or a bracketed number: "[3](#ref-3)", "[[3]](https://…)". */
const NUMBERED_LINK = /\[\s*\[?\s*(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\s*\]?\s*\]\(\s*<?([^)\s>]*)/g;
/** An HTML anchor: <a href="#cite-3">3</a>, <a href="https://…">[3]</a>. */
const HTML_ANCHOR = /<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>\s*(?:<sup>)?\s*\[?\s*(\d{1,4})?/gi;
/** A link destination anywhere: Markdown "](url", autolink "<url>", HTML href, bare URL or DOI. */
const URL_LIKE = /(?:https?:\/\/|www\.|\bdoi:\s?|\b10\.\d{4,9}\/)[^\s<>()[\]"'`]+/gi;
/** A fragment naming a note or reference by number: "#ref-3", "#cite_note-3", "#r3", "#bib3", "#fn:3". */
const NUMBERED_FRAGMENT = /#[\w:.-]*?(\d{1,4})$/;
const SUPERSCRIPT_DIGITS = /(?<=[\p{L}.,;:)\]"”’'%]{1})([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[˒,⁻–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)/gu;
/** A unit squared or cubed ("km²", "m³"), not a citation. */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:[kcmµμn]?m|ft|in|mi|yd|s|h)$/u;
const SUPERSCRIPT_VALUE: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

function readLooseCitations(doc: AnalysedDocument, bibliography: Bibliography): Set<number> {
  const cited = new Set<number>();
  const addAll = (list: string) => {
    for (const part of list.matchAll(/(\d+)(?:\s*(?:[–-]|to)\s*(\d+))?/g)) {
      const from = Number(part[1]);
      const to = part[2] === undefined ? from : Number(part[2]);
      for (let n = from; n <= to && n - from < 200; n++) cited.add(n);
    }
  };
  const entryUrls = new Map<string, number[]>();
  const authorYears = new Map<string, number[]>();
  for (const entry of bibliography.entries) {
    const lineEnd = doc.text.indexOf('\n', entry.span.end);
    const body = doc.text.slice(entry.span.end, lineEnd === -1 ? doc.text.length : lineEnd);
    for (const m of body.matchAll(URL_LIKE)) push(entryUrls, normaliseUrl(m[0]), entry.number);
    const author = leadName(body);
    if (author) for (const year of yearsOf(body)) push(authorYears, `${author.toLowerCase()} ${year}`, entry.number);
  }
  const authors = [...new Set([...authorYears.keys()].map((k) => k.slice(0, k.lastIndexOf(' '))))];
  const authorYear = authors.length === 0 ? undefined : authorYearPattern(authors);
  const footnoteLabels = new Set(doc.footnoteDefs.map((d) => d.label.toLowerCase()));
  for (const ref of doc.footnoteRefs) if (/^\d+$/.test(ref.label) && !footnoteLabels.has(ref.label.toLowerCase())) cited.add(Number(ref.label));
  for (const s of doc.segments) {
    if (bibliography.section.has(s.index) || s.kind === 'heading') continue;
    const raw = doc.text.slice(s.start, s.end);
    if (/[\d¹²³⁰⁴-⁹]/.test(raw)) {
      for (const m of raw.matchAll(WORD_CITATION)) addAll(m[1]!);
      for (const m of raw.matchAll(SEE_CITATION)) addAll(m[1]!);
      for (const m of raw.matchAll(NUMBERED_LINK)) addAll(m[1]!);
      for (const m of raw.matchAll(HTML_ANCHOR)) if (m[2] !== undefined) cited.add(Number(m[2]));
      // "[4]: …" opening a line of prose (shaped as a link definition, which the bracket reading leaves out).
      for (const m of raw.matchAll(/(?:^|\n)[ \t]*\[(\d{1,4})\]:/g)) cited.add(Number(m[1]));
      for (const m of raw.matchAll(SUPERSCRIPT_DIGITS)) {
        if (UNIT_BEFORE.test(raw.slice(Math.max(0, m.index! - 4), m.index!))) continue;
        addAll([...m[1]!].map((c) => SUPERSCRIPT_VALUE[c] ?? (c === '⁻' || c === '–' || c === '-' ? '–' : ',')).join(''));
      }
      if (authorYear) {
        for (const m of raw.matchAll(authorYear)) {
          for (const n of authorYears.get(`${m[1]!.toLowerCase()} ${m[2]}`) ?? []) cited.add(n);
        }
      }
    }
    if (entryUrls.size > 0 && /https?:|www\.|doi|10\./i.test(raw)) {
      for (const m of raw.matchAll(URL_LIKE)) {
        for (const n of entryUrls.get(normaliseUrl(m[0])) ?? []) cited.add(n);
        const fragment = NUMBERED_FRAGMENT.exec(m[0]);
        if (fragment) cited.add(Number(fragment[1]));
      }
    }
    if (raw.includes('](#') || raw.includes('href')) {
      for (const m of raw.matchAll(/\]\(\s*<?(#[^)\s>]*)|href\s*=\s*["'](#[^"']*)/g)) {
        const fragment = NUMBERED_FRAGMENT.exec(m[1] ?? m[2]!);
        if (fragment) cited.add(Number(fragment[1]));
      }
    }
  }
  return cited;
}

function push(map: Map<string, number[]>, key: string, n: number): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}

/** The same address however it is written: no scheme, "www.", "doi:" or trailing punctuation, lower case. */
function normaliseUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.|dx\.)?(?:doi\.org\/|doi:\s?)?/, '')
    .replace(/[.,;:!?*_]+$/, '')
    .replace(/\/+$/, '');
}

const SKIPPED_LEAD = new Set(['the', 'a', 'an', 'see', 'in', 'on', 'of', 'and']);

/** The entry's first author or issuing body as cited in the text: "Tanaka, K., …" → Tanaka; "WIPO, Global …" → WIPO. */
function leadName(body: string): string | undefined {
  const text = body.replace(/<\/?sup>|[*_[\]]/g, ' ');
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    if (SKIPPED_LEAD.has(m[0].toLowerCase())) continue;
    return m[0];
  }
  return undefined;
}

function yearsOf(body: string): string[] {
  return [...new Set([...body.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => m[1]!))];
}

/**
 * "Tanaka (2021)", "Tanaka et al. (2021)", "(Tanaka 2021)", "(Tanaka, 2021a)", "Tanaka and Sato, 2021",
 * "(World Bank 2024)": the lead name, up to four more names or "et al.", then the year.
 */
function authorYearPattern(authors: string[]): RegExp {
  const names = authors.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const more = String.raw`(?:\s+et\s+al\.?|\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]+)`;
  return new RegExp(String.raw`(?<![\p{L}\d])(${names})(?![\p{L}])${more}{0,4}[\s*_,]*\(?\s*(1[89]\d\d|20\d\d)(?!\d)`, 'giu');
}
