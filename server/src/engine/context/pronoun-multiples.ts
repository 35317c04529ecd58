// A multiple said of the one statement before by a pronoun (acc-chg13): "… went from 4.1% to 16.5%. It roughly
// tripled.", "… rose from 21 papers to 63. They have more than tripled since." The sentence opens with the pronoun (after
// "So", "And", "Thus"), its verb is the multiple, and it holds no figure: nothing else it could speak of.
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';

const PRONOUN_MULTIPLE = /^[\s*_>]*(?:(?:so|and|thus|hence|in\s+short|all\s+told),?\s+)?(?:it|they|that|this)\s+(?:has\s+|have\s+|had\s+)?(?:(?:roughly|nearly|almost|more\s+than|just\s+about|about|approximately|well\s+over|over|close\s+to|just\s+over|just\s+under|effectively|therefore|thus|also|all\s+but|practically|very\s+nearly)\s+){0,2}(?:doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved)\b/i;
/** What may follow the verb: nothing, or words of time or manner ("since", "over the decade", "in nine years"), never an object. */
// (", albeit from a tiny base", ", though from a low start": a concession about the base, no object either.)
const AFTER_VERB = /^(?:\s+(?:since|over|across|during|in|within|between|from|on)\b[^,;:]*|\s+(?:again|overall|in\s+all|altogether|since\s+then))?(?:\s*,\s*(?:albeit|though|although|if|even\s+if)\s+(?:only\s+)?from\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:base|start|level|starting\s+point)\b)?\s*[.!?]?\s*(?:\[\^?[\w-]+\]|<sup>\d+<\/sup>)?\s*$/iu;

/** Whether the sentence is a pronoun, its multiple verb and nothing more, with no figure of its own (years aside). */
export function pronounMultiple(text: string, sentence: Span, tokens: readonly NumberToken[]): boolean {
  if (tokens.some((t) => !t.yearLike)) return false;
  const body = text.slice(sentence.start, sentence.end);
  const m = PRONOUN_MULTIPLE.exec(body);
  if (!m) return false;
  const rest = body.slice(m[0].length);
  // A year of its own ("since 2020") may be another start than the statement's: only a period word is let through.
  return AFTER_VERB.test(rest) && !/\b(?:19|20)\d{2}\b/.test(rest);
}
