// The real-VS-Code suite: the extension in a real workbench and extension host, asserted through the VS Code API.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const factlint = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factlint');
const codes = (uri: vscode.Uri) => factlint(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

/** Resolves when the factlint diagnostics of `uri` satisfy `accept` (now or after a change). */
function diagnosticsWhere(uri: vscode.Uri, accept: (codes: string[]) => boolean): Promise<void> {
  if (accept(codes(uri))) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && accept(codes(uri))) {
        sub.dispose();
        resolve();
      }
    });
  });
}

function textWhere(doc: vscode.TextDocument, accept: (text: string) => boolean): Promise<void> {
  if (accept(doc.getText())) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && accept(doc.getText())) {
        sub.dispose();
        resolve();
      }
    });
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Asks the harness driving the browser (code-server here) for a screenshot, and waits until it is written. */
async function screenshot(name: string): Promise<void> {
  const dir = process.env.FACTLINT_E2E_ARTIFACTS;
  if (!dir) return; // the desktop VS Code has no harness that takes screenshots
  const file = join(dir, name);
  console.log(`factlint-e2e:screenshot ${file}`);
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
}

export function suite(): void {
  describe('factlint in VS Code', () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const draftUri = vscode.Uri.joinPath(folder, 'draft.md');
    let draft: vscode.TextDocument;
    let editor: vscode.TextEditor;

    before(async () => {
      await vscode.extensions.getExtension('factlint.factlint-vscode')!.activate();
      draft = await vscode.workspace.openTextDocument(draftUri);
      editor = await vscode.window.showTextDocument(draft);
    });

    it('publishes factlint diagnostics for the draft', async () => {
      await diagnosticsWhere(draftUri, (c) => c.includes('cagr') && c.includes('dataset-value'));
      const cagr = factlint(draftUri).find((d) => (d.code as { value: string }).value === 'cagr')!;
      assert.equal((cagr.code as { target: vscode.Uri }).target.toString(), 'https://github.com/factlint/factlint/blob/main/docs/rules/cagr.md');
      assert.equal(draft.getText(cagr.range), '+8.3%');
    });

    it('shows the facts of Keio University in its hover', async () => {
      const at = draft.positionAt(draft.getText().indexOf('Keio University') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri, at);
      const text = hoverText(hovers);
      assert.match(text, /\*\*Keio University\*\* · university · Japan/);
      assert.match(text, /\| Sweden-linked publications \| 2024 \| {2}\| 63 \| Academic internationalisation outlook, Issue 7 \|/);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('workbench-hover.png');
    });

    it('applies the preferred quick fix, and its diagnostic goes away', async () => {
      const cagr = factlint(draftUri).find((d) => (d.code as { value: string }).value === 'cagr')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri, cagr.range, vscode.CodeActionKind.QuickFix.value);
      const preferred = actions.find((a) => a.isPreferred && a.title.includes('9.3%'))!;
      assert.ok(preferred, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
      await diagnosticsWhere(draftUri, (c) => !c.includes('cagr'));
      assert.match(draft.getText(), /CAGR \+9\.3%/);
    });

    it('fixes all on save (editor.codeActionsOnSave: source.fixAll.factlint)', async () => {
      assert.deepEqual(codes(draftUri), ['dataset-value']);
      await draft.save();
      await textWhere(draft, (t) => t.includes('had 63 publications'));
      await diagnosticsWhere(draftUri, (c) => c.length === 0);
    });

    it('re-checks the draft when the dataset is edited', async () => {
      const datasetUri = vscode.Uri.joinPath(folder, 'data/facts.yaml');
      const dataset = await vscode.workspace.openTextDocument(datasetUri);
      const at = dataset.getText().indexOf('year: 2024, value: 63') + 'year: 2024, value: '.length;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(datasetUri, new vscode.Range(dataset.positionAt(at), dataset.positionAt(at + 2)), '70');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await diagnosticsWhere(draftUri, (c) => c.includes('dataset-value'));
      assert.match(factlint(draftUri)[0]!.message, /stated as 63, but the dataset has 70/);
      await dataset.save();
    });
  });
}
