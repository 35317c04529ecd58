// Rule unverified (information): a claim names an entity and metric the dataset holds no matching fact for.
import { describeFact } from './describe.js';
import type { Rule } from './rule.js';

export const unverified: Rule = {
  id: 'unverified',
  docs: {
    description: 'A claim is linked to an entity and metric but the dataset has no fact for its year, period or partner.',
    details:
      'Information only, and off by default in the CLI so that CI does not fail on it: it shows which claims the dataset cannot confirm and lists the facts it does hold for that entity and metric, so an author can add the missing fact (with its source) or correct the year. The coverage figures count these claims as unverified. It also carries the readings of the other rules that are too doubtful for a finding — a year read only from a heading or the claim’s paragraph, parts that are one choice among several figures of the sentence — as notes that start “Not verified (<rule>): …”, say why the reading is unsure and offer the value the rule would expect as a suggestion.',
    failing: 'RIKEN’s 2019 collaboration score was 812.\n',
    passing: 'RIKEN’s 2015 collaboration score was 801.\n',
  },
  defaultSeverity: 'off',
  fixable: false,
  tags: ['dataset', 'information'],
  check(context) {
    for (const link of context.links().links) {
      if (link.status !== 'missing') continue;
      const held = link.candidates.map((o) => `${o.year ?? o.period ?? ''}${o.partner ? ` × ${o.partner}` : ''}: ${o.value ?? o.range?.join('–')}`).join('; ');
      context.report({
        range: { start: link.token.start, end: link.token.end },
        message: `Not verified: the dataset has no fact for ${describeFact(context.dataset, link)}.${held ? ` It holds ${held}.` : ''}`,
        stated: link.token.text,
        reason: 'no dataset fact matches the linked entity, metric, year/period and partner',
        data: { entity: link.entity, metric: link.metric, candidates: link.candidates },
      });
    }
  },
};
