// The words around a stated change or rate that tell what it is: an annual rate or a total change, a rise or a fall, and which period.

/** Words of a fall in the clause before a rate or change ("fell by 20%", "a compound annual decline of 5.4%"). */
export const DECLINE_CUE = /\b(?:declin\w*|decreas\w*|fell|fall(?:en|ing|s)?|drop(?:ped|s)?|contract(?:ed|ing|ions?)\b|shr[ai]nk\w*|shrunk|(?<!-)down(?!\s+to\s+(?:the|a|an|its|their|our|his|her|this|that|these|those)\b)|lower|los[st]|reduc\w*|slump\w*|slipped|plunged|tumbled|sank|collaps\w*|plummet\w*|dipped|slid|(?:cut(?:s|ting)?|trimm(?:ed|ing)|slash(?:ed|es|ing))\s+(?:back\s+)?(?:[A-Za-z’'-]+\s+){0,3}?by|sagged|retreated|eased|negative)\b/i;

/** Words of a rise in the clause before a change ("grew by", "up", "an increase of"). */
export const RISE_CUE = /\b(?:(?<!-)up|ris\w*|rose|grew|grow\w*|increas\w*|climb\w*|gain\w*|jump\w*|expand\w*|surg\w*|soar\w*|balloon\w*|swell\w*|swollen|recover\w*|rebound\w*|bounced\s+back|leapt|leaped|advanc\w*)\b/i;

/** "to EUR 3.7 million", "to some 4,300": the words between "to" and the figure a change ended at. */
export const TO_FIGURE_LEAD = String.raw`\bto\s+(?:(?:[A-Z]{3}|some|about|around|nearly|almost)\s+|[€$£¥])?`;

// Cue words may be hard-wrapped across lines: any run of whitespace stands for a space.
/** A rate named before its value: "CAGR of", "compound growth rate of", "a yearly growth of", "average annual increase of". */
const RATE_BEFORE = /\b(?:CAGR|compound(?:ed)?\s+(?:annual(?:ly)?(?:\s+(?:growth|decline|change|increase))?|growth|decline|rate)(?:\s+rate)?|annuali[sz]ed(?:\s+growth|\s+decline|\s+rate)?|average\s+(?:annual|yearly)\s+(?:growth\s+|decline\s+|change\s+)?rate|(?:average\s+)?(?:annual|yearly)(?:\s+average)?\s+(?:growth|decline|increase|rise|gain|decrease|change)(?:\s+rate)?)\b(?:[^.;()]{0,20}|\s+(?:over|across|for|during)\s+the\s+(?:whole\s+|same\s+|full\s+|entire\s+)?(?:period|decade|years)\s+(?:was|is|came\s+to|stood\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?)$/i;
/** "rose at an annual rate of", "…, a yearly rate of": a growth verb's rate or an apposition, right before the value. */
const ANNUAL_RATE_OF = /(?:\b(?:at|by)\s+|,\s*)an?\s+(?:average\s+)?(?:annual|yearly)\s+rate\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** A rate named after its value: "5.5% per year", "4% a year", "3% annually", "2% p.a.", "4.6% annualised", "6% annual growth". */
// (And "8.3% growth a year", "2% growth per annum": the change noun before the period.)
const RATE_AFTER = /^\s*(?:(?:(?:growth|decline|increase|rise|gain|fall)\s+)?(?:on\s+average\s+)?(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|later|previously))|per\s+annum\b|on\s+an?\s+(?:annual|yearly|annuali[sz]ed|compound(?:ed)?|compound\s+annual)\s+basis\b|annually\b|p\.\s?a\.|\/\s*(?:yr|year)\b|annuali[sz]ed\b|compounded\b|(?:average\s+)?(?:annual|yearly)\s+(?:growth|decline|increase|rise|gain|decrease|change|rate)\b)/i;
/** An explicitly compound rate: its fix is certain. */
const COMPOUND = /\b(?:CAGR|compound|compounded|annuali[sz]ed)\b/i;

/** How a percent reads as a rate: `compound` when the words say so, `conventional` for "per year" wordings; undefined when it is no rate. */
export function rateReading(before: string, after: string): 'compound' | 'conventional' | undefined {
  const named = RATE_BEFORE.exec(before) ?? ANNUAL_RATE_OF.exec(before);
  if (named) return COMPOUND.test(named[0]) ? 'compound' : 'conventional';
  const trailing = RATE_AFTER.exec(after);
  // "a compound 11.6% a year": the word before the value makes the trailing rate compound.
  // "has compounded at 38.6% a year": the verb says so too (acc-chg8).
  if (trailing) return COMPOUND.test(trailing[0]) || /\bcompound(?:ed|ing)?(?:\s+at)?\s+$/i.test(before) ? 'compound' : 'conventional';
  return undefined;
}

/** A change named before its value: "up 12%", "rose by", "an increase of", "growth of". */
export const CHANGE_BEFORE = /(?:\b(?:(?<!\b(?:made|make|makes|making|took|take|takes|taking|sum|sums|add|adds|ended|end|ends|show|shows|showed|set|sets)\s)up|down|rise|rose|risen|grew|growth|increase[sd]?|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|jump(?:ed)?|change[sd]?|gain(?:ed)?|climbed|expanded|surged|soared|improved|improvement|advanced|recovered|rebounded|(?:bounced|fell|came)\s+back|edged\s+(?:higher|lower)|leapt|leaped|retreated|sagged|slipped|shrank|contracted|plunged|tumbled|sank|collapsed|plummeted|slumped|fall|falls|reduction|contraction|loss|dip(?:ped)?|slid|eased|by)\s+(?:of\s+|by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|(?:well\s+|just\s+)?over\s+|just\s+under\s+|more\s+than\s+|less\s+than\s+|close\s+to\s+|only\s+|just\s+)?)$/i;
/** A noun of change right after a percent, whatever follows it: "a 25% rise in 2024", "a 15.5% drop in 2020". */
export const CHANGE_NOUN_AFTER = /^[\s-]*(?:rise|increase|gain|growth|jump|climb|decline|decrease|drop|fall|dip|slump|reduction|contraction|loss|cut|boost)\b/i;

/**
 * A change named after its value: "a 38.2% rise", "a 122% increase that …", "12.5% more.", "65% in total", "a 55.8% drop
 * as port calls stopped" (a clause follows, or "in one year"). Never when a
 * noun follows ("45% more staff", "a 20% rise in fees"): that measures something else; never "12% more than …": that compares.
 */
export const CHANGE_AFTER = /^\s*(?:(?:rise|increase|gain|growth|jump|climb|decline|decrease|drop|fall|reduction|contraction|loss|more|fewer|less|higher|lower|up|down)|in\s+total|overall)(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|over|since|between|across|from|on\s+the|in\s+(?:total|all|the\s+(?:decade|period|same)|(?:just\s+)?(?:one|a|a\s+single)\s+year)|as(?!\s+(?:a|an)\s+(?:share|proportion|percentage|fraction|multiple)\b)|when|after|because|amid|following|despite|while|thanks\s+to|driven\s+by)\b)/i;

/**
 * Words after a rate or change that move it to another period than its statement's ("after that", "since then",
 * "year on year", "in the following years"): it speaks of something else.
 */
// ("…, 4.7 points of it in 2024 alone": a part of the change, in one year of the period.)
export const OTHER_PERIOD_AFTER = /^[^.;]{0,25}?\b(?:after\s+that|since\s+then|thereafter|afterwards|before\s+that|until\s+then|from\s+then\s+on|in\s+the\s+(?:following|next|previous|preceding|last)\s+(?:\w+\s+)?(?:year|years|decade)|over\s+the\s+next|(?:in|over|during)\s+(?:the\s+)?(?:last|past|latest|final|first|second|third|fourth|following|next|previous)\s+(?:\w+\s+)?(?:months?|quarters?|weeks?|days?|half)|(?:last|this|that)\s+(?:month|quarter|week)|(?:points?\s+)?of\s+(?:it|that|this|them)\s+(?:in|during|since|over|came|was|were)\b)\b/i;

/**
 * "up 8% on a year earlier", "year-over-year", "up 7.3% on the year": a change over one year, the statement's own only
 * when it spans one year.
 */
export const ONE_YEAR_AFTER =
  /^[^.;]{0,25}?\b(?:year[- ](?:on|over)[- ]year|y\/y|yoy|(?:a|the)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|on\s+the\s+year)\b/i;

/**
 * Words between a statement's final value and a later rate that hand the rate to something else: "against inflation of
 * 2% a year", "compared with 4.1% for the region".
 */
export const ANOTHER_MEASURE_BETWEEN = /\b(?:against|versus|vs\.?|compared\s+(?:with|to)|unlike|while|whereas)\b/i;

/** Words that may stand between a clause break and its verb without naming a new subject ("and it grew", ", and its CAGR was"). */
const NO_NEW_SUBJECT = new Set(['it', 'its', 'this', 'that', 'which', 'they', 'their', 'these', 'the', 'a', 'an', 'so', 'thus', 'then', 'also', 'still', 'overall', 'total', 'figure', 'number', 'count', 'average', 'annual', 'yearly', 'growth', 'rate', 'cagr', 'increase', 'rise', 'gain', 'change', 'decline', 'drop', 'compound', 'compounded', 'has', 'have', 'had']);
const SUBJECT_THEN_VERB = /^\s*((?:[\p{L}’'-]+\s+){1,6}?)(?:rose|grew|fell|dropped|declined|climbed|increased|decreased|went|jumped|slipped|expanded|shrank|contracted|gained|lost|was|were|is|are|stood|reached|averaged|rising|growing|falling|climbing|running|standing|averaging|hovering|advanced|added|improved|recovered|rebounded|surged|soared|leapt|leaped|retreated|sagged|edged|shot|picked|bounced)\b/iu;

/** "…, while imports grew 4% a year": the clause before the value names a subject of its own, so the value is not the statement's. */
export function namesNewSubject(clauseLead: string): boolean {
  const m = SUBJECT_THEN_VERB.exec(clauseLead);
  if (!m) return false;
  return m[1]!.trim().split(/\s+/).some((w) => !NO_NEW_SUBJECT.has(w.toLowerCase().replace(/[’']s$/, '')));
}
