import type { FormDraft, RowDraft } from './form-builder';
import { buildForm } from './form-builder';
import { testRule } from './rule-tester';

/** A valid form with row `i` (0 = 数量, 1 = 质量, 2 = 时效, 3 = 成本, 4 = 社会效益, 5 = 可持续, 6 = 满意度) changed. */
const withRow = (i: number, patch: Partial<RowDraft>, more: (d: FormDraft) => void = () => undefined) =>
  buildForm((d) => {
    Object.assign(d.rows[i]!, patch);
    more(d);
  });

testRule('indicator/score-not-a-number', {
  valid: [buildForm()],
  invalid: [
    { name: 'empty 得分', form: withRow(0, { score: '' }), findings: [{ cell: 'G16' }] },
    {
      name: 'prose 分值, negative 得分',
      form: withRow(1, { weight: '十', score: '-1' }),
      findings: [{ cell: 'F17' }, { cell: 'G17' }],
    },
  ],
});

testRule('indicator/score-exceeds-weight', {
  valid: [buildForm()],
  invalid: [
    { name: '16 of 15', form: withRow(0, { score: '16' }), findings: [{ cell: 'G16', expected: 15 }] },
  ],
});

testRule('indicator/missing-deviation-reason', {
  valid: [buildForm(), withRow(1, { score: '12', reason: '部分事项于2025年办结' })],
  invalid: [
    { name: 'deducted without reason', form: withRow(1, { score: '12' }), findings: [{ cell: 'H17' }] },
  ],
});

testRule('indicator/reason-without-deduction', {
  valid: [buildForm(), withRow(1, { score: '12', reason: '部分未完成' })],
  invalid: [
    {
      name: 'full score with a reason',
      form: withRow(1, { reason: '部分未完成' }),
      findings: [{ cell: 'H17', data: { reason: '部分未完成' } }],
    },
  ],
});

testRule('indicator/target-missing', {
  valid: [buildForm()],
  invalid: [
    { name: 'empty 指标值', form: withRow(0, { target: '' }), findings: [{ cell: 'E16' }] },
    { name: 'placeholder 指标值', form: withRow(4, { target: '—' }), findings: [{ cell: 'E20' }] },
  ],
});

testRule('indicator/target-not-quantified', {
  valid: [buildForm(), withRow(4, { target: '效果显著' }), withRow(0, { target: '' })],
  invalid: [
    {
      name: '实名制发放 under 质量指标(必填量化)',
      form: withRow(1, { target: '实名制发放' }),
      findings: [{ cell: 'E17', data: { text: '实名制发放' } }],
    },
    {
      name: '按时发放 under 时效指标(必填量化)',
      form: withRow(2, { target: '按时发放' }),
      findings: [{ cell: 'E18' }],
    },
  ],
});

testRule('indicator/target-implausible', {
  valid: [buildForm(), withRow(1, { target: '100%' }), withRow(6, { target: '≥95%' })],
  invalid: [
    { name: '≥100%', form: withRow(6, { target: '≥100%' }), findings: [{ cell: 'E22' }] },
    { name: '120%', form: withRow(1, { target: '120%' }), findings: [{ cell: 'E17' }] },
  ],
});

testRule('indicator/required-missing', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'no 时效指标 row',
      form: buildForm((d) => d.rows.splice(2, 1)),
      findings: [{ cell: 'A15', data: { level2: '时效指标' } }],
    },
  ],
});

testRule('indicator/score-vs-completion', {
  valid: [
    buildForm(),
    withRow(6, { score: '9.5', reason: '职工满意度达91%' }),
    withRow(1, { score: '8', reason: '部分事项于2025年办结' }),
    withRow(0, { target: '≥4014人', score: '14', reason: '拨付人数未达到4014人' }),
    withRow(6, { score: '10', reason: '满意度达到96%' }),
  ],
  invalid: [
    {
      name: '93% of ≥95% scored 9',
      form: withRow(6, { score: '9', reason: '职工满意度达93%' }),
      findings: [{ cell: 'G22', expected: 9.79 }],
    },
    {
      name: 'target met yet deducted',
      form: withRow(6, { score: '9.8', reason: '满意度达95%' }),
      findings: [{ cell: 'G22', expected: 10 }],
    },
    {
      name: 'reverse target from the 实际完成值 column: 150 of ≤100 scores half',
      form: withRow(0, { target: '≤100人', actual: '150人', score: '15', reason: '超出' }),
      findings: [{ cell: 'G16', expected: 7.5 }],
    },
  ],
});

testRule('indicator/qualitative-band', {
  valid: [
    buildForm(),
    withRow(4, { actual: '达成年度指标', score: '12' }),
    withRow(4, { actual: '部分达成年度指标并具有一定效果', score: '10', reason: '部分' }),
  ],
  invalid: [
    {
      name: '达成 scored 70 %',
      form: withRow(4, { actual: '达成年度指标', score: '10', reason: '略差' }),
      findings: [{ cell: 'G20', expected: '12–15' }],
    },
    {
      name: '未达成 scored 80 % (band edges are options)',
      form: withRow(4, { actual: '未达成年度指标且效果较差', score: '12', reason: '未完成' }),
      findings: [{ cell: 'G20', expected: '0–9' }],
    },
  ],
});

testRule('indicator/over-completion-unexplained', {
  valid: [
    buildForm(),
    withRow(0, { actual: '12次' }),
    withRow(0, { actual: '13次', reason: '年中追加活动' }),
  ],
  invalid: [
    {
      name: '13 of ≥10 at full score, no reason',
      form: withRow(0, { actual: '13次' }),
      findings: [{ cell: 'H16', data: { ratio: '130%' } }],
    },
  ],
});

testRule('indicator/unknown-name', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'an unknown 二级 name is reported once at its label',
      form: buildForm((d) => {
        d.rows[0]!.level2 = '工作指标';
      }),
      findings: [{ cell: 'C16', data: { name: '工作指标' } }],
    },
  ],
});

testRule('indicator/weight-rollup', {
  valid: [buildForm((d) => d.rows.slice(0, 4).forEach((r) => (r.level1 = '产出指标(50分)')))],
  invalid: [
    {
      name: '产出指标(60分) over rows adding up to 50',
      form: buildForm((d) => d.rows.slice(0, 4).forEach((r) => (r.level1 = '产出指标(60分)'))),
      findings: [{ cell: 'B16', expected: 60, data: { sum: 50 } }],
    },
  ],
});

testRule('indicator/timeliness-outside-year', {
  valid: [buildForm(), withRow(2, { target: '2024年1月' }), withRow(2, { target: '2023年12月至2024年1月' })],
  invalid: [
    {
      name: '2023年7月17日至18日',
      form: withRow(2, { target: '2023年7月17日至18日' }),
      findings: [{ cell: 'E18', expected: 2024 }],
    },
  ],
});
