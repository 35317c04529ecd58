// The shape of a rule (one file each) and the context a rule's check receives.
import type { z } from 'zod';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { Diagnostic, RuleMeta } from '../types.js';
import type { DocumentLinks } from '../context/links.js';
import type { LentSlot } from '../context/lent-slots.js';

export type Finding = Omit<Diagnostic, 'ruleId' | 'severity'> & {
  /** The claim the finding is about when its range is wider (the last number of a stated range); default: range. */
  claim?: Span;
  /**
   * The slots of the reading read from farther away than the claim's own sentence or table row and column (a subject
   * from a heading, a year from the sentence before): the fix is then offered as a suggestion, never applied by --fix.
   */
  lent?: readonly LentSlot[];
};

export interface RuleContext {
  doc: AnalysedDocument;
  dataset: Dataset;
  /** Claims linked to dataset facts, computed once per check and shared by the rules that need them. */
  links(): DocumentLinks;
  options: Readonly<Record<string, unknown>>;
  report(finding: Finding): void;
  /**
   * Marks a claim as checked and consistent, for the coverage figures; `check` says how (a formula), for hovers. A
   * `loose` confirmation (the number equals some fact of its entity, not the one its words name) counts for coverage
   * but does not confirm the figure for an arithmetic fix.
   */
  verified(span: Span, check?: string, loose?: boolean): void;
  segmentAt(offset: number): AnalysedSegment | undefined;
  /**
   * After an edit, for a rule that declares `bySection`: the segments whose claims it must read, [from, to] (the
   * sections around the edit); its findings elsewhere are kept from the previous version. Undefined: every segment.
   */
  scope?: { from: number; to: number };
}

export interface Rule extends RuleMeta {
  /** zod schema of the rule's options (beside `severity` in the configuration); none: the rule takes no options. */
  options?: z.ZodType<Record<string, unknown>>;
  check(context: RuleContext): void;
  /**
   * The rule's findings and confirmations of a claim depend on nothing but what a per-segment reading kept across
   * versions may read (across-versions.ts: the claim's segment, the text within EDIT_MARGIN of it, its headings, the
   * segments before it in its section) and what `globals` gives (values read from further away, compared per
   * version): after an edit it reads only the edit's sections (section-findings.ts). `judged`, when given, widens
   * those segments (the scope, [from, to]) to the ones whose claims it judges again after an edit: for a rule whose
   * judgment of a claim also reads a few segments beside it, across a heading.
   */
  bySection?: {
    globals?(doc: AnalysedDocument, dataset: Dataset): readonly unknown[];
    judged?(doc: AnalysedDocument, scope: { from: number; to: number }): { from: number; to: number };
  };
}
