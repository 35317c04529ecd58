// Public API of the factlint engine: pure TypeScript, no LSP or VS Code imports.
export { createEngine, resolveRules, ruleOptionProblems, RuleOptionsError, UnknownRuleError, type Engine, type EngineOptions, type CheckOptions, type CheckResult } from './engine.js';
export { applyFixes, applyEdits } from './fixes.js';
export { fixAll, MAX_FIX_PASSES, type FixAllOptions, type FixAllResult } from './fix-all.js';
export { factsOf, type Inspection, type ClaimInspection, type EntityInspection, type FootnoteInspection, type CitationInspection, type FactRow, type VerifiedClaim } from './inspect.js';
export { suppressionEdit } from './suppress-comment.js';
export { ruleDocsUrl } from './rules/docs-url.js';
export { LineIndex, type LineColumn } from './positions.js';
export { CheckCancelledError, type Cancellation } from './markdown/document.js';
export { allRules } from './rules/index.js';
export type { Rule, RuleContext, Finding } from './rules/rule.js';
export * from './dataset/index.js';
export { loadDataset, validateDataset, formatProblem } from './dataset/load.js';
export type * from './types.js';
