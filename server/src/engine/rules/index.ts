// The explicit list of rules, in the order their findings are documented.
import { bibliographyNumbering } from './bibliography-numbering.js';
import { bibliographyUncited } from './bibliography-uncited.js';
import { citationUndefined } from './citation-undefined.js';
import { footnoteDuplicate } from './footnote-duplicate.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';
import type { Rule } from './rule.js';

export const allRules: readonly Rule[] = [
  footnoteUndefined,
  footnoteUnused,
  footnoteDuplicate,
  citationUndefined,
  bibliographyUncited,
  bibliographyNumbering,
];
