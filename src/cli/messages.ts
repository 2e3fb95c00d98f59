/** The CLI's own lines (usage, unreadable files, summary), zh-CN first, en-US second. Findings use core i18n. */
import type { Locale } from '../core/i18n';
import type { Severity } from '../core/finding';
import { INPUT_LIMITS, type InputErrorCode } from './read-workbook';

const MB = 1024 * 1024;

const INPUT_ERRORS: Readonly<Record<InputErrorCode, Readonly<Record<Locale, string>>>> = {
  empty: { 'zh-CN': '文件为空', 'en-US': 'the file is empty' },
  'too-large': {
    'zh-CN': `文件超过 ${INPUT_LIMITS.maxFileBytes / MB} MB 上限，未读取`,
    'en-US': `the file is larger than the ${INPUT_LIMITS.maxFileBytes / MB} MB limit; not read`,
  },
  'zip-bomb': {
    'zh-CN': `解压后超过 ${INPUT_LIMITS.maxUncompressedBytes / MB} MB 上限（疑似压缩炸弹），未读取`,
    'en-US': `uncompressed size exceeds the ${INPUT_LIMITS.maxUncompressedBytes / MB} MB limit (possible zip bomb); not read`,
  },
  'legacy-xls': {
    'zh-CN': '旧版 .xls 不支持，请另存为 .xlsx',
    'en-US': 'old .xls workbooks are not supported; save it as .xlsx',
  },
  encrypted: {
    'zh-CN': '工作簿有密码保护（已加密），请去除密码后另存',
    'en-US': 'the workbook is password-protected (encrypted); remove the password and save again',
  },
  corrupt: {
    'zh-CN': '文件已损坏或不是 .xlsx 工作簿',
    'en-US': 'the file is damaged or not an .xlsx workbook',
  },
  'unsupported-type': {
    'zh-CN': '不支持的文件类型（支持 .xlsx、.xlsm、.csv、.tsv、.txt）',
    'en-US': 'unsupported file type (supported: .xlsx, .xlsm, .csv, .tsv, .txt)',
  },
  unreadable: { 'zh-CN': '无法读取文件', 'en-US': 'the file cannot be read' },
  'check-failed': { 'zh-CN': '检查此文件时出错', 'en-US': 'checking this file failed' },
};

export function inputErrorText(code: InputErrorCode, locale: Locale): string {
  return INPUT_ERRORS[code][locale];
}

const SEVERITY_NAMES: Readonly<Record<Severity, Readonly<Record<Locale, string>>>> = {
  error: { 'zh-CN': '错误', 'en-US': 'error' },
  warning: { 'zh-CN': '警告', 'en-US': 'warning' },
  info: { 'zh-CN': '提示', 'en-US': 'info' },
};

export function severityName(severity: Severity, locale: Locale): string {
  return SEVERITY_NAMES[severity][locale];
}

type Text = (locale: Locale) => string;

function t(zh: string, en: string): Text {
  return (locale) => (locale === 'zh-CN' ? zh : en);
}

export const TEXT = {
  workbookLevel: t('工作簿', 'workbook'),
  noForm: t('（未识别到自评表）', '(no form found)'),
  noFindings: t('未发现问题', 'no findings'),
  totalLabel: t('总得分', 'total'),
  computedLabel: t('合计', 'computed'),
  gradeLabel: t('等级', 'grade'),
  yearSuffix: t('年度', ''),
  unreadable: t('无法读取', 'cannot read'),
  hint: t('用法见 selfeval --help', 'see selfeval --help'),
} as const;

export function cutSheetLine(
  file: string,
  sheet: string,
  rows: number,
  columns: number,
  locale: Locale,
): string {
  return locale === 'zh-CN'
    ? `${file}: 工作表「${sheet}」共 ${rows} 行 × ${columns} 列，只检查了前 ${INPUT_LIMITS.rows} 行 × ${INPUT_LIMITS.columns} 列`
    : `${file}: sheet "${sheet}" has ${rows} rows × ${columns} columns; only the first ${INPUT_LIMITS.rows} rows × ${INPUT_LIMITS.columns} columns were checked`;
}

export function externalLinksLine(file: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${file}: 含外部链接，按保存时的缓存值检查`
    : `${file}: links to other workbooks; their cached values were checked`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function summaryLine(
  counts: { files: number; forms: number; errors: number; warnings: number; infos: number; failed: number },
  locale: Locale,
): string {
  const failed =
    counts.failed > 0
      ? locale === 'zh-CN'
        ? `，${counts.failed} 个无法读取`
        : `, ${counts.failed} unreadable`
      : '';
  return locale === 'zh-CN'
    ? `共 ${counts.files} 个文件${failed}，${counts.forms} 张自评表：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`
    : `${plural(counts.files, 'file')}${failed}, ${plural(counts.forms, 'form')}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`;
}

export function skippedLine(
  path: string,
  reason: 'hidden' | 'lock' | 'type' | 'link',
  locale: Locale,
): string {
  const reasons: Record<typeof reason, [string, string]> = {
    hidden: ['隐藏文件', 'hidden file'],
    lock: ['Excel 锁定文件 (~$)', 'Excel lock file (~$)'],
    type: ['不是表格文件', 'not a spreadsheet file'],
    link: ['符号链接目录', 'symbolic link to a folder'],
  };
  const [zh, en] = reasons[reason];
  return locale === 'zh-CN' ? `跳过 ${path}（${zh}）` : `skipped ${path} (${en})`;
}

export function annotatedLine(output: string, locale: Locale): string {
  return locale === 'zh-CN' ? `已写出标注副本 ${output}` : `wrote annotated copy ${output}`;
}

export function existsLine(output: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${output} 已存在，未覆盖（加 --force 覆盖）`
    : `${output} already exists; not overwritten (add --force to overwrite)`;
}

export function refuseInputLine(output: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${output} 是输入文件本身，不会覆盖；请另选 --annotate 目录`
    : `${output} is one of the input files and is never overwritten; choose another --annotate folder`;
}
