import type { SheetReading } from '../../../src/core/form';
import { buildForm } from './form-builder';
import { testRule } from './rule-tester';

const costRows = (targets: readonly string[], texts: readonly string[] = []) =>
  buildForm((d) => {
    const template = d.rows[3]!;
    d.rows.splice(
      3,
      1,
      ...targets.map((target, i) => ({ ...template, target, level3: texts[i] ?? `成本${i + 1}` })),
    );
  });

testRule('cost/breakdown-vs-budget', {
  valid: [buildForm(), costRows(['40万元', '4万元']), costRows(['40万元', '300-2000元'])],
  invalid: [
    {
      name: '40 + 3 ≠ 44',
      form: costRows(['40万元', '3万元']),
      findings: [{ cell: 'E19', expected: 44, data: { sum: 43 } }],
    },
  ],
});

testRule('cost/arithmetic', {
  valid: [
    buildForm(),
    costRows(['6.15万元', '37.85万元'], ['春节慰问金，每人500元，慰问123人', '其他']),
    costRows(['2万元', '42万元'], ['劳模体检，每人1000元', '其他']),
  ],
  invalid: [
    {
      name: '7人，每人每月300元 → 2.52万元, not 2.85',
      form: costRows(['2.85万元', '41.15万元'], ['农民劳模满男60周岁，女55岁，7人，每人每月300元', '其他']),
      findings: [{ cell: 'E19', expected: '2.52万元', data: { count: 7, each: 300, months: 12 } }],
    },
  ],
});

testRule('goal/budget-mismatch', {
  valid: [
    buildForm(),
    buildForm((d) => (d.goal = '全年安排资金44万元，用于职工文化活动。')),
    buildForm((d) => (d.goal = '按照人均720元的标准划拨。')),
  ],
  invalid: [
    {
      name: '约50万元 vs 44',
      form: buildForm((d) => (d.goal = '慰问所需资金约50万元。')),
      findings: [{ cell: 'B14', expected: 44, data: { amount: 50 } }],
    },
  ],
});

testRule('text/truncated', {
  valid: [buildForm(), buildForm((d) => Object.assign(d.rows[1]!, { score: '14', reason: '基本保障' }))],
  invalid: [
    {
      name: 'a long goal ending mid-word',
      form: buildForm(
        (d) =>
          (d.goal =
            '通过送温暖活动，解决了困难职工最基本生活问题，稳定了职工队伍，使送温暖活动成为凝聚人心的民心工程，使广大困难职工深切'),
      ),
      findings: [{ cell: 'B14' }],
    },
  ],
});

testRule('total/missing', {
  valid: [buildForm()],
  invalid: [
    { name: 'no total row', form: buildForm((d) => delete d.total), findings: [{ cell: 'A15' }] },
    { name: 'empty total', form: buildForm((d) => (d.total = '')), findings: [{ cell: 'B23' }] },
  ],
});

testRule('total/weights-not-100', {
  valid: [buildForm()],
  invalid: [
    {
      name: '101',
      form: buildForm((d) => Object.assign(d.rows[1]!, { weight: '16', score: '16' })),
      findings: [{ cell: 'F15', data: { sum: 101 } }],
    },
  ],
});

testRule('total/sum-mismatch', {
  valid: [
    buildForm(),
    buildForm((d) => Object.assign(d.rows[1]!, { score: '14', reason: 'x' }, (d.total = '99'))),
  ],
  invalid: [
    {
      name: 'stated 98, cells add up to 100',
      form: buildForm((d) => (d.total = '98')),
      findings: [{ cell: 'B23', expected: 100 }],
    },
  ],
});

testRule('total/level1-weights', {
  valid: [buildForm()],
  invalid: [
    {
      name: '产出 55 / 效益 25',
      form: buildForm((d) => {
        Object.assign(d.rows[0]!, { weight: '20', score: '20' });
        Object.assign(d.rows[4]!, { weight: '10', score: '10' });
      }),
      findings: [{ cell: 'A15', data: { output: 55, benefit: 25, satisfaction: 10, execution: 10 } }],
    },
  ],
});

testRule('total/grade-mismatch', {
  valid: [
    buildForm(),
    buildForm((d) => (d.grade = '优')),
    buildForm((d) => Object.assign(d, { total: '85', grade: '良' })),
  ],
  invalid: [
    {
      name: '85 written 优',
      form: buildForm((d) => Object.assign(d, { total: '85', grade: '优' })),
      findings: [{ cell: 'D23', expected: '良' }],
    },
  ],
});

const twoSheets = (first: string, second: string): SheetReading[] => [
  {
    kind: 'forms',
    sheet: 'A',
    forms: [buildForm((d) => Object.assign(d, { sheet: 'A' }, (d.header.projectName = first)))],
  },
  { kind: 'not-a-form', sheet: 'notes', reason: 'empty', cell: 'A1' },
  {
    kind: 'forms',
    sheet: 'B',
    forms: [buildForm((d) => Object.assign(d, { sheet: 'B' }, (d.header.projectName = second)))],
  },
];

testRule('workbook/duplicate-project-name', {
  valid: [twoSheets('工会经费', '送温暖资金'), twoSheets('', '')],
  invalid: [
    {
      name: 'the same name on two sheets',
      form: twoSheets('行政事业单位工会经费', '行政事业单位 工会经费'),
      findings: [
        { cell: 'C7', sheet: 'A', data: { others: 'B!C7' } },
        { cell: 'C7', sheet: 'B', data: { others: 'A!C7' } },
      ],
    },
  ],
});
