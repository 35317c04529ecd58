// Entry of `factlint-language-server`: --stdio for Neovim, Helix, Emacs; --node-ipc when started by the VS Code extension.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
// A failed reply from the client (a message it cannot show) must not end the server; log it instead.
process.on('unhandledRejection', (reason) => connection.console.error(`factlint: ${(reason as Error)?.stack ?? String(reason)}`));
startServer(connection);
