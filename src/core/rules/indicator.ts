/** indicator/*: the 绩效指标 table, scored per 财预〔2020〕10号 (DOMAIN.md §4). */
import type { Form, Indicator, LevelName } from '../form';
import { isKnownLevel1, isKnownLevel2 } from '../labels';
import type { NumberValue } from '../value-types';
import { isQuantified } from '../value-types';
import type { FormRule, RuleContext } from './types';
import { collect, finding, round2 } from './types';
import { EPSILON, numberOf, numberValueOf } from './numbers';

function rowsOf(form: Form): readonly Indicator[] {
  return form.indicators?.rows ?? [];
}

function hasReason(row: Indicator): boolean {
  return row.reason.text.trim() !== '';
}

function scored(row: Indicator): { weight: number; score: number } | undefined {
  const weight = numberOf(row.weight);
  const score = numberOf(row.score);
  return weight === undefined || score === undefined ? undefined : { weight, score };
}

export const scoreNotANumber: FormRule = {
  id: 'indicator/score-not-a-number',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '分值或得分不是有效数字', 'en-US': 'Weight or score is not a valid number' },
  rationale: {
    'zh-CN': '每个指标都要有分值和得分（非负数），总分才能复核（财预〔2020〕10号）。',
    'en-US': 'Every indicator needs a non-negative weight and score so the total can be verified.',
  },
  example: { bad: '分值 10，得分 “良好”', good: '分值 10，得分 9' },
  check(form) {
    return collect(rowsOf(form), (row) =>
      [row.weight, row.score]
        .filter((field) => field.value.kind !== 'number' || field.value.value < 0)
        .map((field) => finding(this, form, { cell: field.cell, data: { text: field.text } })),
    );
  },
};

export const scoreExceedsWeight: FormRule = {
  id: 'indicator/score-exceeds-weight',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '得分超过分值', 'en-US': 'Score exceeds the weight' },
  rationale: {
    'zh-CN': '指标得分不得高于其分值，超额完成也只得满分（财预〔2020〕10号）。',
    'en-US': 'An indicator scores at most its weight, even when over-achieved (财预〔2020〕10号).',
  },
  example: { bad: '分值 12，得分 13', good: '分值 12，得分 12' },
  check(form) {
    return collect(rowsOf(form), (row) => {
      const s = scored(row);
      if (!s || s.score <= s.weight + EPSILON) return [];
      return [finding(this, form, { cell: row.score.cell, data: s, expected: s.weight, actual: s.score })];
    });
  },
};

export const missingDeviationReason: FormRule = {
  id: 'indicator/missing-deviation-reason',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '扣分未说明偏差原因', 'en-US': 'Deduction without a deviation reason' },
  rationale: {
    'zh-CN': '未完成指标须分析偏差原因并提出改进措施（财预〔2020〕10号第十八条）。',
    'en-US': 'Any unmet indicator must state why and how it will improve (财预〔2020〕10号).',
  },
  example: { bad: '分值 10，得分 8，偏差原因 空', good: '分值 10，得分 8，偏差原因：部分事项于次年办结' },
  check(form) {
    return collect(rowsOf(form), (row) => {
      const s = scored(row);
      if (!s || s.score >= s.weight - EPSILON || hasReason(row)) return [];
      return [finding(this, form, { cell: row.reason.cell, data: s })];
    });
  },
};

export const reasonWithoutDeduction: FormRule = {
  id: 'indicator/reason-without-deduction',
  severity: 'info',
  scope: 'form',
  title: { 'zh-CN': '满分却写了偏差原因', 'en-US': 'Full score but a deviation reason is written' },
  rationale: {
    'zh-CN': '满分说明无偏差；若确有偏差，得分应相应扣减。',
    'en-US': 'A full score means no deviation; if there was one, the score should reflect it.',
  },
  example: { bad: '分值 10，得分 10，偏差原因：部分未完成', good: '分值 10，得分 10，偏差原因 空' },
  check(form) {
    return collect(rowsOf(form), (row) => {
      const s = scored(row);
      if (!s || Math.abs(s.score - s.weight) > EPSILON || !hasReason(row)) return [];
      return [finding(this, form, { cell: row.reason.cell, data: { reason: row.reason.text } })];
    });
  },
};

export const targetMissing: FormRule = {
  id: 'indicator/target-missing',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '指标值为空', 'en-US': 'Target value is empty' },
  rationale: {
    'zh-CN': '每个三级指标都须有年度指标值，作为评分依据（财预〔2020〕10号）。',
    'en-US': 'Every indicator needs an annual target, the basis of its score (财预〔2020〕10号).',
  },
  example: { bad: '指标值 空', good: '指标值 ≥10次' },
  check(form) {
    return collect(rowsOf(form), (row) =>
      row.target.value.kind === 'empty' || row.target.value.kind === 'placeholder'
        ? [finding(this, form, { cell: row.target.cell, data: { indicator: row.level3.text } })]
        : [],
    );
  },
};

export const targetNotQuantified: FormRule = {
  id: 'indicator/target-not-quantified',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '必填量化指标未量化', 'en-US': 'Required-quantified target has no number' },
  rationale: {
    'zh-CN': '标注“必填量化”的二级指标须以数值、比率或时间表述（财预〔2020〕10号附件）。',
    'en-US': 'Indicators marked 必填量化 must be stated as a number, rate or date (财预〔2020〕10号).',
  },
  example: { bad: '质量指标(必填量化)：实名制发放', good: '质量指标(必填量化)：实名制发放率 100%' },
  check(form) {
    return collect(rowsOf(form), (row) => {
      const kind = row.target.value.kind;
      if (row.level2.requirement !== 'quantified' || kind === 'empty' || kind === 'placeholder') return [];
      if (isQuantified(row.target.value)) return [];
      return [
        finding(this, form, {
          cell: row.target.cell,
          data: { text: row.target.text, level2: row.level2.name },
        }),
      ];
    });
  },
};

export const targetImplausible: FormRule = {
  id: 'indicator/target-implausible',
  severity: 'info',
  scope: 'form',
  title: {
    'zh-CN': '百分比指标值不可超越或超过100%',
    'en-US': 'Percentage target cannot be exceeded or exceeds 100 %',
  },
  rationale: {
    'zh-CN': '“≥100%”“>100%”“120%”等指标值无法实现或无法超额，指标设置应合理可考核。',
    'en-US': 'Targets like ≥100 %, >100 % or 120 % cannot be met or exceeded; targets should be attainable.',
  },
  example: { bad: '满意度 ≥100%', good: '满意度 ≥95%' },
  check(form) {
    return collect(rowsOf(form), (row) => {
      const v = numberValueOf(row.target);
      if (!v || v.unit !== '%') return [];
      const implausible =
        v.value > 1 + EPSILON ||
        (Math.abs(v.value - 1) <= EPSILON && (v.comparator === '>=' || v.comparator === '>'));
      return implausible ? [finding(this, form, { cell: row.target.cell, data: { text: v.text } })] : [];
    });
  },
};

/** Required 二级指标 (DOMAIN.md §5) and the 一级 they belong to. */
export const REQUIRED_LEVEL2: readonly (readonly [string, string])[] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

export const requiredMissing: FormRule = {
  id: 'indicator/required-missing',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '缺少必填二级指标', 'en-US': 'A required second-level indicator is missing' },
  rationale: {
    'zh-CN':
      '数量、质量、时效、成本、社会效益、可持续影响、服务对象满意度指标为必填（财预〔2020〕10号附件）。',
    'en-US':
      'Quantity, quality, timeliness, cost, social benefit, sustainability and satisfaction are required.',
  },
  example: { bad: '产出指标下没有时效指标行', good: '产出指标下有数量、质量、时效、成本指标各一行以上' },
  check(form) {
    const table = form.indicators;
    if (!table || table.rows.length === 0) return [];
    const present = new Set(table.rows.map((row) => row.level2.name));
    return REQUIRED_LEVEL2.filter(([, name]) => !present.has(name)).map(([level1, level2]) =>
      finding(this, form, { cell: table.label.cell, data: { level1, level2 } }),
    );
  },
};

/** A completion figure: the 实际完成值 number, else `达93%` / `达到93%` in the reason (not after 未/没/不). */
export function completionOf(row: Indicator): number | undefined {
  const actual = numberValueOf(row.actual);
  if (actual) return actual.value;
  const target = numberValueOf(row.target);
  if (target?.unit !== '%') return undefined;
  for (const match of row.reason.text.matchAll(/(^|.)达到?\s*(\d+(?:\.\d+)?)\s*[%％]/g)) {
    if (!/[未没不]/.test(match[1] ?? '')) return Number(match[2]) / 100;
  }
  return undefined;
}

/** The 10号文 score for a completion value (never above 分值). */
export function completionScore(target: NumberValue, completion: number, weight: number): number {
  const t = target.value;
  if (t <= 0) return weight;
  const reverse = target.comparator === '<=' || target.comparator === '<';
  if (reverse) {
    if (completion <= t + EPSILON) return weight;
    return weight * Math.max(0, 1 - (completion - t) / t);
  }
  if (completion >= t - EPSILON) return weight;
  return (weight * completion) / t;
}

function targetMet(target: NumberValue, completion: number): boolean {
  const reverse = target.comparator === '<=' || target.comparator === '<';
  return reverse ? completion <= target.value + EPSILON : completion >= target.value - EPSILON;
}

export const scoreVsCompletion: FormRule = {
  id: 'indicator/score-vs-completion',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '得分与完成值不符', 'en-US': 'Score does not match the completion value' },
  rationale: {
    'zh-CN':
      '定量指标按完成比例计分：正向指标 分值×完成值/指标值，反向指标按超出比例扣分，达标得满分（财预〔2020〕10号）。',
    'en-US':
      'Quantitative indicators score in proportion to completion; a met target scores in full (财预〔2020〕10号).',
  },
  example: { bad: '指标值 ≥95%，满意度达93%，分值 10，得分 9', good: '得分 9.79' },
  check(form, context: RuleContext) {
    return collect(rowsOf(form), (row) => {
      const target = numberValueOf(row.target);
      const s = scored(row);
      const completion = completionOf(row);
      if (!target || !s || completion === undefined) return [];
      const expected = round2(completionScore(target, completion, s.weight));
      const deductedThoughMet = targetMet(target, completion) && s.score < s.weight - EPSILON;
      if (
        !deductedThoughMet &&
        Math.abs(s.score - expected) <= context.options.tolerances.completion + EPSILON
      )
        return [];
      return [
        finding(this, form, {
          cell: row.score.cell,
          variant: deductedThoughMet ? 'met' : undefined,
          data: {
            target: target.text,
            completion: `${round2(completion * 100)}%`,
            expected,
            score: s.score,
            weight: s.weight,
          },
          expected,
          actual: s.score,
        }),
      ];
    });
  },
};

export const QUALITATIVE_PHRASES = [
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
] as const;

export const qualitativeBand: FormRule = {
  id: 'indicator/qualitative-band',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '定性指标得分不在对应档次', 'en-US': 'Qualitative score outside its band' },
  rationale: {
    'zh-CN':
      '定性指标：达成年度指标 80–100%，部分达成并具有一定效果 60–80%，未达成且效果较差 0–60%（财预〔2020〕10号）。',
    'en-US':
      'Qualitative bands: achieved 80–100 %, partly achieved 60–80 %, not achieved 0–60 % (财预〔2020〕10号).',
  },
  example: { bad: '实际完成值“达成年度指标”，分值 10，得分 7', good: '得分 8–10' },
  check(form, context) {
    const { achieved, partial } = context.options.qualitativeBands;
    const bands: Readonly<Record<string, readonly [number, number]>> = {
      达成年度指标: [achieved, 1],
      部分达成年度指标并具有一定效果: [partial, achieved],
      未达成年度指标且效果较差: [0, partial],
    };
    return collect(rowsOf(form), (row) => {
      const phrase = row.actual?.text.replace(/\s/g, '') ?? '';
      const band = bands[phrase];
      const s = scored(row);
      if (!band || !s || s.weight <= 0) return [];
      const [low, high] = band;
      const min = round2(low * s.weight);
      const max = round2(high * s.weight);
      if (s.score >= min - EPSILON && s.score <= max + EPSILON) return [];
      return [
        finding(this, form, {
          cell: row.score.cell,
          data: { phrase, min, max, score: s.score },
          expected: `${min}–${max}`,
          actual: s.score,
        }),
      ];
    });
  },
};

export const overCompletionUnexplained: FormRule = {
  id: 'indicator/over-completion-unexplained',
  severity: 'info',
  scope: 'form',
  title: { 'zh-CN': '大幅超额完成未说明', 'en-US': 'Large over-completion without explanation' },
  rationale: {
    'zh-CN': '完成值达到指标值130%以上，说明指标设置偏低，应在偏差原因中说明。',
    'en-US': 'Completion of 130 % or more suggests the target was set too low and should be explained.',
  },
  example: { bad: '指标值 100人，实际完成值 150人，偏差原因 空', good: '偏差原因：年中追加任务' },
  check(form, context) {
    return collect(rowsOf(form), (row) => {
      const target = numberValueOf(row.target);
      const s = scored(row);
      const completion = completionOf(row);
      if (!target || !s || completion === undefined || target.value <= 0) return [];
      if (target.comparator === '<=' || target.comparator === '<') return [];
      const ratio = completion / target.value;
      if (
        ratio < context.options.overCompletionRatio - EPSILON ||
        s.score < s.weight - EPSILON ||
        hasReason(row)
      )
        return [];
      return [
        finding(this, form, {
          cell: row.reason.cell,
          data: { ratio: `${round2(ratio * 100)}%`, target: target.text },
        }),
      ];
    });
  },
};

export const unknownName: FormRule = {
  id: 'indicator/unknown-name',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '一级/二级指标名称不规范', 'en-US': 'Unknown first/second-level indicator name' },
  rationale: {
    'zh-CN': '一级、二级指标应使用财预〔2020〕10号附件的规范名称，便于汇总比较。',
    'en-US': 'Level names should follow the 财预〔2020〕10号 vocabulary so results can be compared.',
  },
  example: { bad: '二级指标：工作指标', good: '二级指标：数量指标(必填量化)' },
  check(form) {
    const seen = new Set<string>();
    const out = [];
    for (const row of rowsOf(form)) {
      for (const [level, known] of [
        [row.level1, isKnownLevel1],
        [row.level2, isKnownLevel2],
      ] as const) {
        const name = (level as LevelName).name;
        if (name === '' || known(name) || seen.has(level.cell)) continue;
        seen.add(level.cell);
        out.push(finding(this, form, { cell: level.cell, data: { name } }));
      }
    }
    return out;
  },
};

export const weightRollup: FormRule = {
  id: 'indicator/weight-rollup',
  severity: 'error',
  scope: 'form',
  title: {
    'zh-CN': '一级指标标注分值与下属分值之和不符',
    'en-US': 'First-level weight differs from the sum of its rows',
  },
  rationale: {
    'zh-CN': '一级指标标注的分值（如“产出指标(50分)”）应等于其下各指标分值之和。',
    'en-US': 'A first-level label’s weight (e.g. 产出指标(50分)) must equal the sum of its rows.',
  },
  example: { bad: '产出指标(50分)，下属分值合计 48', good: '产出指标(50分)，下属分值合计 50' },
  check(form, context) {
    const groups = new Map<string, { label: LevelName; sum: number }>();
    for (const row of rowsOf(form)) {
      if (row.level1.weight === undefined) continue;
      const group = groups.get(row.level1.cell) ?? { label: row.level1, sum: 0 };
      group.sum += numberOf(row.weight) ?? 0;
      groups.set(row.level1.cell, group);
    }
    return collect([...groups.values()], ({ label, sum }) =>
      Math.abs(sum - (label.weight ?? 0)) <= context.options.tolerances.total + EPSILON
        ? []
        : [
            finding(this, form, {
              cell: label.cell,
              data: { name: label.name, stated: label.weight ?? 0, sum: round2(sum) },
              expected: label.weight,
              actual: round2(sum),
            }),
          ],
    );
  },
};

export const timelinessOutsideYear: FormRule = {
  id: 'indicator/timeliness-outside-year',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '时效指标日期不在评价年度内', 'en-US': 'Timeliness date outside the evaluation year' },
  rationale: {
    'zh-CN': '时效指标应反映评价年度内的完成时间。',
    'en-US': 'Timeliness targets should fall within the evaluation year.',
  },
  example: { bad: '（2024年度）完成时间 2023年7月17日至18日', good: '完成时间 2024年7月' },
  check(form, context) {
    if (context.year === undefined) return [];
    const year = context.year;
    return collect(rowsOf(form), (row) => {
      if (row.level2.name !== '时效指标') return [];
      const v = row.target.value;
      const years = v.kind === 'date' ? [v.year] : v.kind === 'dateRange' ? [v.from.year, v.to.year] : [];
      if (years.length === 0 || years.some((y) => y === year)) return [];
      return [
        finding(this, form, { cell: row.target.cell, data: { text: row.target.text, year }, expected: year }),
      ];
    });
  },
};
