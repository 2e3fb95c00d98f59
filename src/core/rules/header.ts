/** header/*: 项目名称, 主管部门, 实施单位, 项目属性, 项目期. */
import type { Header, TextField } from '../form';
import { parseText } from '../values';
import type { DatePoint } from '../value-types';
import type { FormRule } from './types';
import { collect, finding } from './types';

const HEADER_FIELDS: readonly (readonly [keyof Header, string, string])[] = [
  ['projectName', '项目名称', 'project name'],
  ['department', '主管部门', 'department'],
  ['implementer', '实施单位', 'implementing unit'],
  ['projectType', '项目属性', 'project type'],
  ['period', '项目期', 'project period'],
];

export const PROJECT_TYPES = ['延续性项目', '一次性项目', '新增项目'] as const;

export const requiredMissing: FormRule = {
  id: 'header/required-missing',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '表头必填项为空', 'en-US': 'Required header field is empty' },
  rationale: {
    'zh-CN': '财预〔2020〕10号附件要求填写项目名称、主管部门、实施单位等基本信息。',
    'en-US': 'The 财预〔2020〕10号 template requires the project name, department and implementing unit.',
  },
  example: { bad: '项目期：（空）', good: '项目期：2024年' },
  check(form) {
    return collect(HEADER_FIELDS, ([key, zh, en]) => {
      const field: TextField | undefined = form.header[key];
      if (!field || field.text.trim() !== '') return [];
      return [finding(this, form, { cell: field.cell, data: { field: zh, fieldEn: en } })];
    });
  },
};

/** The closest allowed 项目属性: one that contains the written text or is contained in it. */
function closestProjectType(text: string): string {
  const t = text.replace(/\s/g, '');
  const match = PROJECT_TYPES.find((type) => type.includes(t.slice(0, 2)) || t.includes(type.slice(0, 2)));
  return match ?? PROJECT_TYPES[0];
}

export const projectType: FormRule = {
  id: 'header/project-type',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '项目属性不规范', 'en-US': 'Project type is not a standard value' },
  rationale: {
    'zh-CN': '项目属性只能是延续性项目、一次性项目或新增项目，财政部门据此分类汇总。',
    'en-US': 'The project type must be 延续性项目, 一次性项目 or 新增项目; the finance bureau groups by it.',
  },
  example: { bad: '延续', good: '延续性项目' },
  check(form) {
    const field = form.header.projectType;
    const text = field?.text.trim() ?? '';
    if (!field || text === '' || (PROJECT_TYPES as readonly string[]).includes(text)) return [];
    const suggestion = closestProjectType(text);
    return [
      finding(this, form, {
        cell: field.cell,
        data: { text, suggestion },
        expected: suggestion,
        actual: text,
      }),
    ];
  },
};

function yearsOf(text: string): { from: DatePoint; to: DatePoint } | undefined {
  const value = parseText(text);
  if (value.kind === 'date') return { from: value, to: value };
  if (value.kind === 'dateRange') return { from: value.from, to: value.to };
  const years = [...text.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  return { from: { year: Math.min(...years) }, to: { year: Math.max(...years) } };
}

export const periodOutsideYear: FormRule = {
  id: 'header/period-outside-year',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '项目期未覆盖评价年度', 'en-US': 'Project period does not cover the evaluation year' },
  rationale: {
    'zh-CN': '自评针对评价年度的执行情况，项目期应包含该年度。',
    'en-US': 'The self-evaluation covers the evaluation year, so the project period should include it.',
  },
  example: { bad: '（2024年度）项目期：2023年', good: '（2024年度）项目期：2024年' },
  check(form, context) {
    const field = form.header.period;
    if (!field || context.year === undefined) return [];
    const span = yearsOf(field.text);
    if (!span || (span.from.year <= context.year && context.year <= span.to.year)) return [];
    return [
      finding(this, form, {
        cell: field.cell,
        data: { text: field.text, year: context.year },
        expected: context.year,
      }),
    ];
  },
};
