// Shared data types of the engine: diagnostics, fixes, rule metadata and check results (no LSP, no VS Code).
import type { Severity } from '@factlint/schemas';

/** A half-open span of UTF-16 offsets into the checked text, as unist positions give them. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** One text edit: replace `range` of the original text with `newText`. */
export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

/** A certain fix (applied by --fix and offered as the preferred quick fix). */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A related location: where an input of the finding stands (an endpoint, a total, a definition). */
export interface RelatedLocation {
  range: OffsetRange;
  message: string;
}

export type ActiveSeverity = Exclude<Severity, 'off'>;

export interface Diagnostic {
  ruleId: string;
  severity: ActiveSeverity;
  range: OffsetRange;
  /** Full sentence: what was stated, what was expected and why. */
  message: string;
  /** The text as stated, e.g. "8.3%". */
  stated?: string;
  /** What the check expected, formatted in the author's style, e.g. "9.3%". */
  expected?: string;
  /** Formula or dataset fact (with its source id) behind the expectation. */
  reason?: string;
  related?: RelatedLocation[];
  /** Present only when the fix is certain. */
  fix?: Fix;
  /** Optional, uncertain alternatives for an editor's quick-fix menu. */
  suggestions?: Fix[];
  /** Rule-specific data for hovers. */
  data?: Record<string, unknown>;
}

export type ClaimStatus = 'verified' | 'mismatched' | 'unverified';

export interface Coverage {
  claims: number;
  verified: number;
  mismatched: number;
  unverified: number;
}

export interface RuleDocs {
  /** One line, shown in tables and SARIF shortDescription. */
  description: string;
  /** Markdown paragraphs explaining the rule. */
  details: string;
  /** A draft excerpt the rule flags. */
  failing: string;
  /** The same excerpt corrected. */
  passing: string;
}

export interface RuleMeta {
  id: string;
  docs: RuleDocs;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Whether the rule offers uncertain alternatives (suggestions) beside or instead of a fix. */
  hasSuggestions?: boolean;
  /** The rule's documentation page (set on the engine's rule list). */
  docsUrl?: string;
  tags: string[];
  /**
   * Rules whose finding on the same claim this rule's finding replaces (one finding per wrong number), applied after
   * every rule ran, so findings never depend on the order of the rule list.
   */
  supersedes?: readonly string[];
  /**
   * Rules whose finding on a claim this rule's confirmation of it replaces: a figure a rule confirmed as something
   * (a total of a group) is not also another rule's reading of it (one entity's value).
   */
  confirmationSupersedes?: readonly string[];
}
