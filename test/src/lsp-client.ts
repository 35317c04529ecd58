// A real LSP client for the protocol tests: spawns the built `factlint-language-server --stdio` and speaks JSON-RPC
// with vscode-languageserver-protocol; tests wait for the notifications they expect, never for a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { repoRoot } from './helpers.js';

export const serverBin = join(repoRoot, 'server/bin/factlint-language-server.js');
/** The server as the VS Code extension ships it (bundled by esbuild, with the default dataset beside it). */
export const bundledServer = join(repoRoot, 'client/dist/server.mjs');

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly coverage: Array<{ uri: string; version: number; coverage: Record<string, number> }> = [];
  /** How many workspace/diagnostic/refresh requests the server sent (a client that pulls diagnostics). */
  refreshes = 0;
  private refreshed: Array<() => void> = [];
  initializeResult?: InitializeResult;
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  /** What the client answers to workspace/configuration for the `factlint` section (per scope URI prefix when keyed by one). */
  settings: Record<string, unknown> = {};

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.accept(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'factlint' ? this.settingsFor(item.scopeUri) : null)));
    connection.onNotification('factlint/coverage', (params: LspClient['coverage'][number]) => this.coverage.push(params));
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      for (const resolve of this.refreshed.splice(0)) resolve();
    });
  }

  /** Resolves at the server's next workspace/diagnostic/refresh request. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshed.push(resolve));
  }

  private settingsFor(scopeUri: string | undefined): unknown {
    const scoped = Object.entries(this.settings).find(([key]) => key.startsWith('file:') && scopeUri?.startsWith(key));
    return scoped ? scoped[1] : this.settings;
  }

  /** Starts the server over stdio with `folder` (or several folders) as the workspace folders; `capabilities` adds to the client's. */
  static async start(folder: string | string[], server = serverBin, settings?: Record<string, unknown>, capabilities: ClientCapabilities = {}): Promise<LspClient> {
    const folders = Array.isArray(folder) ? folder : [folder];
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child);
    if (settings) client.settings = settings;
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0]!).href,
      workspaceFolders: folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: `folder-${i}` })),
      capabilities: {
        ...capabilities,
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true }, ...capabilities.textDocument },
        workspace: { ...(settings ? { configuration: true } : {}), ...capabilities.workspace },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next (or latest, when it already matches) diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const latest = [...this.published].reverse().find((p) => p.uri === uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental change; returns the new version. */
  async change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** Replaces the settings and tells the server they changed. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server a file changed on disk (type 2), or was created (1) or deleted (3). */
  async fileChanged(uri: string, type: 1 | 2 | 3 = 2): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}
