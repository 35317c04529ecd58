// The factlint language server: connection, capabilities and handlers of a few lines each; the engine does the
// checking, the workspace service finds config and datasets, features/ convert to LSP.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckCancelledError } from '../engine/index.js';
import { MARKDOWN_FILE } from '../node/discover.js';
import { WorkspaceService, type EditorSettings } from '../node/workspace.js';
import { toOffset } from './convert.js';
import { DocumentStates, type DocumentState } from './documents.js';
import { fixAllAction, FIX_ALL_KIND, quickFixes, type ActionTarget } from './features/code-actions.js';
import { diagnosticSupport, toLspDiagnostics, type DiagnosticSupport } from './features/diagnostics.js';
import { toHover } from './features/hover.js';
import { inlayHints } from './features/inlay-hints.js';
import { ProblemFiles } from './features/problem-files.js';
import { WorkspaceCheck, type OpenDraftReport } from './features/workspace-check.js';
import { CheckWorkspaceRequest, CoverageNotification, DatasetInUseRequest } from './protocol.js';
import { IdleCollector } from './idle-gc.js';
import { IncrementalWarmUp, WARM_UP_IDLE_MS, type WarmUpTarget } from './warm-up.js';
import { readSettings, type ServerSettings } from './settings.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Idle time after a check before the young generation is collected (idle-gc.ts): well inside a typist's gap between keys. */
const YOUNG_IDLE_MS = 10;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  /** An open editor's unsaved text first, else the disk. */
  const readText = (path: string) => {
    const open = documents.get(pathToFileURL(path).href);
    return open ? Promise.resolve(open.getText()) : readFile(path, 'utf8');
  };
  const workspace = new WorkspaceService(readText);
  const states = new DocumentStates();
  const problems = new ProblemFiles(connection, (path) => readText(path).catch(() => ''));
  let folders: WorkspaceFolder[] = [];
  let canPullConfiguration = false;
  let canWatchFiles = false;
  /** The client pulls diagnostics (LSP 3.17): drafts' diagnostics are answered to textDocument/diagnostic, not published. */
  let pullsDiagnostics = false;
  let canRefreshDiagnostics = false;
  /** The optional diagnostic fields the client reads (relatedInformation, codeDescription): the others are not sent. */
  let support: DiagnosticSupport = { relatedInformation: false, codeDescription: false };
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const workspaceCheck = new WorkspaceCheck(connection, workspace, (uri) => documents.get(uri) !== undefined, async (uri) => editorSettings(uri, await settingsFor(uri)), () => pullsDiagnostics, () => support);

  const isDraft = (uri: string) => uri.startsWith('file:') && MARKDOWN_FILE.test(uri);

  function settingsFor(uri: string): Promise<ServerSettings> {
    let found = settingsCache.get(uri);
    if (!found) {
      found = readSettings(connection, uri, canPullConfiguration);
      settingsCache.set(uri, found);
    }
    return found;
  }

  function folderOf(uri: string): string | undefined {
    const match = folders.filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`)).sort((a, b) => b.uri.length - a.uri.length)[0];
    return match ? fileURLToPath(match.uri) : undefined;
  }

  function editorSettings(uri: string, settings: ServerSettings): EditorSettings {
    const rules = { ...settings.rules, ...(settings.showUnverified ? { unverified: 'info' as const } : {}) };
    const root = folderOf(uri);
    return { ...(settings.dataset.length ? { dataset: settings.dataset } : {}), rules, ...(root ? { root } : {}) };
  }

  // Checks run one after another; a check waits a turn of the event loop first, so a burst of edits is read
  // before checking, and a check whose version was overtaken is dropped before it runs or is published.
  const pending = new Set<string>();
  let running = false;
  let checking: string | undefined;
  /** Pulls waiting for the check of a draft under way. */
  const waitingForCheck = new Map<string, Array<() => void>>();
  const collector = new IdleCollector({ youngIdleMs: YOUNG_IDLE_MS });
  // Once per process, in idle time after a draft's check is published: throw-away incremental checks warm the path
  // the first keystrokes take (server/src/lsp/warm-up.ts); nothing is published, no state changes.
  const warmUp = new IncrementalWarmUp(() => running || pending.size > 0, nextTurn);
  let warmUpTarget: (WarmUpTarget & { uri: string }) | undefined;
  let warmUpTimer: NodeJS.Timeout | undefined;
  function schedule(uri: string): void {
    pending.add(uri);
    collector.busy();
    clearTimeout(warmUpTimer);
    if (!running) setImmediate(drain);
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (pending.size) {
        const uri = pending.values().next().value as string;
        pending.delete(uri);
        checking = uri;
        await check(uri).catch((error: unknown) => connection.console.error(`factlint: checking ${uri} failed: ${(error as Error).stack ?? error}`));
        checking = undefined;
        checkEnded(uri);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      running = false;
      collector.idle();
      // Not at once: keystrokes come in bursts; a pause longer than a typist's gap between keys starts it.
      if (warmUpTarget) {
        warmUpTimer = setTimeout(() => void warmUpNow(), WARM_UP_IDLE_MS);
        warmUpTimer.unref();
      }
    }
  }

  async function warmUpNow(): Promise<void> {
    const target = warmUpTarget;
    if (!target) return;
    // The idle collector is left alone: its collection after a burst of opens is what gives memory back, and the
    // warm-up's own garbage is short-lived.
    try {
      await warmUp.run(target);
    } catch (error) {
      connection.console.error(`factlint: warming up on ${target.uri} failed: ${(error as Error).stack ?? error}`);
      warmUp.stop();
      warmUpTarget = undefined;
    }
    if (!warmUp.wanted && warmUpTarget) {
      warmUpTarget = undefined;
      connection.console.log(`factlint: incremental checking warmed up (${warmUp.ran} throw-away checks)`);
    }
  }

  async function check(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || !isDraft(uri)) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    if (!settings.enable) return publish(uri, states.set(uri, { version, diagnostics: [] }));
    const setup = await workspace.setupFor(fileURLToPath(uri), editorSettings(uri, settings));
    await problems.publishSetup(setup);
    if (documents.get(uri)?.version !== version) return schedule(uri);
    if (!setup.engine) {
      if (setup.engineError) connection.console.error(`factlint: ${setup.engineError}`);
      return publish(uri, states.set(uri, { version, diagnostics: [], dataset: setup.dataset, config: setup.config?.file }));
    }
    const text = doc.getText();
    const before = states.get(uri);
    const previous = before?.checked?.result;
    let result;
    try {
      // Between its steps the check yields to the event loop: a newer edit that arrives meanwhile cancels it.
      result = await setup.engine.checkAsync(text, { previous, cancellation: { get isCancellationRequested() { return documents.get(uri)?.version !== version; } } }, nextTurn);
    } catch (error) {
      if (error instanceof CheckCancelledError) return schedule(uri);
      throw error;
    }
    if (documents.get(uri)?.version !== version) return schedule(uri);
    // The last version's diagnostics whose findings the edit left as they were are published again as the same objects.
    const converted = previous && before!.engine === setup.engine ? { result: previous, diagnostics: before!.diagnostics, uri, support } : undefined;
    const diagnostics = toLspDiagnostics(result, result.lines, uri, support, converted);
    const state = states.set(uri, { version, diagnostics, engine: setup.engine, dataset: setup.dataset, config: setup.config?.file, checked: { result, lines: result.lines } });
    void connection.sendNotification(CoverageNotification, { uri, version, coverage: result.coverage });
    publish(uri, state);
    if (warmUp.wanted) warmUpTarget = { uri, engine: setup.engine, text, result };
  }

  function publish(uri: string, state: DocumentState): void {
    if (pullsDiagnostics) workspaceCheck.reportsChanged();
    else void connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.diagnostics });
  }

  function openDraftReports(): OpenDraftReport[] {
    const reports: OpenDraftReport[] = [];
    for (const doc of documents.all()) {
      const state = states.get(doc.uri);
      if (state) reports.push({ uri: doc.uri, version: state.version, resultId: state.resultId, items: state.diagnostics });
    }
    return reports;
  }

  function checkEnded(uri: string): void {
    for (const wake of waitingForCheck.get(uri) ?? []) wake();
    waitingForCheck.delete(uri);
  }

  /** textDocument/diagnostic: a draft's diagnostics once the check of its current version is done (`unchanged` when the client has them). */
  async function pullDiagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const checksOnType = (await settingsFor(uri)).run === 'onType';
    let asked = false;
    for (;;) {
      const doc = documents.get(uri);
      const state = states.get(uri);
      const busy = pending.has(uri) || checking === uri;
      // An edit's check may not be scheduled yet when its pull arrives: ask for it once, then wait for it.
      const due = checksOnType && !asked && state?.version !== doc?.version;
      if (!doc || !isDraft(uri) || (!busy && !due) || token.isCancellationRequested) {
        if (!doc || !state) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        if (state.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: state.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: state.resultId, items: state.diagnostics };
      }
      if (due) {
        asked = true;
        schedule(uri);
      }
      await new Promise<void>((resolve) => {
        waitingForCheck.set(uri, [...(waitingForCheck.get(uri) ?? []), resolve]);
        token.onCancellationRequested(() => resolve());
      });
    }
  }

  function recheckOpenDrafts(): void {
    for (const doc of documents.all()) if (isDraft(doc.uri)) schedule(doc.uri);
    if (pullsDiagnostics && canRefreshDiagnostics) connection.languages.diagnostics.refresh(); // the pulls wait for these checks
  }

  /**
   * The checked state of a draft when it matches the document's current version, for hovers and code actions; a draft
   * whose full result was dropped (not checked recently) is checked in full once more.
   */
  async function current(uri: string): Promise<ActionTarget | undefined> {
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (!doc || !state?.engine || state.version !== doc.version) return undefined;
    const { version, engine } = state;
    if (!state.checked) {
      const text = doc.getText();
      try {
        const result = await engine.checkAsync(text, { cancellation: { get isCancellationRequested() { return documents.get(uri)?.version !== version; } } }, nextTurn);
        if (states.get(uri) !== state) return undefined; // checked again meanwhile
        states.restore(uri, { result, lines: result.lines });
      } catch (error) {
        if (error instanceof CheckCancelledError) return undefined;
        throw error;
      }
    }
    const checked = state.checked!;
    return { uri, version, result: checked.result, lines: checked.lines, engine, diagnostics: state.diagnostics };
  }

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    pullsDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    support = diagnosticSupport(params.capabilities);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        inlayHintProvider: true,
        ...(pullsDiagnostics ? { diagnosticProvider: { identifier: 'factlint', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'factlint-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlint' });
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.factlintrc*' }, { globPattern: '**/*.{md,markdown}' }],
      });
    }
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      folders = [...folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)), ...event.added];
      settingsCache.clear();
      recheckOpenDrafts();
    });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    recheckOpenDrafts();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    let changed = false;
    const drafts: Array<{ path: string; created: boolean }> = [];
    for (const change of params.changes) {
      if (!change.uri.startsWith('file:')) continue;
      const path = fileURLToPath(change.uri);
      changed = workspace.invalidate(path) || changed;
      if (MARKDOWN_FILE.test(path)) drafts.push({ path, created: change.type === FileChangeType.Created });
    }
    if (changed) {
      recheckOpenDrafts();
      await workspaceCheck.refreshAll();
    }
    for (const { path, created } of drafts) await workspaceCheck.fileChanged(path, created);
  });

  documents.onDidOpen(async (e) => {
    const uri = e.document.uri;
    if (isDraft(uri)) return schedule(uri);
    if (!uri.startsWith('file:')) return;
    // A dataset or config file opened before any draft that uses it: validate it now.
    const path = fileURLToPath(uri);
    const setup = await workspace.setupFor(path, editorSettings(uri, await settingsFor(uri)));
    const concerned = setup.dataset.files.includes(path) || setup.config?.file === path || setup.configProblems.some((p) => p.file === path);
    if (concerned) await problems.publishSetup(setup);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (isDraft(uri)) {
      void settingsFor(uri).then((s) => s.run === 'onType' && schedule(uri));
    } else if (uri.startsWith('file:') && workspace.invalidate(fileURLToPath(uri))) {
      recheckOpenDrafts(); // an open dataset or config file, edited: its unsaved text is what counts
    }
  });
  documents.onDidSave((e) => {
    if (isDraft(e.document.uri)) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    if (isDraft(uri)) {
      states.drop(uri);
      pending.delete(uri);
      if (warmUpTarget?.uri === uri) warmUpTarget = undefined;
      checkEnded(uri);
      if (!pullsDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] });
      else void workspaceCheck.fileChanged(fileURLToPath(uri), false); // its text on disk counts again
    } else if (uri.startsWith('file:') && workspace.invalidate(fileURLToPath(uri))) {
      recheckOpenDrafts(); // closing without saving: the disk's text counts again
    }
    settingsCache.delete(uri);
  });

  connection.onHover(async (params) => {
    const target = await current(params.textDocument.uri);
    if (!target) return null;
    const found = target.engine.inspect(target.result, toOffset(target.lines, params.position));
    return found ? toHover(found, target.lines) : null;
  });

  connection.onCodeAction(async (params) => {
    const target = await current(params.textDocument.uri);
    if (!target) return [];
    const only = params.context.only;
    const wantsFixAll = !only || only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`));
    const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || k === '');
    const actions = wantsQuickFix ? quickFixes(target, params.context.diagnostics) : [];
    const fixAll = wantsFixAll ? fixAllAction(target) : undefined;
    return fixAll ? [...actions, fixAll] : actions;
  });

  connection.languages.inlayHint.on(async (params) => {
    const target = await current(params.textDocument.uri);
    if (!target || !(await settingsFor(params.textDocument.uri)).inlayHints) return [];
    return inlayHints(target.result, target.lines, params.range);
  });

  connection.onRequest(DatasetInUseRequest, async ({ uri }) => {
    const state = states.get(uri);
    if (!state?.dataset) return null;
    return { files: state.dataset.files, isDefault: state.dataset.isDefault, usingLastGood: state.dataset.usingLastGood, problems: state.dataset.problems.length, ...(state.config ? { config: state.config } : {}) };
  });

  connection.languages.diagnostics.on((params, token) => pullDiagnostics(params.textDocument.uri, params.previousResultId, token));
  connection.languages.diagnostics.onWorkspace((params, token) => workspaceCheck.pull(folders.map((f) => fileURLToPath(f.uri)), params.previousResultIds, openDraftReports, token));

  connection.onRequest(CheckWorkspaceRequest, (_params, token) => workspaceCheck.run(folders.map((f) => fileURLToPath(f.uri)), token));

  documents.listen(connection);
  connection.listen();
}
