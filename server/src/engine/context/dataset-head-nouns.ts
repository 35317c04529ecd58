// A measure named by the head noun of one of its phrases in "a staff of 264", "its staff of 190": the one count metric
// whose phrases end in that noun ("research staff", "scientific staff"). Only the "a <noun> of N" construction is read,
// which states a size; a bare "264 staff" may count anyone.
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';

const SIZE_OF_BEFORE = /\b(?:a|an|its|their|the)\s+(?:total\s+|combined\s+|current\s+)?([\p{Ll}-]+)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$/u;

const heads = new WeakMap<Dataset, Map<string, string | null>>();

/** Head noun → the one count metric whose multiword phrases end in it (null when several do). */
function headNouns(dataset: Dataset): Map<string, string | null> {
  let map = heads.get(dataset);
  if (map) return map;
  map = new Map();
  for (const metric of dataset.metrics.values()) {
    if (metric.unit !== 'count') continue;
    const own = new Set<string>();
    for (const phrase of metric.phrases ?? []) {
      const words = phrase.toLowerCase().split(/\s+/);
      if (words.length >= 2) own.add(words[words.length - 1]!);
    }
    for (const head of own) map.set(head, map.has(head) && map.get(head) !== metric.id ? null : metric.id);
  }
  heads.set(dataset, map);
  return map;
}

/** The metric "a staff of 264" names, when its clause names none. */
export function metricOfHeadNoun(dataset: Dataset, text: string, token: NumberToken, clause: Span): Mention | undefined {
  if (token.kind !== 'plain' || token.decimals !== 0) return undefined;
  const before = text.slice(Math.max(clause.start, token.start - 48), token.start);
  const m = SIZE_OF_BEFORE.exec(before);
  if (!m) return undefined;
  const id = headNouns(dataset).get(m[1]!);
  if (!id) return undefined;
  const start = token.start - before.length + m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
  return { id, start, end: start + m[1]!.length };
}

/** A cheap cue that a segment may say "a staff of 264" (or "of two hundred and eight", acc-dv9): lets a segment that names no metric phrase be read. */
export function mayNameByHead(text: string): boolean {
  return /\b(?:a|an|its|their|the)\s+(?:total\s+|combined\s+|current\s+)?(?!(?:end|start|beginning|middle|course|turn|rest|first|last|half|number|period|years?|months?|summer|winter|spring|autumn)\b)[\p{Ll}-]+\s+of\s+(?:(?:[\p{Ll}]+\s+){0,2}(?!(?:19|20)\d{2}\b)\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred)\b)/u.test(text);
}
