// The stdio transport's message writer (Neovim, Helix, Emacs, bench/lsp.bench.mjs; VS Code's IPC serialises by
// itself): a published diagnostic is serialised once, kept as UTF-8 bytes with its object, and each publication of a
// draft's diagnostics is those bytes joined into the JSON that `JSON.stringify` of the whole message would give. A
// keystroke publishes the last version's diagnostic objects again where the edit left them as they were
// (features/diagnostics.ts), ~355 of them on the 1 MB draft: their ~313 KB were stringified (a 626 KB two-byte string,
// large-object space) and encoded again on every keystroke (~1.5 ms in process: bench/RESULTS.md, perf-key84). A full
// report answered to a client that pulls is written the same way.
import { StreamMessageWriter, type ContentTypeEncoder, type Message } from 'vscode-languageserver/node.js';
import { diagnosticJson } from './features/diagnostics.js';

const PUBLISH = 'textDocument/publishDiagnostics';
const COMMA = Buffer.from(',');

/**
 * The JSON of a message, as UTF-8: `JSON.stringify(message)`, byte for byte. A publication's diagnostics
 * (`params.diagnostics`) and a full diagnostic report answered to a pull (`result.items`: textDocument/diagnostic, for
 * a client over stdio that pulls) are joined from each diagnostic's kept bytes.
 */
export function encodeMessage(message: Message): Buffer {
  const m = message as { method?: unknown; params?: unknown; result?: unknown };
  if (m.method === PUBLISH) return spliced(message, 'params', 'diagnostics');
  const result = m.result as { kind?: unknown; items?: unknown } | null | undefined;
  if (m.method === undefined && typeof result === 'object' && result !== null && result.kind === 'full') return spliced(message, 'result', 'items');
  return Buffer.from(JSON.stringify(message), 'utf-8');
}

/** The message's JSON with the list `message[part][key]` written from its items' kept bytes. */
function spliced(message: Message, part: 'params' | 'result', key: 'diagnostics' | 'items'): Buffer {
  const container = (message as unknown as Record<string, Record<string, unknown> | undefined>)[part];
  const list = container?.[key];
  if (!Array.isArray(list) || list.length === 0) return Buffer.from(JSON.stringify(message), 'utf-8');
  // The message with an empty list in the list's place (keys in their order), the list's items spliced in.
  const mark = `"${key}":[]`;
  const shell = JSON.stringify({ ...message, [part]: { ...container, [key]: [] } });
  const at = shell.indexOf(mark);
  // A string holds no unescaped quote: only the key itself can read so, unless another key of that name is nested.
  if (at < 0 || shell.indexOf(mark, at + 1) >= 0) return Buffer.from(JSON.stringify(message), 'utf-8');
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at + mark.length - 1), 'utf-8')];
  for (let i = 0; i < list.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(diagnosticJson(list[i]));
  }
  parts.push(Buffer.from(shell.slice(at + mark.length - 1), 'utf-8'));
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
