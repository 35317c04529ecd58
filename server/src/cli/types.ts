// Data passed between the CLI's stages, threads and cache: located diagnostics, lint jobs and the run report.
import type { RuleSetting } from '@factlint/schemas';
import type { Dataset, DatasetProblem } from '../engine/dataset/index.js';
import type { ActiveSeverity, Coverage, RuleMeta } from '../engine/types.js';

/** A span as 1-based lines and UTF-16 columns (end exclusive), with the offsets it came from. */
export interface LocatedRange {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedEdit extends LocatedRange {
  newText: string;
}

export interface LocatedFix {
  title: string;
  edits: LocatedEdit[];
}

export interface LocatedRelated extends LocatedRange {
  message: string;
}

/** An engine Diagnostic with positions resolved; plain data (structured-clone and JSON safe). */
export interface LocatedDiagnostic extends LocatedRange {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  stated?: string;
  expected?: string;
  reason?: string;
  related?: LocatedRelated[];
  fix?: LocatedFix;
}

export interface LintResult {
  diagnostics: LocatedDiagnostic[];
  coverage: Coverage;
}

/** One file to check with one engine (dataset + rules). */
export interface LintJob {
  id: number;
  path: string;
  text: string;
  datasetKey: string;
  rules: Record<string, RuleSetting>;
  fix: boolean;
}

export interface LintOutcome extends LintResult {
  /** With fix: the text after every pass that applied fixes (absent when nothing changed). */
  fixed?: { text: string; passes: number; applied: number; before: LintResult };
}

export type LintFailure =
  | { kind: 'dataset'; datasetKey: string; problems: DatasetProblem[] }
  | { kind: 'internal'; message: string };

export type LintReply = { id: number; ok: true; outcome: LintOutcome } | { id: number; ok: false; failure: LintFailure };

/** What the main thread sends a worker of its pool: the validated datasets once, first, then batches of jobs. */
export type WorkerMessage = { datasets: Record<string, Dataset> } | LintJob[];

/** The dataset a run used, as reported by every format. */
export interface DatasetReport {
  /** The dataset paths as configured (files or folders), as printed. */
  paths: string[];
  /** Every dataset file read, as printed. */
  files: string[];
  default: boolean;
}

export interface FileReport extends LintResult {
  /** Absolute path (or the stdin name resolved against cwd). */
  path: string;
  /** As printed: relative to cwd with forward slashes. */
  display: string;
  /** --fix-dry-run: the unified diff of the fixes (absent when none). */
  diff?: string;
  /** --fix: fixes applied and written. */
  fixesApplied?: number;
  /** Not checked: the content is binary (NUL bytes or mostly invalid UTF-8). */
  skipped?: 'binary';
}

export interface RunReport {
  version: string;
  cwd: string;
  files: FileReport[];
  datasets: DatasetReport[];
  /** The configuration files in use, as printed: per distinct configuration, its file then those it extends. */
  configs: string[][];
  /** Rule metadata: only loaded for formats that need it (sarif). */
  rules?: readonly RuleMeta[];
  summary: Summary;
}

export interface Summary {
  files: number;
  /** Files not checked because their content is binary. */
  skipped: number;
  filesWithProblems: number;
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Warnings --quiet left out of the report; --max-warnings still counts them. */
  hiddenWarnings: number;
  fixable: number;
  coverage: Coverage;
}
