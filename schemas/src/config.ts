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

/** A size in bytes, or a string such as "10MB" or "512KB" (KB = 1024 bytes). */
export const Size = z.union([z.number().int().positive(), z.string().regex(/^\s*\d+(\.\d+)?\s*([kmg]b?|b)?\s*$/i, 'a size such as "10MB", "512KB" or a number of bytes')]);

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
    maxFileSize: Size.optional().describe('Drafts larger than this are not checked (one finding says so). Default "10MB".'),
    maxDatasetSize: Size.optional().describe('A dataset file larger than this is refused. Default "20MB".'),
  })
  .strict()
  .describe('factlint configuration.');

export type Severity = z.infer<typeof Severity>;
export type RuleSetting = z.infer<typeof RuleSetting>;
export type Config = z.infer<typeof Config>;
