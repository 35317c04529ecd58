// Every rule's metadata and documentation: ids, one-line descriptions, the failing / passing examples
// checked by a default-dataset engine, fixes that clear the finding, and the generated docs/rules pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules, applyFixes, createEngine, type Dataset } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

let dataset: Dataset;
before(async () => {
  dataset = await loadDefaultDataset();
});

/** The findings of one rule, with that rule explicitly enabled (unverified is off by default). */
function findingsOf(id: string, text: string) {
  const engine = createEngine({ dataset, rules: { [id]: 'info' } });
  return engine.check(text).diagnostics.filter((d) => d.ruleId === id);
}

describe('rule metadata', () => {
  it('registers exactly the rules factlint documents, each with one page and no stale page', () => {
    const ids = [
      'cagr', 'percent-change', 'share', 'total', 'breakdown-sum', 'granularity', 'formula', 'dataset-value', 'rank', 'rank-years',
      'footnote-undefined', 'footnote-unused', 'footnote-duplicate', 'citation-undefined', 'bibliography-uncited', 'bibliography-numbering',
      'nesting-depth', 'disable-directive', 'unverified',
    ];
    assert.deepEqual(allRules.map((r) => r.id).sort(), [...ids].sort());
    const pages = readdirSync(join(repoRoot, 'docs/rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
    assert.deepEqual(pages.sort(), [...ids].sort());
  });

  it('gives every rule a unique kebab-case id', () => {
    const ids = allRules.map((r) => r.id);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, `"${id}" is not kebab-case`);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate rule ids');
  });

  it('exposes the same rules, without their check functions, on an engine', () => {
    const engine = createEngine({ dataset });
    assert.deepEqual(engine.rules.map((r) => r.id), allRules.map((r) => r.id));
    for (const meta of engine.rules) assert.equal('check' in meta, false, `${meta.id} leaks its check function`);
  });
});

for (const rule of allRules) {
  describe(`rule ${rule.id}`, () => {
    it('has a one-line description and non-empty details and examples', () => {
      const { description, details, failing, passing } = rule.docs;
      assert.ok(description.trim().length > 0, 'description is empty');
      assert.equal(description, description.trim(), 'description has surrounding whitespace');
      assert.ok(!/[\r\n]/.test(description), `description spans several lines: ${JSON.stringify(description)}`);
      assert.ok(details.trim().length > 0, 'details are empty');
      assert.ok(failing.trim().length > 0 && passing.trim().length > 0, 'an example is empty');
      assert.notEqual(failing, passing, 'the failing and passing examples are the same text');
    });

    it('flags its failing example', () => {
      const findings = findingsOf(rule.id, rule.docs.failing);
      assert.ok(findings.length >= 1, `docs.failing of ${rule.id} yields no ${rule.id} finding:\n${rule.docs.failing}`);
      for (const f of findings) assert.equal(f.severity, 'info', 'the configured severity applies');
    });

    it('does not flag its passing example', () => {
      const findings = findingsOf(rule.id, rule.docs.passing);
      assert.deepEqual(findings.map((f) => f.message), [], `docs.passing of ${rule.id} is flagged`);
    });

    if (rule.fixable) {
      it('fixes its failing example so that it is no longer flagged', () => {
        const findings = findingsOf(rule.id, rule.docs.failing);
        assert.ok(findings.some((f) => f.fix), `no finding of ${rule.id} on docs.failing carries a fix`);
        const fixed = applyFixes(rule.docs.failing, findings);
        assert.ok(fixed.applied >= 1);
        assert.notEqual(fixed.text, rule.docs.failing);
        assert.deepEqual(findingsOf(rule.id, fixed.text).map((f) => f.message), [], `after the fix:\n${fixed.text}`);
      });
    } else {
      it('offers no certain fix, as it is not fixable', () => {
        assert.deepEqual(findingsOf(rule.id, rule.docs.failing).filter((f) => f.fix), []);
      });
    }

    it(`has a doc page docs/rules/${rule.id}.md with its description and both examples`, () => {
      const page = join(repoRoot, 'docs/rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `${page} is missing: run \`node scripts/generate-rule-docs.mjs\``);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.includes(rule.docs.description), 'the page lacks the description');
      assert.ok(text.startsWith(`# ${rule.id}\n`), 'the page is titled with another id');
      assert.ok(text.includes(`- Default severity: \`${rule.defaultSeverity}\``), 'the page states another default severity');
      assert.ok(text.includes(`- Fixable: ${rule.fixable ? 'yes' : 'no'}`), 'the page states another fixability');
      assert.ok(text.includes(`- Tags: ${rule.tags.join(', ')}`), 'the page lists other tags');
      for (const key of Object.keys((rule.options as { shape?: Record<string, unknown> } | undefined)?.shape ?? {})) assert.ok(text.includes(`| \`${key}\` |`), `the page lacks option ${key}`);
      assert.ok(text.includes(rule.docs.failing.trimEnd()), 'the page lacks the failing example');
      assert.ok(text.includes(rule.docs.passing.trimEnd()), 'the page lacks the passing example');
    });
  });
}
