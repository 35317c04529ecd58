// Finds the numbered bibliography (References/Bibliography section) and the numeric citations that point into it.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import { carriedList, segmentHas } from './segment-carry.js';
import { VersionMemo } from '../version-memo.js';

/** A cheap gate per segment, its result kept with the segment's analysis: a bracket may open a citation. */
const OPEN_SQUARE_BRACKET = /\[/;

export interface BibliographyEntry {
  number: number;
  /** The number as written in the entry's marker. */
  span: Span;
  segment: number;
}

export interface Citation {
  number: number;
  /** The number inside the citation, e.g. "29" within <sup>29</sup>. */
  span: Span;
}

export interface Bibliography {
  heading: AnalysedSegment;
  entries: BibliographyEntry[];
  /** Segment indices inside the bibliography section. */
  section: Set<number>;
}

/**
 * "References", "Sources", "Further reading", and two of them joined: "References and further reading", "Notes and
 * sources", "References and links"; a place in brackets after them too: "References (slide 10)", "Sources (annex B)", or
 * whom or what the list is for: "References (for the handout)", "Sources (in order of citation)".
 */
const HEADING = /^\s*(?:#+\s*)?(?:\d+\.?\s*)?(?:(?:selected|further)\s+)?(bibliography|references|reference list|works cited|literature( cited)?|sources|(?:end)?notes\s+(?:and|&)\s+(?:references|sources)|further reading)(?:\s+(?:and|&)\s+(?:(?:further|suggested|recommended)\s+reading|notes|sources|references|bibliography|literature|links))?(?:\s*\((?:(?:slides?|page|p\.|pp\.|part|section|annex|appendix)\s*[\w.–-]{1,12}|(?:for|in|as|by|with|on)\s+[\p{L}\s'’-]{1,40})\))?\s*:?\s*#*\s*$/iu;
const BRACKET_MARKER = /[ \t]*\[(\d+)\]/y;
/**
 * "[3]", "[3, 5]", "[3; 5]", "[3–5]", "[ref. 3]", "\\[3\\]" and a page or part locator after the numbers: "[3, p. 12]",
 * "[3, pp. 4–5]", "[3, Table 2]" (the locator's numbers are not citations). Group 1 holds the cited numbers.
 */
const BRACKET_CITATION =
  /\\?\[\s*(?:refs?\.?\s*|references?\s+)?(\d+(?:\s*[,;–-]\s*\d+)*)(?:\s*[,:;]?\s*(?:pp?|ch|chap|chapter|sec|section|§|fig|figs|figure|tab|table|para|app|appendix|vol|note|n)\.?\s*[\w.]+(?:\s*[,–-]\s*[\w.]+)*)?\s*\\?\](?!\()/dgi;
/** A year or a zero in brackets ("[2024]", "[0, 1]") is an editorial insertion or an interval, never a citation. */
const NOT_CITED = /(?:^|[^\d])(?:0+|1[89]\d\d|20\d\d)(?!\d)/;

const bibliographies = new VersionMemo<AnalysedDocument, { bibliography: Bibliography | undefined }>();
const citations = new VersionMemo<AnalysedDocument, Citation[]>();

/** The document's bibliography, found once per check and shared by the citation rules and the coverage count. */
export function findBibliography(doc: AnalysedDocument): Bibliography | undefined {
  let found = bibliographies.get(doc);
  if (!found) {
    found = { bibliography: locateBibliography(doc) };
    bibliographies.set(doc, found);
  }
  return found.bibliography;
}

const namesBibliography = (text: string): boolean => HEADING.test(text.replace(/[*_]/g, ''));

function locateBibliography(doc: AnalysedDocument): Bibliography | undefined {
  // Whether a heading names the bibliography, kept with its analysis: the test ran on every heading on every check.
  const headingIndex = doc.segments.findIndex((s) => s.kind === 'heading' && s.memo('bibliography:heading', namesBibliography));
  if (headingIndex === -1) return undefined;
  const heading = doc.segments[headingIndex]!;
  const section = new Set<number>();
  const entries: BibliographyEntry[] = [];
  for (let i = headingIndex + 1; i < doc.segments.length; i++) {
    const s = doc.segments[i]!;
    if (s.kind === 'heading' && (s.depth ?? 6) <= (heading.depth ?? 6)) break;
    section.add(i);
    for (const entry of entryMarkers(s, doc.text)) entries.push({ ...entry, segment: i });
  }
  return { heading, entries, section };
}

/**
 * The entry markers of one paragraph of the section. Authors often write the list without blank lines
 * ("[1] …⏎[2] …"), which Markdown reads as one paragraph: when its first line opens with a marker, every
 * line that opens with one is an entry too.
 */
function entryMarkers(s: AnalysedSegment, text: string): Omit<BibliographyEntry, 'segment'>[] {
  const first = entryMarker(s, text, 0, 0);
  if (!first) return [];
  const entries = [first];
  let sup = 0;
  for (let nl = s.text.indexOf('\n'); nl !== -1; nl = s.text.indexOf('\n', nl + 1)) {
    while (sup < s.sups.length && s.sups[sup]!.start < s.start + nl + 1) sup++;
    const entry = entryMarker(s, text, nl + 1, sup);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The marker opening the line of paragraph s that starts at lineStart (an offset into s.text); s.sups[firstSup] is the line's first <sup>. */
function entryMarker(s: AnalysedSegment, text: string, lineStart: number, firstSup: number): Omit<BibliographyEntry, 'segment'> | undefined {
  if (s.kind !== 'paragraph') return undefined;
  if (s.listItem && !s.listItem.first) return undefined;
  const lead = s.sups[firstSup];
  const lineEnd = s.text.indexOf('\n', lineStart);
  const leadOnLine = lead && (lineEnd === -1 || lead.start - s.start < lineEnd);
  if (leadOnLine && lead.kind === 'citation' && /^\s*$/.test(s.text.slice(lineStart, lead.start - s.start))) {
    const m = /\d+/.exec(lead.content);
    if (m) return { number: Number(m[0]), span: { start: lead.contentStart + m.index, end: lead.contentStart + m.index + m[0].length } };
  }
  BRACKET_MARKER.lastIndex = lineStart;
  const bracket = BRACKET_MARKER.exec(s.text);
  if (bracket) {
    const at = s.start + bracket.index + bracket[0].indexOf(bracket[1]!);
    return { number: Number(bracket[1]), span: { start: at, end: at + bracket[1]!.length } };
  }
  if (lineStart === 0 && s.listItem?.ordered && s.listItem.marker !== undefined) {
    // An ordered list's marker stands before the paragraph, on the same line.
    const markerLine = text.lastIndexOf('\n', s.start - 1) + 1;
    const m = /(\d+)[.)]\s*$/.exec(text.slice(markerLine, s.start));
    if (m) return { number: Number(m[1]), span: { start: markerLine + m.index, end: markerLine + m.index + m[1]!.length } };
  }
  return undefined;
}

/** Numeric citations outside the bibliography's own entry markers: <sup>9,10</sup>, [12], [3–5]. */
export function findCitations(doc: AnalysedDocument, bibliography: Bibliography | undefined): Citation[] {
  let found = citations.get(doc);
  if (!found) {
    found = locateCitations(doc, bibliography);
    citations.set(doc, found);
  }
  return found;
}

const mayCite = (s: AnalysedSegment): boolean => segmentHas(s, OPEN_SQUARE_BRACKET) || s.sups.some((sup) => sup.kind === 'citation');

function locateCitations(doc: AnalysedDocument, bibliography: Bibliography | undefined): Citation[] {
  const markers = new Set(bibliography?.entries.map((e) => e.span.start));
  // Read once per segment content, and after an edit only in the edit's segments (see carriedList in segment-carry.ts);
  // the bibliography's own markers are left out after.
  return carriedList(doc, 'citations', 0, mayCite, (s) => segmentCitations(doc.text, s)).filter((c) => !markers.has(c.span.start));
}

/** The numeric citations of one segment: in <sup> first, then in brackets. */
function segmentCitations(text: string, s: AnalysedSegment): Citation[] {
  const citations: Citation[] = [];
  for (const sup of s.sups) {
    if (sup.kind !== 'citation') continue;
    citations.push(...expand(text, sup.contentStart, sup.contentEnd));
  }
  if (s.text.includes('[')) {
    for (const m of s.text.matchAll(BRACKET_CITATION)) {
      if (NOT_CITED.test(m[1]!)) continue;
      // "[4]: …" opening a line is shaped as a link definition; "… quotes the supplement [4]:" cites.
      if (s.text[m.index! + m[0].length] === ':' && /(?:^|\n)[ \t]*$/.test(s.text.slice(0, m.index!))) continue;
      const start = s.start + m.indices![1]![0];
      citations.push(...expand(text, start, start + m[1]!.length));
    }
  }
  return citations;
}

/** "9,10" → 9 and 10; "3–5" → 3, 4 and 5 (the range's numbers share the span of its written ends). */
function expand(text: string, start: number, end: number): Citation[] {
  const content = text.slice(start, end);
  const out: Citation[] = [];
  for (const part of content.matchAll(/(\d+)(?:\s*[–-]\s*(\d+))?/g)) {
    const from = Number(part[1]);
    const at = start + part.index!;
    if (part[2] === undefined) {
      out.push({ number: from, span: { start: at, end: at + part[1]!.length } });
      continue;
    }
    const to = Number(part[2]);
    const toAt = at + part[0].lastIndexOf(part[2]);
    for (let n = from; n <= to && n - from < 200; n++) {
      out.push({ number: n, span: n === to ? { start: toAt, end: toAt + part[2].length } : { start: at, end: at + part[1]!.length } });
    }
  }
  return out;
}
