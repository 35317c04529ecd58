// `npm run package`: builds client/factlint-vscode-<version>.vsix with @vscode/vsce from the bundled extension
// (dependencies are in the bundle, so none are packaged). `--out <file>` writes it elsewhere.
import { createVSIX } from '@vscode/vsce';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const client = fileURLToPath(new URL('../client/', import.meta.url));
const { version } = JSON.parse(readFileSync(`${client}package.json`, 'utf8'));
const out = process.argv.indexOf('--out');
const packagePath = out > 0 ? process.argv[out + 1] : `${client}factlint-vscode-${version}.vsix`;
await createVSIX({ cwd: client, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true });
console.log(packagePath);
