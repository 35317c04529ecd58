// Builds the installable tarballs of @factlint/schemas and factlint (run `npm run build` first; `npm run pack` does):
// factlint is not on a registry, so a reports repository installs these files (README, "Installing factlint").
//
//   node scripts/pack.mjs [--destination DIR]   (default: pack/)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const at = process.argv.indexOf('--destination');
const destination = resolve(at >= 0 ? process.argv[at + 1] : join(repo, 'pack'));
mkdirSync(destination, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const out = execFileSync(npm, ['pack', '--workspace', 'schemas', '--workspace', 'server', '--pack-destination', destination, '--json'], { cwd: repo, encoding: 'utf8' });
for (const pkg of JSON.parse(out)) {
  const path = join(destination, pkg.filename);
  const shown = relative(process.cwd(), path);
  console.log(`${shown.startsWith('..') ? path : shown}  (${pkg.name}@${pkg.version}, ${pkg.entryCount} files, ${Math.round(pkg.size / 1024)} KB)`);
}
