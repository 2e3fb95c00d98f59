/**
 * Every text the task pane shows, in zh-CN (default) and en-US.
 * Both catalogues implement PaneStrings, so a missing key is a compile error.
 */
import type { Severity } from '../core/finding';
import type { Locale } from '../core/i18n';
import type { TemplateVariant } from '../core/template';
import type { GatewayErrorCode } from '../excel/gateway';

export interface PaneStrings {
  readonly appTitle: string;
  readonly checkSheet: string;
  readonly checkAllSheets: string;
  readonly clearMarks: string;
  readonly insertTemplate: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<Locale, string>>;
  readonly busyChecking: string;
  readonly busyWorking: string;
  readonly emptyState: string;
  readonly noFindings: (forms: number) => string;
  readonly marksCleared: string;
  readonly severityNames: Readonly<Record<Severity, string>>;
  readonly severityCount: (severity: Severity, count: number) => string;
  readonly filterLabel: string;
  readonly resultsLabel: string;
  readonly formsLabel: string;
  readonly projectLabel: string;
  readonly untitledProject: string;
  readonly totalStated: string;
  readonly totalComputed: string;
  readonly totalStatedShort: string;
  readonly totalComputedShort: string;
  readonly gradeLabel: string;
  readonly notStated: string;
  readonly formTitle: (project: string, sheet: string, range: string) => string;
  readonly sheetLevel: (sheet: string) => string;
  readonly findingCell: (sheet: string, cell: string) => string;
  readonly expected: string;
  readonly actual: string;
  readonly previous: string;
  readonly next: string;
  readonly position: (current: number, total: number) => string;
  readonly noneSelected: (total: number) => string;
  readonly hiddenByFilter: string;
  readonly truncated: (
    sheet: string,
    rows: number,
    columns: number,
    readRows: number,
    readColumns: number,
  ) => string;
  readonly notAForm: (sheets: string) => string;
  readonly highlightFailed: string;
  readonly errorTitle: string;
  readonly errors: Readonly<Record<GatewayErrorCode, string>>;
  readonly unexpectedError: (detail: string) => string;
  readonly templateTitle: string;
  readonly templateYear: string;
  readonly templateYearInvalid: string;
  readonly templateProject: string;
  readonly templateDepartment: string;
  readonly templateImplementer: string;
  readonly templateOptional: string;
  readonly templateVariant: string;
  readonly templateVariants: Readonly<Record<TemplateVariant, string>>;
  readonly templateSubmit: string;
  readonly templateCancel: string;
  readonly templateInserted: (sheet: string) => string;
  readonly notInExcelTitle: string;
  readonly notInExcel: string;
  readonly apiUnsupported: string;
}

const zhCN: PaneStrings = {
  appTitle: '绩效自评表助手',
  checkSheet: '检查本表',
  checkAllSheets: '检查所有工作表',
  clearMarks: '清除标记',
  insertTemplate: '插入模板',
  language: '语言',
  languageNames: { 'zh-CN': '中文', 'en-US': 'English' },
  busyChecking: '正在检查…',
  busyWorking: '正在处理…',
  emptyState: '点击“检查本表”检查当前工作表中的项目支出绩效自评表。发现的问题会在表中标色，并列在这里。',
  noFindings: (forms) => `已检查 ${forms} 张表，未发现问题。`,
  marksCleared: '已清除标记，单元格恢复原来的填充色。',
  severityNames: { error: '错误', warning: '警告', info: '提示' },
  severityCount: (severity, count) => `${zhCN.severityNames[severity]} ${count}`,
  filterLabel: '按级别筛选',
  resultsLabel: '检查结果',
  formsLabel: '自评表',
  projectLabel: '项目名称',
  untitledProject: '（未填写项目名称）',
  totalStated: '总得分（表内所填）',
  totalComputed: '总得分（按各项得分计算）',
  totalStatedShort: '表内总分',
  totalComputedShort: '核算总分',
  gradeLabel: '等级',
  notStated: '—',
  formTitle: (project, sheet, range) => `${project} · ${sheet}!${range}`,
  sheetLevel: (sheet) => `工作表“${sheet}”`,
  findingCell: (sheet, cell) => `${sheet}!${cell}`,
  expected: '应为',
  actual: '实际',
  previous: '上一个',
  next: '下一个',
  position: (current, total) => `${current} / ${total}`,
  noneSelected: (total) => `– / ${total}`,
  hiddenByFilter: '所有问题都被筛选隐藏了。',
  truncated: (sheet, rows, columns, readRows, readColumns) =>
    `工作表“${sheet}”有 ${rows} 行 × ${columns} 列，超出读取上限，只检查了前 ${readRows} 行、前 ${readColumns} 列。`,
  notAForm: (sheets) =>
    `${sheets} 不像项目支出绩效自评表：没有找到“项目名称”“总得分”等表头。可用“插入模板”新建一张空白表。`,
  highlightFailed: '无法在表中标色（工作表受保护？），问题仍列在下方。',
  errorTitle: '无法完成',
  errors: {
    'not-excel': '请在 Excel 中打开本加载项。',
    'api-unsupported': '此版本的 Excel 不支持本加载项（需要 ExcelApi 1.9 或更高版本），请更新 Excel。',
    'sheet-protected': '工作表受保护，无法写入。请先撤销工作表保护（审阅 › 撤销工作表保护）。',
    'no-active-sheet': '没有活动的工作表。请先选择一个工作表。',
    'sheet-not-found': '找不到该工作表，它可能已被重命名或删除。请重新检查。',
    'host-error': 'Excel 报告了一个错误。',
  },
  unexpectedError: (detail) => `出现意外错误：${detail}`,
  templateTitle: '插入模板',
  templateYear: '评价年度',
  templateYearInvalid: '请输入 2000 到 2100 之间的年份。',
  templateProject: '项目名称',
  templateDepartment: '主管部门',
  templateImplementer: '实施单位',
  templateOptional: '可选',
  templateVariant: '表样',
  templateVariants: { seed: '常用 8 列表样', national: '财政部通用表样' },
  templateSubmit: '插入',
  templateCancel: '取消',
  templateInserted: (sheet) => `已插入新工作表“${sheet}”。`,
  notInExcelTitle: '请在 Excel 中打开',
  notInExcel: '绩效自评表助手是 Excel 加载项。请在 Excel 中通过“开始 › 加载项”打开它。',
  apiUnsupported:
    '此版本的 Excel 不支持本加载项（需要 ExcelApi 1.9 或更高版本），请更新 Excel 或使用 Excel 网页版。',
};

const enUS: PaneStrings = {
  appTitle: 'Self-evaluation form checker',
  checkSheet: 'Check this sheet',
  checkAllSheets: 'Check every sheet',
  clearMarks: 'Clear marks',
  insertTemplate: 'Insert template',
  language: 'Language',
  languageNames: { 'zh-CN': '中文', 'en-US': 'English' },
  busyChecking: 'Checking…',
  busyWorking: 'Working…',
  emptyState:
    'Select "Check this sheet" to check the performance self-evaluation forms on the active sheet. Problems are coloured on the sheet and listed here.',
  noFindings: (forms) => `Checked ${forms} form${forms === 1 ? '' : 's'}: no problems found.`,
  marksCleared: 'Marks cleared; cells have their original fill again.',
  severityNames: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityCount: (severity, count) => `${enUS.severityNames[severity]} ${count}`,
  filterLabel: 'Filter by severity',
  resultsLabel: 'Results',
  formsLabel: 'Forms',
  projectLabel: 'Project',
  untitledProject: '(no project name)',
  totalStated: 'Total score as stated on the form',
  totalComputed: 'Total score as the item scores add up',
  totalStatedShort: 'Stated',
  totalComputedShort: 'Sum',
  gradeLabel: 'Grade',
  notStated: '—',
  formTitle: (project, sheet, range) => `${project} · ${sheet}!${range}`,
  sheetLevel: (sheet) => `Sheet "${sheet}"`,
  findingCell: (sheet, cell) => `${sheet}!${cell}`,
  expected: 'Expected',
  actual: 'Actual',
  previous: 'Previous',
  next: 'Next',
  position: (current, total) => `${current} / ${total}`,
  noneSelected: (total) => `– / ${total}`,
  hiddenByFilter: 'Every problem is hidden by the filter.',
  truncated: (sheet, rows, columns, readRows, readColumns) =>
    `Sheet "${sheet}" has ${rows} rows × ${columns} columns, more than can be read: only the first ${readRows} rows and ${readColumns} columns were checked.`,
  notAForm: (sheets) =>
    `${sheets} does not look like a project self-evaluation form: no headings such as 项目名称 or 总得分 were found. Use "Insert template" to start a blank form.`,
  highlightFailed:
    'The cells could not be coloured (is the sheet protected?); the problems are still listed below.',
  errorTitle: 'Could not finish',
  errors: {
    'not-excel': 'Open this add-in in Excel.',
    'api-unsupported':
      'This version of Excel does not support the add-in (ExcelApi 1.9 or later is required). Please update Excel.',
    'sheet-protected':
      'The sheet is protected and cannot be written. Unprotect it first (Review › Unprotect Sheet).',
    'no-active-sheet': 'There is no active worksheet. Select a worksheet first.',
    'sheet-not-found': 'The sheet could not be found; it may have been renamed or deleted. Check again.',
    'host-error': 'Excel reported an error.',
  },
  unexpectedError: (detail) => `Unexpected error: ${detail}`,
  templateTitle: 'Insert template',
  templateYear: 'Evaluation year',
  templateYearInvalid: 'Enter a year between 2000 and 2100.',
  templateProject: 'Project name (项目名称)',
  templateDepartment: 'Department (主管部门)',
  templateImplementer: 'Implementing unit (实施单位)',
  templateOptional: 'optional',
  templateVariant: 'Layout',
  templateVariants: { seed: 'Common 8-column layout', national: 'Ministry of Finance layout' },
  templateSubmit: 'Insert',
  templateCancel: 'Cancel',
  templateInserted: (sheet) => `Inserted the new sheet "${sheet}".`,
  notInExcelTitle: 'Open in Excel',
  notInExcel: 'The self-evaluation form checker is an Excel add-in. Open it in Excel from Home › Add-ins.',
  apiUnsupported:
    'This version of Excel does not support the add-in (ExcelApi 1.9 or later is required). Update Excel or use Excel on the web.',
};

export const STRINGS: Readonly<Record<Locale, PaneStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** zh-CN unless the host's display language is English. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
