// A growth multiple in a clause of its own after the statement it speaks of: "Keio went from 21 papers to 63, and its
// output quadrupled", "from 21 to 63 papers; output quadrupled". The clause holds no figure or year, speaks of no other
// subject (every word before the multiple names none, or stands in the statement's own clause) and of no scenario.
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { clauseOf, type GrowthStatement, type StatedMultiple } from './growth.js';
import { inSpan } from './spans.js';
import { HYPOTHETICAL, NO_SUBJECT } from './change-since-when.js';

/** The clause break and the words that join the clause to the one before ("; ", ", and ", " while "). */
const JOINING = new Set(['and', 'so', 'thus', 'hence', 'therefore', 'which', 'means', 'meaning', 'in', 'other', 'words', 'all', 'overall', 'altogether']);

export function laterClauseOwner(text: string, sentence: Span, multiple: StatedMultiple, statements: readonly GrowthStatement[], tokens: readonly NumberToken[]): GrowthStatement | undefined {
  const clause = clauseOf(text, sentence, multiple.start);
  if (clause.start === sentence.start || statements.some((s) => inSpan(clause, s.initial) || inSpan(clause, s.final))) return undefined;
  // The one statement of the sentence, before the clause.
  const before = statements.filter((s) => s.sentence.start === sentence.start && Math.max(s.final.end, s.finalYear?.end ?? 0) <= clause.start);
  if (before.length !== 1 || statements.filter((s) => s.sentence.start === sentence.start).length !== 1) return undefined;
  const owner = before[0]!;
  if (tokens.some((t) => inSpan(clause, t)) || HYPOTHETICAL.test(text.slice(clause.start, clause.end))) return undefined;
  const ownClause = clauseOf(text, sentence, owner.final.start);
  const known = text.slice(ownClause.start, ownClause.end).toLowerCase();
  for (const w of text.slice(clause.start, multiple.start).matchAll(/[\p{L}’'-]+/gu)) {
    const word = w[0].toLowerCase().replace(/[’']s$/, '');
    if (!NO_SUBJECT.has(word) && !JOINING.has(word) && !new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(known)) return undefined;
  }
  return owner;
}
