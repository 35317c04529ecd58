// The factlint VS Code extension: starts the bundled language server over IPC, forwards settings, registers the
// commands and shows the active draft's claim coverage in the status bar. Everything else is the server's.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

interface Coverage {
  claims: number;
  verified: number;
  mismatched: number;
  unverified: number;
}

interface DatasetInUse {
  files: string[];
  isDefault: boolean;
  usingLastGood: boolean;
  problems: number;
  config?: string;
}

/** Milliseconds since the extension host started: when activation began, the server answered initialize, and the first check arrived. */
export interface ActivationTimes {
  activationStarted: number;
  clientReady?: number;
  firstCheck?: number;
}

/** What activate() returns to other extensions and the e2e suite. */
export interface FactlintApi {
  activationTimes: ActivationTimes;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FactlintApi> {
  const activationTimes: ActivationTimes = { activationStarted: performance.now() };
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.{yaml,yml,json}' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.yaml,*.yml,*.json,.factlintrc*,*.md,*.markdown}') },
    diagnosticCollectionName: 'factlint',
  };
  client = new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'factlint.showProblems';
  context.subscriptions.push(status);
  const coverage = new Map<string, Coverage>();
  const showCoverage = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const c = uri ? coverage.get(uri) : undefined;
    if (!c) return status.hide();
    status.text = `factlint $(check) ${c.verified} $(error) ${c.mismatched} $(question) ${c.unverified}`;
    status.tooltip = `${c.claims} claims: ${c.verified} verified, ${c.mismatched} mismatched, ${c.unverified} unverified. Click for the Problems view (type "factlint" into its filter to see only factlint's problems).`;
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showCoverage));

  context.subscriptions.push(
    vscode.commands.registerCommand('factlint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.factlint');
      const fixAll = actions?.find((a) => a.kind?.value === 'source.fixAll.factlint');
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else void vscode.window.showInformationMessage('factlint: nothing to fix.');
    }),
    vscode.commands.registerCommand('factlint.checkWorkspace', async () => {
      const result = await client?.sendRequest<{ files: number; problems: number }>('factlint/checkWorkspace', {});
      if (result) void vscode.window.showInformationMessage(`factlint: checked ${result.files} Markdown files, ${result.problems} problems.`);
      return result;
    }),
    vscode.commands.registerCommand('factlint.showDataset', async () => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      const inUse = uri ? await client?.sendRequest<DatasetInUse | null>('factlint/datasetInUse', { uri }) : undefined;
      if (!inUse) return void vscode.window.showInformationMessage('factlint: open a Markdown draft to see the dataset it is checked against.');
      const what = inUse.isDefault ? 'the default dataset' : inUse.files.map((f) => vscode.workspace.asRelativePath(f)).join(', ');
      const broken = inUse.problems ? ` It has ${inUse.problems} problem(s)${inUse.usingLastGood ? '; the last valid version is in use' : ''}.` : '';
      void vscode.window.showInformationMessage(`factlint checks against ${what}${inUse.config ? ` (config ${vscode.workspace.asRelativePath(inUse.config)})` : ''}.${broken}`);
      return inUse;
    }),
    // VS Code has no API or command that sets the Problems filter text: open the view and focus its filter instead.
    vscode.commands.registerCommand('factlint.showProblems', async () => {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.commands.executeCommand('problems.action.focusFilter');
    }),
    vscode.commands.registerCommand('factlint.restartServer', async () => {
      await client?.restart();
    }),
  );

  client.onNotification('factlint/coverage', (params: { uri: string; coverage: Coverage }) => {
    activationTimes.firstCheck ??= performance.now();
    coverage.set(params.uri, params.coverage);
    showCoverage();
  });
  await client.start();
  activationTimes.clientReady = performance.now();
  return { activationTimes };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
