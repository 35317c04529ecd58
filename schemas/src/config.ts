// zod schema of factlint's configuration file (.factlintrc.json / .factlintrc.yaml / "factlint" in package.json).
import * as z from 'zod';

export const Severity = z
  .enum(['off', 'info', 'warning', 'error'])
  .describe('off disables a rule; info and warning never fail CI by themselves; error does.');

export const RuleSetting = z.union([
  Severity,
  z
    .object({ severity: Severity.optional() })
    .catchall(z.unknown())
    .describe('A severity and rule-specific options, e.g. { "severity": "warning", "tolerance": 0.05 }.'),
]);

export const Config = z
  .object({
    $schema: z.string().optional(),
    root: z
      .boolean()
      .optional()
      .describe('true: do not extend the configs of the folders above this one.'),
    dataset: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe('Dataset file(s) or folder(s), relative to this config file. Absent: the default dataset.'),
    rules: z.record(z.string(), RuleSetting).default({}).describe('Rule id → severity or { severity, ...options }.'),
    ignore: z.array(z.string().min(1)).default([]).describe('Globs (relative to this config file) that are never linted.'),
  })
  .strict()
  .describe('factlint configuration.');

export type Severity = z.infer<typeof Severity>;
export type RuleSetting = z.infer<typeof RuleSetting>;
export type Config = z.infer<typeof Config>;
