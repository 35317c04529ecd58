// Entry of `factlint-language-server`: --stdio for Neovim, Helix, Emacs; --node-ipc when started by the VS Code extension.
import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node.js';
import { patchConsole, stdioTransport } from './console.js';
import { messageWriter } from './message-writer.js';
import { startServer } from './server.js';

// Over stdio, messages are written with the server's own encoder (message-writer.ts: each diagnostic serialised once);
// vscode-languageserver reads the transport from the arguments as before for the others. Given streams, it does not
// route the console to the client as it does for --stdio, so that is done here (stdout carries the protocol).
const stdio = stdioTransport(process.argv.slice(2));
// stdin goes in as a stream, as vscode-languageserver takes it for --stdio: it then ends the process when stdin closes
// (as it does for --stdio; its typings pair a stream only with a stream, its code takes either for each).
const connection = stdio ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, messageWriter(process.stdout)) : createConnection(ProposedFeatures.all);
if (stdio) patchConsole(connection.console);
// A failed reply from the client (a message it cannot show) must not end the server; log it instead.
process.on('unhandledRejection', (reason) => connection.console.error(`factlint: ${(reason as Error)?.stack ?? String(reason)}`));
startServer(connection);
