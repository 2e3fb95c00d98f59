/** total/*: 总得分, the 100-point weights and the grade (DOMAIN.md §4). */
import type { Form } from '../form';
import type { FormRule } from './types';
import { finding, round2 } from './types';
import { EPSILON, numberOf } from './numbers';

export type Grade = '优' | '良' | '中' | '差';

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function gradeOf(total: number): Grade {
  if (total >= 90 - EPSILON) return '优';
  if (total >= 80 - EPSILON) return '良';
  if (total >= 60 - EPSILON) return '中';
  return '差';
}

function executionRow(form: Form) {
  return form.funds?.rows.find((row) => row.kind === 'total');
}

/** `start` + the indicator rows' `column`, rounded; undefined when any of them is not a number. */
function sumWithIndicators(
  form: Form,
  start: number | undefined,
  column: 'weight' | 'score',
): number | undefined {
  if (start === undefined) return undefined;
  let sum = start;
  for (const row of form.indicators?.rows ?? []) {
    const value = numberOf(row[column]);
    if (value === undefined) return undefined;
    sum += value;
  }
  return round2(sum);
}

/** Σ 分值: 执行率分值 + Σ 指标分值, or undefined when a cell is not a number. */
export function weightSum(form: Form): number | undefined {
  return sumWithIndicators(form, numberOf(executionRow(form)?.weight) ?? 0, 'weight');
}

/** 执行率得分 + Σ 指标得分 as the form's cells state them; undefined when a score is not a number. */
export function computedTotal(form: Form): number | undefined {
  const execution = executionRow(form);
  const executionScore =
    execution?.score && execution.score.value.kind !== 'empty' ? numberOf(execution.score) : 0;
  return sumWithIndicators(form, executionScore, 'score');
}

export const missing: FormRule = {
  id: 'total/missing',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '缺少总得分', 'en-US': 'Total score is missing' },
  rationale: {
    'zh-CN': '自评表须填写总得分并据此确定等级（财预〔2020〕10号第十三条）。',
    'en-US': 'The form must state its total score, which determines the grade (财预〔2020〕10号).',
  },
  example: { bad: '总得分 空', good: '总得分 97' },
  check(form) {
    if (form.total?.score.value.kind === 'number') return [];
    const cell = form.total?.score.cell ?? form.indicators?.label.cell ?? form.header.projectName.cell;
    return [finding(this, form, { cell, data: { text: form.total?.score.text ?? '' } })];
  },
};

export const weightsNot100: FormRule = {
  id: 'total/weights-not-100',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '分值合计不等于100', 'en-US': 'Weights do not add up to 100' },
  rationale: {
    'zh-CN': '预算执行率分值与各指标分值合计为100分（财预〔2020〕10号）。',
    'en-US': 'The execution-rate weight plus all indicator weights must total 100 (财预〔2020〕10号).',
  },
  example: { bad: '执行率 10 + 指标分值合计 91 = 101', good: '执行率 10 + 指标分值合计 90 = 100' },
  check(form, context) {
    if (!form.indicators || form.indicators.rows.length === 0) return [];
    const sum = weightSum(form);
    if (sum === undefined || Math.abs(sum - 100) <= context.options.tolerances.total + EPSILON) return [];
    return [
      finding(this, form, {
        cell: form.indicators.headers.weight.cell,
        data: { sum },
        expected: 100,
        actual: sum,
      }),
    ];
  },
};

export const sumMismatch: FormRule = {
  id: 'total/sum-mismatch',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '总得分不等于各项得分之和', 'en-US': 'Total score differs from the sum of scores' },
  rationale: {
    'zh-CN': '总得分 = 预算执行率得分 + 各指标得分之和（财预〔2020〕10号）。',
    'en-US': 'Total = execution-rate score + the sum of indicator scores (财预〔2020〕10号).',
  },
  example: { bad: '各项得分合计 97，总得分 98', good: '总得分 97' },
  check(form, context) {
    const stated = numberOf(form.total?.score);
    const computed = computedTotal(form);
    if (!form.total || stated === undefined || computed === undefined) return [];
    if (Math.abs(stated - computed) <= context.options.tolerances.total + EPSILON) return [];
    return [
      finding(this, form, {
        cell: form.total.score.cell,
        data: { stated, computed },
        expected: computed,
        actual: stated,
      }),
    ];
  },
};

const LEVEL1_KEYS = ['产出指标', '效益指标', '满意度指标'] as const;

export const level1Weights: FormRule = {
  id: 'total/level1-weights',
  severity: 'info',
  scope: 'form',
  title: { 'zh-CN': '一级指标权重与默认不同', 'en-US': 'First-level weights differ from the defaults' },
  rationale: {
    'zh-CN': '原则上产出50、效益30、满意度10、预算执行率10分（财预〔2020〕10号），可调整，仅作提示。',
    'en-US':
      'In principle output 50, benefit 30, satisfaction 10, execution 10 (财预〔2020〕10号); informational.',
  },
  example: { bad: '产出 60、效益 20、满意度 10、执行率 10', good: '产出 50、效益 30、满意度 10、执行率 10' },
  check(form, context) {
    const table = form.indicators;
    if (!table || table.rows.length === 0) return [];
    const defaults = context.options.level1Weights;
    const sums: Record<string, number> = { 产出指标: 0, 效益指标: 0, 满意度指标: 0 };
    for (const row of table.rows) {
      if (row.level1.name in sums) sums[row.level1.name]! += numberOf(row.weight) ?? 0;
    }
    const execution = numberOf(executionRow(form)?.weight) ?? 0;
    const differs =
      LEVEL1_KEYS.some((key) => Math.abs(round2(sums[key]!) - defaults[key]) > EPSILON) ||
      Math.abs(execution - defaults.预算执行率) > EPSILON;
    if (!differs) return [];
    return [
      finding(this, form, {
        cell: table.label.cell,
        data: {
          output: round2(sums['产出指标']!),
          benefit: round2(sums['效益指标']!),
          satisfaction: round2(sums['满意度指标']!),
          execution,
        },
      }),
    ];
  },
};

export const gradeMismatch: FormRule = {
  id: 'total/grade-mismatch',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '评价等级与总得分不符', 'en-US': 'Written grade does not match the total' },
  rationale: {
    'zh-CN': '90分及以上为优，80–90为良，60–80为中，60以下为差（财预〔2020〕10号第二十四条）。',
    'en-US': '≥ 90 优, 80–<90 良, 60–<80 中, < 60 差 (财预〔2020〕10号).',
  },
  example: { bad: '总得分 85，等级 优', good: '总得分 85，等级 良' },
  check(form) {
    const total = numberOf(form.total?.score);
    const written = form.grade?.text.match(/[优良中差]/)?.[0];
    if (!form.grade || total === undefined || !written) return [];
    const expected = gradeOf(total);
    if (written === expected) return [];
    return [
      finding(this, form, {
        cell: form.grade.cell,
        data: { written, expected, total },
        expected,
        actual: written,
      }),
    ];
  },
};
