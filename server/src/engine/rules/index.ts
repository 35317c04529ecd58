// The explicit list of rules: arithmetic first, then dataset and rankings, then footnotes and citations.
import { bibliographyNumbering } from './bibliography-numbering.js';
import { bibliographyUncited } from './bibliography-uncited.js';
import { breakdownSum } from './breakdown-sum.js';
import { cagr } from './cagr.js';
import { citationUndefined } from './citation-undefined.js';
import { datasetValue } from './dataset-value.js';
import { disableDirective } from './disable-directive.js';
import { footnoteDuplicate } from './footnote-duplicate.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';
import { formula } from './formula.js';
import { granularity } from './granularity.js';
import { percentChange } from './percent-change.js';
import { rank } from './rank.js';
import { rankYears } from './rank-years.js';
import type { Rule } from './rule.js';
import { share } from './share.js';
import { total } from './total.js';
import { unverified } from './unverified.js';

/** Order matters: dataset-value and unverified skip numbers an arithmetic rule already reported. */
export const allRules: readonly Rule[] = [
  cagr,
  percentChange,
  share,
  total,
  breakdownSum,
  granularity,
  formula,
  datasetValue,
  rank,
  rankYears,
  footnoteUndefined,
  footnoteUnused,
  footnoteDuplicate,
  citationUndefined,
  bibliographyUncited,
  bibliographyNumbering,
  unverified,
  disableDirective,
];
