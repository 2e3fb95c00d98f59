/**
 * Label recognition: the form is located by its labels, which vary in spacing, punctuation
 * and full-width characters (`项目资金 (万元)` / `项目资金(万元)`, `其中：财政拨款` / `其中:财政拨款`).
 */
import type { Requirement } from './form';
import { memoizeText } from './memo';

const FULL_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  '：': ':',
  '（': '(',
  '）': ')',
  '，': ',',
  '；': ';',
  '【': '[',
  '】': ']',
};

const FULL_WIDTH_PATTERN = new RegExp(`[${Object.keys(FULL_WIDTH_PUNCTUATION).join('')}]`, 'g');

function computeLabelKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(FULL_WIDTH_PATTERN, (ch) => FULL_WIDTH_PUNCTUATION[ch] ?? ch)
    .replace(/:+$/, '');
}

/** What computeLabelKey would change; most cells hold none of it and are their own key. */
const NEEDS_KEYING = new RegExp(`[\\s${Object.keys(FULL_WIDTH_PUNCTUATION).join('')}]|:$`);

const memoizedLabelKey = memoizeText(computeLabelKey);

/** Label key: no whitespace, ASCII punctuation, no trailing colon. `项目资金 （万元）：` → `项目资金(万元)`. */
export function labelKey(text: string): string {
  return NEEDS_KEYING.test(text) ? memoizedLabelKey(text) : text;
}

/** Title lines are exported with markdown marks (`# 中卫市…`); strip them. */
export function stripTitleMarks(text: string): string {
  return text.replace(/^\s*#+\s*/, '').trim();
}

export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

export const LEVEL2_NAMES: Readonly<Record<string, readonly string[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

const ALL_LEVEL2 = new Set(Object.values(LEVEL2_NAMES).flat());

export function isKnownLevel1(name: string): boolean {
  return (LEVEL1_NAMES as readonly string[]).includes(name);
}

export function isKnownLevel2(name: string): boolean {
  return ALL_LEVEL2.has(name);
}

export interface ParsedLevelLabel {
  readonly name: string;
  readonly weight?: number;
  readonly requirement?: Requirement;
}

const REQUIREMENTS: readonly (readonly [string, Requirement])[] = [
  ['必填量化', 'quantified'],
  ['必填', 'required'],
  ['选填', 'optional'],
];

function computeLevelLabel(text: string): ParsedLevelLabel {
  let key = labelKey(text);
  let requirement: Requirement | undefined;
  let weight: number | undefined;
  for (const [word, kind] of REQUIREMENTS) {
    const marker = `(${word})`;
    if (key.includes(marker)) {
      requirement = kind;
      key = key.replace(marker, '');
      break;
    }
  }
  const weightMatch = /\((\d+(?:\.\d+)?)分\)/.exec(key);
  if (weightMatch) {
    weight = Number(weightMatch[1]);
    key = key.replace(weightMatch[0], '');
  }
  return { name: key, ...(weight === undefined ? {} : { weight }), ...(requirement ? { requirement } : {}) };
}

/** `数量指标 (必填量化)` → {name 数量指标, requirement quantified}; `产出指标(50分)` → {name, weight 50}. */
export const parseLevelLabel: (text: string) => ParsedLevelLabel = memoizeText(computeLevelLabel);

/** `(2024年度)` / `（2024 年度）` / `2024年度` alone → 2024. */
export function parseYearLine(text: string): number | undefined {
  const match = /^\(?(\d{4})年度\)?$/.exec(labelKey(text));
  return match ? Number(match[1]) : undefined;
}

export function isTitle(text: string): boolean {
  const key = labelKey(stripTitleMarks(text));
  return key.includes('自评表') || key.includes('绩效评价表');
}
