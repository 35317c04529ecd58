// Checks the sample expectation files: each finding's text occurs on its 1-based line, rule ids are known, drafts are well-formed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RULES = new Set([
  'cagr', 'percent-change', 'share', 'total', 'breakdown-sum', 'granularity', 'dataset-value', 'rank', 'rank-years',
  'footnote-undefined', 'footnote-unused', 'footnote-duplicate', 'citation-undefined', 'bibliography-uncited', 'formula',
]);

const here = dirname(fileURLToPath(import.meta.url));
const drafts = join(here, 'drafts');
const documents = [
  join(here, 'outlook-issue-7.md'),
  ...readdirSync(drafts).filter((f) => f.endsWith('.md')).sort().map((f) => join(drafts, f)),
];

const problems = [];
let findings = 0;
for (const doc of documents) {
  const name = doc.slice(here.length + 1);
  const lines = readFileSync(doc, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const expectedPath = doc.replace(/\.md$/, '.expected.json');
  if (!existsSync(expectedPath)) {
    problems.push(`${name}: no ${expectedPath.slice(here.length + 1)}`);
    continue;
  }
  if (doc.startsWith(drafts)) {
    if (!/^<!--.*-->$/.test(lines[0])) problems.push(`${name}: line 1 is not an HTML comment`);
    if (lines.length < 15 || lines.length > 60) problems.push(`${name}: ${lines.length} lines (want 15–60)`);
  }
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  if (!Array.isArray(expected)) problems.push(`${name}: expectations are not an array`);
  for (const [i, e] of expected.entries()) {
    const where = `${name} expectation ${i + 1} (${e.rule} "${e.text}" line ${e.line})`;
    if (Object.keys(e).sort().join() !== 'line,rule,text') problems.push(`${where}: keys must be rule, line, text`);
    if (!RULES.has(e.rule)) problems.push(`${where}: unknown rule`);
    const line = lines[e.line - 1];
    if (line === undefined) problems.push(`${where}: no such line`);
    else if (!line.includes(e.text)) problems.push(`${where}: text not on that line`);
    else if (line.indexOf(e.text) !== line.lastIndexOf(e.text)) problems.push(`${where}: text occurs more than once on the line`);
    findings += 1;
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${documents.length} documents, ${findings} expected findings: every text is on its line.`);
