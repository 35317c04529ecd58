// The README's dataset section documents every entity kind, metric unit and breakdown value the schema allows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityKind, Metric, MetricUnit } from '@factlint/schemas';
import { parse } from 'yaml';
import { repo } from './cli-helpers.js';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## The dataset\n'), readme.indexOf('\n## ', readme.indexOf('\n## The dataset\n') + 1));

describe('README: the dataset section', () => {
  it('lists every allowed entity kind and metric unit (read from the schema)', () => {
    assert.ok(section.length > 100, 'the README has a "## The dataset" section');
    for (const kind of EntityKind.options) assert.ok(section.includes(`\`${kind}\``), `kind "${kind}" is not listed`);
    for (const unit of MetricUnit.options) assert.ok(section.includes(`\`${unit}\``), `unit "${unit}" is not listed`);
  });

  it('shows the breakdown key in a metric the schema accepts, and names both of its values', () => {
    const blocks = [...section.matchAll(/```yaml\n([^]*?)```/g)].map((m) => parse(m[1]!) as { metrics?: unknown[] });
    const metrics = blocks.flatMap((b) => b?.metrics ?? []) as Record<string, unknown>[];
    const withBreakdown = metrics.filter((m) => 'breakdown' in m);
    assert.ok(withBreakdown.length > 0, 'no YAML example shows a metric with "breakdown"');
    for (const m of withBreakdown) assert.ok(Metric.safeParse(m).success, JSON.stringify(m));
    for (const value of Metric.shape.breakdown.unwrap().options) assert.ok(section.includes(`\`${value}\``), `breakdown "${value}" is not named`);
  });
});
