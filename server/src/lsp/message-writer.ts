// The stdio transport's message writer (Neovim, Helix, Emacs, bench/lsp.bench.mjs; VS Code's IPC serialises by
// itself): a published diagnostic is serialised once, kept as UTF-8 bytes with its object, and each publication of a
// draft's diagnostics is those bytes joined into the JSON that `JSON.stringify` of the whole message would give. A
// keystroke publishes the last version's diagnostic objects again where the edit left them as they were
// (features/diagnostics.ts), ~355 of them on the 1 MB draft: their ~313 KB were stringified (a 626 KB two-byte string,
// large-object space) and encoded again on every keystroke (~1.5 ms in process: bench/RESULTS.md, perf-key84).
import { StreamMessageWriter, type ContentTypeEncoder, type Message } from 'vscode-languageserver/node.js';
import { diagnosticJson } from './features/diagnostics.js';

const PUBLISH = 'textDocument/publishDiagnostics';
const MARK = '"diagnostics":[]';
const COMMA = Buffer.from(',');

/** The JSON of a message, as UTF-8: `JSON.stringify(message)`, byte for byte. */
export function encodeMessage(message: Message): Buffer {
  const params = (message as { method?: unknown; params?: { diagnostics?: unknown } }).params;
  const diagnostics = params?.diagnostics;
  if ((message as { method?: unknown }).method !== PUBLISH || !Array.isArray(diagnostics) || diagnostics.length === 0) return Buffer.from(JSON.stringify(message), 'utf-8');
  // The message with an empty list in the diagnostics' place (keys in their order), the list's items spliced in.
  const shell = JSON.stringify({ ...message, params: { ...params, diagnostics: [] } });
  const at = shell.indexOf(MARK);
  // A string holds no unescaped quote: only the key itself can read so, unless another key of that name is nested.
  if (at < 0 || shell.indexOf(MARK, at + 1) >= 0) return Buffer.from(JSON.stringify(message), 'utf-8');
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at + MARK.length - 1), 'utf-8')];
  for (let i = 0; i < diagnostics.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(diagnosticJson(diagnostics[i]));
  }
  parts.push(Buffer.from(shell.slice(at + MARK.length - 1), 'utf-8'));
  return Buffer.concat(parts);
}

/** vscode-jsonrpc's application/json encoder (`JSON.stringify`), with publications of diagnostics as above. */
export const MESSAGE_ENCODER: ContentTypeEncoder = Object.freeze({
  name: 'application/json',
  encode(message: Message, options: { charset: string }): Promise<Uint8Array> {
    try {
      return Promise.resolve(options.charset === 'utf-8' ? encodeMessage(message) : Buffer.from(JSON.stringify(message), options.charset as BufferEncoding));
    } catch (error) {
      return Promise.reject(error);
    }
  },
});

/** A writer of messages to a stream (stdout), with MESSAGE_ENCODER. */
export function messageWriter(stream: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(stream, { charset: 'utf-8', contentTypeEncoder: MESSAGE_ENCODER });
}
