// factlint's own protocol messages beside LSP: coverage of a draft (status bar), the dataset in use, the workspace check.
import { NotificationType, RequestType } from 'vscode-languageserver';
import type { Coverage } from '../engine/index.js';

export interface CoverageParams {
  uri: string;
  version: number;
  coverage: Coverage;
}

/** Sent after each published check of a draft, for the status bar. */
export const CoverageNotification = new NotificationType<CoverageParams>('factlint/coverage');

export interface DatasetInUse {
  files: string[];
  isDefault: boolean;
  usingLastGood: boolean;
  problems: number;
  config?: string;
}

/** Which dataset (and config file) a draft is checked against. */
export const DatasetInUseRequest = new RequestType<{ uri: string }, DatasetInUse | null, void>('factlint/datasetInUse');

/** Lints every Markdown file of the workspace folders and publishes their diagnostics; answers the number of files. */
export const CheckWorkspaceRequest = new RequestType<Record<string, never>, { files: number; problems: number }, void>('factlint/checkWorkspace');
