// An apposition that describes a ranking or an entity ("The 2025 Ocean Science Index, the eighth edition since the index
// began in 2018, placed KCOD third"): its years tell about the ranking's history, not the edition the rank is of.
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';

/** ", the eighth edition since …,", ", a ranking first published in 2018,": a comma pair opened by an article. */
const APPOSITION = /,[ \u00a0]+(?:the|a|an|its|their)[ \u00a0][^,;:()]{3,120}?,/giu;

/** The appositions of a sentence that stand right after a ranking or an entity named in it. */
export function dvRankingAppositions(text: string, segment: AnalysedSegment, sentence: Span): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes(',')) return [];
  const out: Span[] = [];
  for (const m of slice.matchAll(APPOSITION)) {
    const start = sentence.start + m.index!;
    const named = [...segment.rankings, ...segment.entities].some((r) => r.end <= start && /^[*_\s]*$/.test(text.slice(r.end, start)));
    if (named) out.push({ start, end: start + m[0].length });
  }
  return out;
}
