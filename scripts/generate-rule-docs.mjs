// Writes docs/rules/<id>.md and the rules table of README.md from the rule metadata; --check fails when they drift.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { allRules } from 'factlint';
import { z } from 'zod';

const check = process.argv.includes('--check');
const root = new URL('../', import.meta.url);
const fence = (text) => '```markdown\n' + text.replace(/\n?$/, '\n') + '```';
let drifted = 0;

/** The rule's options, from its zod schema: name, type and description. */
function optionDocs(rule) {
  if (!rule.options) return ['This rule takes no options.', ''];
  const schema = z.toJSONSchema(rule.options);
  const rows = Object.entries(schema.properties ?? {}).map(([name, p]) => `| \`${name}\` | ${p.type ?? ''} | ${p.description ?? ''} |`);
  return ['Options (beside `severity`):', '', '| Option | Type | Meaning |', '| --- | --- | --- |', ...rows, ''];
}

async function sync(relative, content) {
  const path = fileURLToPath(new URL(relative, root));
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === content) return;
  if (check) {
    drifted++;
    console.error(`${relative} is out of date with the rule metadata: run \`npm run docs\` and commit it.`);
  } else {
    await writeFile(path, content);
    console.log(`wrote ${relative}`);
  }
}

await mkdir(fileURLToPath(new URL('docs/rules/', root)), { recursive: true });
for (const rule of allRules) {
  const page = [
    `# ${rule.id}`,
    '',
    `${rule.docs.description}`,
    '',
    `- Default severity: \`${rule.defaultSeverity}\``,
    `- Fixable: ${rule.fixable ? 'yes (a certain fix, applied by `factlint --fix` and offered as the preferred quick fix)' : 'no'}`,
    `- Tags: ${rule.tags.join(', ')}`,
    '',
    '## What it checks',
    '',
    rule.docs.details,
    '',
    '## Flagged',
    '',
    fence(rule.docs.failing),
    '',
    '## Not flagged',
    '',
    fence(rule.docs.passing),
    '',
    '## Configuration',
    '',
    '```json',
    JSON.stringify({ rules: { [rule.id]: rule.defaultSeverity === 'off' ? 'info' : 'warning' } }, null, 2),
    '```',
    '',
    ...optionDocs(rule),
    `Silence one line with \`<!-- factlint-disable-next-line ${rule.id} -->\`.`,
    '',
  ].join('\n');
  await sync(`docs/rules/${rule.id}.md`, page);
}

const table = [
  '| Rule | What it finds | Default | Fix |',
  '| --- | --- | --- | --- |',
  ...allRules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.docs.description} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : '—'} |`),
  '',
  ...allRules.flatMap((r) => [`#### \`${r.id}\``, '', `${r.docs.description} Flagged:`, '', fence(r.docs.failing), '']),
].join('\n');
const readmePath = fileURLToPath(new URL('README.md', root));
const readme = await readFile(readmePath, 'utf8');
const begin = '<!-- rules:begin -->';
const end = '<!-- rules:end -->';
if (!readme.includes(begin) || !readme.includes(end)) {
  console.error('README.md lacks the <!-- rules:begin --> … <!-- rules:end --> markers.');
  drifted++;
} else {
  const updated = readme.slice(0, readme.indexOf(begin) + begin.length) + '\n' + table + '\n' + readme.slice(readme.indexOf(end));
  await sync('README.md', updated);
}
if (check && drifted === 0) console.log('Rule docs match the rule metadata.');
process.exitCode = drifted ? 1 : 0;
