// Hovers that explain: an entity's card with its facts, a checked number with its reading and check, a footnote's
// or citation's definition, an unverified claim's candidate facts.
import type { Hover } from 'vscode-languageserver';
import type { ClaimInspection, EntityInspection, FactRow, Inspection, LineIndex } from '../../engine/index.js';
import { toRange } from '../convert.js';

/** A card shows at most this many facts; the rest are counted. */
const MAX_FACT_ROWS = 40;

export function toHover(inspection: Inspection, lines: LineIndex): Hover {
  return { range: toRange(lines, inspection.range), contents: { kind: 'markdown', value: hoverMarkdown(inspection) } };
}

export function hoverMarkdown(inspection: Inspection): string {
  switch (inspection.kind) {
    case 'entity':
      return entityCard(inspection);
    case 'claim':
      return claimCard(inspection);
    case 'footnote':
      return inspection.definition !== undefined ? `**Footnote [^${inspection.label}]**\n\n${inspection.definition}` : `**Footnote [^${inspection.label}]** is not defined.`;
    case 'citation':
      return inspection.entry !== undefined ? `**Reference ${inspection.number}**\n\n${inspection.entry}` : `**Reference ${inspection.number}** is not in the bibliography.`;
  }
}

function entityCard(e: EntityInspection): string {
  const head = [`**${e.entity.name}** · ${e.entity.kind}${e.entity.country ? ` · ${e.entity.country}` : ''}`];
  if (e.entity.aliases.length) head.push(`Also: ${e.entity.aliases.join(', ')}`);
  if (e.entity.description) head.push(e.entity.description);
  if (e.facts.length === 0) return `${head.join('\n\n')}\n\nNo facts in the dataset.`;
  return `${head.join('\n\n')}\n\n${factTable(e.facts)}`;
}

function factTable(rows: readonly FactRow[]): string {
  const lines = ['| Measure | Year | Partner | Value | Source |', '| --- | --- | --- | ---: | --- |'];
  for (const r of rows.slice(0, MAX_FACT_ROWS)) lines.push(`| ${cell(r.metric)} | ${r.time} | ${cell(r.partner ?? '')} | ${r.value} | ${cell(r.source)} |`);
  if (rows.length > MAX_FACT_ROWS) lines.push(`\n…and ${rows.length - MAX_FACT_ROWS} more facts.`);
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function claimCard(c: ClaimInspection): string {
  const reading = [c.reading.subject, c.reading.measure, c.reading.partner && `with ${c.reading.partner}`, c.reading.time].filter(Boolean).join(' · ');
  const parts: string[] = [];
  const mismatches = c.findings.filter((f) => f.expected !== undefined || c.status === 'mismatched');
  if (c.status === 'mismatched' && mismatches.length) {
    for (const f of mismatches) {
      parts.push(`**✗ ${f.stated ?? c.stated}**${f.expected ? ` — expected **${f.expected}**` : ''} (\`${f.ruleId}\`)`);
      parts.push(f.message);
      if (f.reason) parts.push(`Why: ${f.reason}`);
    }
  } else if (c.status === 'verified') {
    parts.push(`**✓ ${c.stated}** checked`);
    for (const check of c.checks) parts.push(`\`${check.ruleId}\`${check.check ? `: ${check.check}` : ''}`);
    if (c.fact) parts.push(`Dataset: ${c.fact.metric}${c.fact.time ? ` (${c.fact.time})` : ''} = ${c.fact.value} — ${c.fact.source}`);
  } else {
    parts.push(`**${c.stated}** not verified`);
    if (c.candidates.length) parts.push(`The dataset holds for this entity and measure:\n\n${factTable(c.candidates)}`);
  }
  if (reading) parts.splice(1, 0, `Read as: ${reading}`);
  return parts.join('\n\n');
}
