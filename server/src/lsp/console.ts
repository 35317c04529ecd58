// Over stdio, stdout carries the protocol: anything the process writes with `console` goes to the client's log instead,
// as vscode-languageserver routes it when it opens the stdio transport itself (main.ts opens it with its own writer).
import { inspect } from 'node:util';
import type { RemoteConsole } from 'vscode-languageserver';

const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');

export function patchConsole(remote: Pick<RemoteConsole, 'log' | 'info' | 'warn' | 'error'>): void {
  const counts = new Map<string, number>();
  console.log = (...args: unknown[]) => remote.log(text(args));
  console.debug = (...args: unknown[]) => remote.log(text(args));
  console.info = (...args: unknown[]) => remote.info(text(args));
  console.warn = (...args: unknown[]) => remote.warn(text(args));
  console.error = (...args: unknown[]) => remote.error(text(args));
  console.dir = (item: unknown, options?: object) => remote.log(inspect(item, options));
  console.trace = (...args: unknown[]) => remote.log(`Trace${args.length ? `: ${text(args)}` : ''}\n${new Error().stack!.replace(/(.+\n){2}/, '')}`);
  console.assert = (condition?: unknown, ...args: unknown[]) => {
    if (!condition) remote.error(args.length ? `Assertion failed: ${text(args)}` : 'Assertion failed');
  };
  console.count = (label = 'default') => {
    const n = (counts.get(String(label)) ?? 0) + 1;
    counts.set(String(label), n);
    remote.log(`${label}: ${n}`);
  };
  console.countReset = (label?: string) => (label === undefined ? counts.clear() : counts.delete(String(label)));
  console.table = (data: unknown) => remote.log(inspect(data));
}

/** Whether the first transport the arguments name is stdio (vscode-languageserver takes the first it finds). */
export function stdioTransport(argv: readonly string[]): boolean {
  const first = argv.find((a) => a === '--node-ipc' || a === '--stdio' || /^--(socket|pipe)(=|$)/.test(a));
  return first === '--stdio';
}
