// A rate named as such, after the statement it belongs to (acc-change6): "…; the compound annual growth rate was 6.4%",
// "… to 260 in 2020. The CAGR over the period was 6.4%.", "Over the period, the average annual growth rate was 5.4%."
// The name is the link: a clause (or sentence) that opens with the rate's name and holds no other figure speaks of
// the one statement before it.

/**
 * The words before the figure: an optional "over the period", the rate's name, and a verb or a bare colon ("; CAGR 11.6%",
 * "; an annualised 11.6%", "; a compound 11.6% a year") — nothing that names a subject.
 */
const NAMED_RATE = /^\s*(?:(?:and|so|thus|hence)\s+)?(?:(?:over|across|during|for)\s+(?:the|this|that)\s+(?:whole\s+|same\s+|full\s+|entire\s+)?(?:period|decade|years|span),?\s+)?(?:(?:the|its|their|an?)\s+)?(?:CAGR|compound(?:ed)?\s+annual\s+(?:growth\s+)?rate|compound(?:ed)?\s+annual\s+growth|compound\s+(?:growth\s+)?rate|(?:average\s+)?annual(?:ised|ized)?\s+(?:average\s+)?growth(?:\s+rate)?|annuali[sz]ed\s+rate|(?:annuali[sz]ed|compound(?:ed)?)(?=\s*$))(?:\s+(?:over|across|for|during)\s+(?:the|this|that)\s+(?:whole\s+|same\s+|full\s+|entire\s+)?(?:period|decade|years|span))?(?:,?\s+(?:thus\s+|therefore\s+)?(?:was|is|came\s+to|comes\s+to|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|works\s+out\s+(?:at|to)|averaged|equals|equalled|reached)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?|\s*:?\s*)$/i;

/** Whether the text before a figure, from its clause's start, only names the rate: "the compound annual growth rate was ". */
export function namesTheRate(lead: string): boolean {
  return NAMED_RATE.test(lead);
}
