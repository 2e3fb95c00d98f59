/**
 * Check options with the DOMAIN.md §4 defaults, and their validation. `validateOptions` turns
 * untrusted input (a config file, the task pane settings) into `ResolvedOptions`; the rules only
 * ever see resolved options, so a wrong option cannot reach them.
 */
import { isRuleId, RULE_IDS, type RuleId } from './finding';
import { LOCALES, type Locale } from './i18n/locales';

export interface QualitativeBands {
  /** Lower edge of 达成年度指标 (fraction of 分值), default 0.8. */
  readonly achieved: number;
  /** Lower edge of 部分达成年度指标并具有一定效果, default 0.6. */
  readonly partial: number;
}

export interface Level1Weights {
  readonly 产出指标: number;
  readonly 效益指标: number;
  readonly 满意度指标: number;
  readonly 预算执行率: number;
}

export interface Tolerances {
  /** funds/execution-score: allowed |得分 − expected|. */
  readonly score: number;
  /** total/sum-mismatch and total/weights-not-100. */
  readonly total: number;
  /** indicator/score-vs-completion: allowed |得分 − 10号文 score|. */
  readonly completion: number;
}

/** Options as callers may write them: everything optional. */
export interface CheckOptionsInput {
  /** Rule ids or categories (`funds`, `indicator`) to switch off. */
  readonly disable?: readonly string[];
  readonly locale?: Locale;
  readonly tolerances?: Partial<Tolerances>;
  readonly qualitativeBands?: Partial<QualitativeBands>;
  readonly level1Weights?: Partial<Level1Weights>;
  /** 预算执行率 分值 expected on the 年度资金总额 row (default 10). */
  readonly executionWeight?: number;
  /** 完成值 / 指标值 at or above which an explanation is expected (default 1.3). */
  readonly overCompletionRatio?: number;
  /** 评价年度 when the sheet has no `(YYYY年度)` line, or to override it. */
  readonly year?: number;
}

export interface ResolvedOptions {
  readonly disabled: ReadonlySet<RuleId>;
  readonly locale: Locale;
  readonly tolerances: Tolerances;
  readonly qualitativeBands: QualitativeBands;
  readonly level1Weights: Level1Weights;
  readonly executionWeight: number;
  readonly overCompletionRatio: number;
  readonly year?: number;
}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  disabled: new Set<RuleId>(),
  locale: 'zh-CN',
  tolerances: { score: 0.05, total: 0.01, completion: 0.5 },
  qualitativeBands: { achieved: 0.8, partial: 0.6 },
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10, 预算执行率: 10 },
  executionWeight: 10,
  overCompletionRatio: 1.3,
});

export type OptionsValidation =
  | { readonly ok: true; readonly options: ResolvedOptions }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The rules a selector names: a rule id, or a category (`funds`, `funds/`). */
export function rulesSelectedBy(selector: string): RuleId[] {
  if (isRuleId(selector)) return [selector];
  const prefix = selector.endsWith('/') ? selector : `${selector}/`;
  return RULE_IDS.filter((id) => id.startsWith(prefix));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

type Reader = (value: unknown, errors: string[]) => void;

function numberReader(name: string, min: number, max: number, set: (n: number) => void): Reader {
  return (value, errors) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      errors.push(
        bilingual(
          `选项 ${name} 须是 ${min} 到 ${max} 之间的数字，收到 ${JSON.stringify(value)}`,
          `option ${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`,
        ),
      );
      return;
    }
    set(value);
  };
}

function groupReader<T extends object>(
  name: string,
  keys: readonly (keyof T & string)[],
  min: number,
  max: number,
  target: Record<string, number>,
): Reader {
  return (value, errors) => {
    if (!isRecord(value)) {
      errors.push(bilingual(`选项 ${name} 须是对象`, `option ${name} must be an object`));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (!(keys as readonly string[]).includes(key)) {
        errors.push(
          bilingual(
            `选项 ${name} 中有未知项「${key}」（可用：${keys.join('、')}）`,
            `option ${name} has an unknown key "${key}" (known: ${keys.join(', ')})`,
          ),
        );
        continue;
      }
      numberReader(`${name}.${key}`, min, max, (n) => (target[key] = n))(item, errors);
    }
  };
}

/** Validates untrusted options; every problem is listed (zh-CN / en-US), nothing is thrown. */
export function validateOptions(input: unknown): OptionsValidation {
  if (input === undefined || input === null) return { ok: true, options: DEFAULT_OPTIONS };
  if (!isRecord(input)) {
    return { ok: false, errors: [bilingual('选项须是对象', 'options must be an object')] };
  }
  const errors: string[] = [];
  const disabled = new Set<RuleId>();
  const tolerances: Record<string, number> = { ...DEFAULT_OPTIONS.tolerances };
  const bands: Record<string, number> = { ...DEFAULT_OPTIONS.qualitativeBands };
  const weights: Record<string, number> = { ...DEFAULT_OPTIONS.level1Weights };
  let locale: Locale = DEFAULT_OPTIONS.locale;
  let executionWeight = DEFAULT_OPTIONS.executionWeight;
  let overCompletionRatio = DEFAULT_OPTIONS.overCompletionRatio;
  let year: number | undefined;

  const readers: Record<string, Reader> = {
    disable: (value, errs) => {
      if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
        errs.push(bilingual('选项 disable 须是字符串数组', 'option disable must be an array of strings'));
        return;
      }
      for (const selector of value) {
        const ids = rulesSelectedBy(selector);
        if (ids.length === 0) {
          errs.push(
            bilingual(
              `disable 中有未知规则或类别「${selector}」`,
              `disable names an unknown rule or category "${selector}"`,
            ),
          );
        }
        for (const id of ids) disabled.add(id);
      }
    },
    locale: (value, errs) => {
      if (typeof value !== 'string' || !(LOCALES as readonly string[]).includes(value)) {
        errs.push(
          bilingual(
            `选项 locale 只能是 ${LOCALES.join(' 或 ')}`,
            `option locale must be ${LOCALES.join(' or ')}`,
          ),
        );
        return;
      }
      locale = value as Locale;
    },
    tolerances: groupReader<Tolerances>('tolerances', ['score', 'total', 'completion'], 0, 100, tolerances),
    qualitativeBands: groupReader<QualitativeBands>('qualitativeBands', ['achieved', 'partial'], 0, 1, bands),
    level1Weights: groupReader<Level1Weights>(
      'level1Weights',
      ['产出指标', '效益指标', '满意度指标', '预算执行率'],
      0,
      100,
      weights,
    ),
    executionWeight: numberReader('executionWeight', 0, 100, (n) => (executionWeight = n)),
    overCompletionRatio: numberReader('overCompletionRatio', 1, 100, (n) => (overCompletionRatio = n)),
    year: numberReader('year', 1900, 2200, (n) => (year = Math.trunc(n))),
  };

  for (const [key, value] of Object.entries(input)) {
    const read = readers[key];
    if (read) read(value, errors);
    else errors.push(bilingual(`未知选项「${key}」`, `unknown option "${key}"`));
  }
  if (bands.partial > bands.achieved) {
    errors.push(
      bilingual(
        'qualitativeBands.partial 不能大于 qualitativeBands.achieved',
        'qualitativeBands.partial must not exceed qualitativeBands.achieved',
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      disabled,
      locale,
      tolerances: tolerances as unknown as Tolerances,
      qualitativeBands: bands as unknown as QualitativeBands,
      level1Weights: weights as unknown as Level1Weights,
      executionWeight,
      overCompletionRatio,
      ...(year !== undefined ? { year } : {}),
    },
  };
}
