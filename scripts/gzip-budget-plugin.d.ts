/** Types of scripts/gzip-budget-plugin.js for TypeScript callers (benchmarks, tests). */
export declare const GZIP_BUDGET_BYTES: number;
export declare class GzipBudgetPlugin {
  constructor(budgetBytes?: number);
  readonly budgetBytes: number;
}
