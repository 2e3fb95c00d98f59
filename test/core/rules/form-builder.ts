/**
 * Builds a valid 绩效自评表 (seed layout, one form at A3) from plain texts, so each rule test
 * can change one field. Cells follow the seed: header C7…F9, funds rows 11–13 (C–H), goal B14,
 * table header row 15 (E 指标值, F 分值, G 得分, H 偏差原因), indicator rows from 16, then 总得分.
 */
import type {
  Form,
  FundsRow,
  FundsRowKind,
  Indicator,
  LayoutNote,
  LevelName,
  ValueField,
} from '../../../src/core/form';
import { parseLevelLabel } from '../../../src/core/labels';
import { parseText } from '../../../src/core/values';

export interface FundsDraft {
  initialBudget: string;
  budget: string;
  executed: string;
  weight: string;
  rate: string;
  score: string;
}

export interface RowDraft {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  /** 实际完成值 (national layout), column I. */
  actual?: string;
  weight: string;
  score: string;
  reason: string;
}

export interface FormDraft {
  sheet: string;
  index: number;
  year?: number;
  header: {
    projectName: string;
    department?: string;
    implementer?: string;
    projectType?: string;
    period?: string;
  };
  funds: Partial<Record<FundsRowKind, FundsDraft>>;
  goal: string;
  achieved?: string;
  rows: RowDraft[];
  total?: string;
  grade?: string;
  notes: LayoutNote[];
}

const row = (level1: string, level2: string, level3: string, target: string, weight: string): RowDraft => ({
  level1,
  level2,
  level3,
  target,
  weight,
  score: weight,
  reason: '',
});

export function validDraft(): FormDraft {
  const amounts: FundsDraft = {
    initialBudget: '44万元',
    budget: '44万元',
    executed: '44万元',
    weight: '10',
    rate: '100%',
    score: '10',
  };
  return {
    sheet: 'Sheet1',
    index: 0,
    year: 2024,
    header: {
      projectName: '财政拨款工会经费',
      department: '中卫市总工会',
      implementer: '中卫市总工会机关',
      projectType: '延续性项目',
      period: '2024年',
    },
    funds: {
      total: { ...amounts },
      fiscal: { ...amounts },
      other: { initialBudget: '', budget: '', executed: '', weight: '', rate: '', score: '' },
    },
    goal: '通过开展各类职工文化活动，提升职工综合素养，丰富活跃职工文体生活，为推动高质量发展再立新功。',
    rows: [
      row('产出指标', '数量指标(必填量化)', '开展职工文体活动次数', '≥10次', '15'),
      row('产出指标', '质量指标(必填量化)', '申请事项办结率', '100%', '15'),
      row('产出指标', '时效指标(必填量化)', '任务完成时限', '2024年', '10'),
      row('产出指标', '成本指标(必填量化)', '人员工资支出、项目支出', '44万元', '10'),
      row('效益指标', '社会效益指标(必填)', '发挥示范引领作用', '效果显著', '15'),
      row('效益指标', '可持续影响指标(必填)', '形成学习型机关', '持续影响', '15'),
      row('满意度指标', '服务对象满意度指标(必填量化)', '受益对象满意度', '≥95%', '10'),
    ],
    total: '100',
    notes: [],
  };
}

function value(cell: string, text: string): ValueField {
  return { cell, text, value: parseText(text) };
}

function level(cell: string, text: string): LevelName {
  const parsed = parseLevelLabel(text);
  return {
    cell,
    text,
    name: parsed.name,
    ...(parsed.weight !== undefined ? { weight: parsed.weight } : {}),
    ...(parsed.requirement ? { requirement: parsed.requirement } : {}),
  };
}

const FUNDS_ROWS: readonly (readonly [FundsRowKind, number, string])[] = [
  ['total', 11, '年度资金总额'],
  ['fiscal', 12, '其中：财政拨款'],
  ['carryover', 13, '上年结转资金'],
  ['other', 13, '其他资金'],
];

export function formFromDraft(draft: FormDraft): Form {
  const funds: FundsRow[] = FUNDS_ROWS.flatMap(([kind, r, label]) => {
    const f = draft.funds[kind];
    if (!f) return [];
    return [
      {
        kind,
        label: { cell: `B${r}`, text: label },
        initialBudget: value(`C${r}`, f.initialBudget),
        budget: value(`D${r}`, f.budget),
        executed: value(`E${r}`, f.executed),
        weight: value(`F${r}`, f.weight),
        rate: value(`G${r}`, f.rate),
        score: value(`H${r}`, f.score),
      },
    ];
  });
  let level1Cell = '';
  let level2Cell = '';
  const rows: Indicator[] = draft.rows.map((d, i) => {
    const r = 16 + i;
    const previous = draft.rows[i - 1];
    if (!previous || previous.level1 !== d.level1) level1Cell = `B${r}`;
    if (!previous || previous.level2 !== d.level2) level2Cell = `C${r}`;
    return {
      row: r,
      level1: level(level1Cell, d.level1),
      level2: level(level2Cell, d.level2),
      level3: { cell: `D${r}`, text: d.level3 },
      target: value(`E${r}`, d.target),
      ...(d.actual !== undefined ? { actual: value(`I${r}`, d.actual) } : {}),
      weight: value(`F${r}`, d.weight),
      score: value(`G${r}`, d.score),
      reason: { cell: `H${r}`, text: d.reason },
      shift: 0,
    };
  });
  const totalRow = 16 + draft.rows.length;
  const h = draft.header;
  return {
    sheet: draft.sheet,
    index: draft.index,
    range: `A3:H${totalRow}`,
    variant: 'seed',
    ...(draft.year !== undefined
      ? { year: { cell: 'A4', text: `(${draft.year}年度)`, value: draft.year } }
      : {}),
    header: {
      projectName: { cell: 'C7', text: h.projectName },
      ...(h.department !== undefined ? { department: { cell: 'C8', text: h.department } } : {}),
      ...(h.implementer !== undefined ? { implementer: { cell: 'F8', text: h.implementer } } : {}),
      ...(h.projectType !== undefined ? { projectType: { cell: 'C9', text: h.projectType } } : {}),
      ...(h.period !== undefined ? { period: { cell: 'F9', text: h.period } } : {}),
    },
    funds: { label: { cell: 'A10', text: '项目资金(万元)' }, rows: funds },
    goal: {
      label: { cell: 'A14', text: '年度总体目标' },
      expected: { cell: 'B14', text: draft.goal },
      ...(draft.achieved !== undefined ? { achieved: { cell: 'E14', text: draft.achieved } } : {}),
    },
    indicators: {
      label: { cell: 'A15', text: '绩效指标' },
      headers: {
        target: { cell: 'E15', text: '指标值' },
        weight: { cell: 'F15', text: '分值' },
        score: { cell: 'G15', text: '得分' },
        reason: { cell: 'H15', text: '偏差原因' },
      },
      rows,
    },
    ...(draft.total !== undefined
      ? {
          total: {
            label: { cell: `A${totalRow}`, text: '总得分' },
            score: value(`B${totalRow}`, draft.total),
          },
        }
      : {}),
    ...(draft.grade !== undefined ? { grade: { cell: `D${totalRow}`, text: draft.grade } } : {}),
    notes: draft.notes,
  };
}

/** A valid form, with `edit` applied to its draft first. */
export function buildForm(edit: (draft: FormDraft) => void = () => undefined): Form {
  const draft = validDraft();
  edit(draft);
  return formFromDraft(draft);
}
