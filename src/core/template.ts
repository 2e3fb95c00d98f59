/**
 * The blank 绩效自评表 as data (DOMAIN.md §7), written by the Office.js and exceljs writers.
 * (Placeholder: the options type is fixed; the layout lands with 插入模板.)
 */

export type TemplateVariant = 'seed' | 'national';

export interface TemplateOptions {
  /** 评价年度, e.g. 2025. */
  readonly year: number;
  readonly variant: TemplateVariant;
  readonly projectName?: string;
  readonly department?: string;
  readonly implementer?: string;
}
