// The VS Code extension package: `npm run package`'s script builds a .vsix that holds the bundled extension and
// server, the default dataset and the JSON Schemas, nothing else, and stays under 2 MB.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from './helpers.js';

/** The names in a zip file's central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

describe('VS Code extension package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-vsix-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the bundled extension, server, default dataset and schemas, and is under 2 MB', () => {
    const vsix = join(dir, 'factlint.vsix');
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/package-extension.mjs'), '--out', vsix], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(statSync(vsix).size < 2 * 1024 * 1024, `${statSync(vsix).size} bytes`);
    const names = zipEntries(readFileSync(vsix)).filter((n) => n.startsWith('extension/'));
    for (const needed of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.mjs', 'extension/default-dataset.snapshot.json', 'extension/default-dataset/entities.yaml', 'extension/schemas/config.schema.json', 'extension/schemas/dataset.schema.json', 'extension/readme.md']) {
      assert.ok(names.includes(needed), `${needed} missing from ${names.join(', ')}`);
    }
    assert.deepEqual(names.filter((n) => /node_modules|\/src\/|\/test\/|\.ts$|tsconfig/.test(n)), []);
  });
});
