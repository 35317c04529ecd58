// Build step: copies the default dataset (samples/dataset) into the factlint package, so an installed CLI has it.
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../samples/dataset/', import.meta.url));
const to = fileURLToPath(new URL('../server/dist/default-dataset/', import.meta.url));
await rm(to, { recursive: true, force: true });
await mkdir(to, { recursive: true });
for (const name of (await readdir(from)).filter((n) => /\.(ya?ml|json)$/i.test(n))) await cp(from + name, to + name);
