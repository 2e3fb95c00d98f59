import { buildForm } from './form-builder';
import { testRule } from './rule-tester';

testRule('funds/not-a-number', {
  valid: [
    buildForm(),
    buildForm(
      (d) =>
        (d.funds.other = { initialBudget: '—', budget: '/', executed: '', weight: '', rate: '', score: '' }),
    ),
  ],
  invalid: [
    {
      name: 'prose in 全年执行数',
      form: buildForm((d) => (d.funds.total!.executed = '约四十万')),
      findings: [{ cell: 'E11', data: { text: '约四十万' } }],
    },
  ],
});

testRule('funds/subtotal', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'fiscal 40 + other empty ≠ 44 (per column)',
      form: buildForm((d) => {
        d.funds.fiscal!.budget = '40万元';
        d.funds.other!.budget = '';
      }),
      findings: [{ cell: 'D11', expected: 40 }],
    },
  ],
});

testRule('funds/over-executed', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'spent 46 of 44',
      form: buildForm((d) => (d.funds.total!.executed = '46万元')),
      findings: [{ cell: 'E11', data: { budget: 44, executed: 46 } }],
    },
  ],
});

const rateForm = (rate: string) =>
  buildForm((d) => {
    for (const row of [d.funds.total!, d.funds.fiscal!]) {
      row.budget = '433.5万元';
      row.executed = '428.33万元';
      row.rate = rate;
    }
  });

testRule('funds/execution-rate', {
  valid: [buildForm(), rateForm('98.81%'), rateForm('99%'), rateForm('98.8%')],
  invalid: [
    {
      name: '98.80% written, 98.807% computed: both rows',
      form: rateForm('98.80%'),
      findings: [
        { cell: 'G11', severity: 'warning', expected: '98.81%' },
        { cell: 'G12', severity: 'warning', expected: '98.81%' },
      ],
    },
    {
      name: 'more than one percentage point off is an error',
      form: rateForm('97%'),
      findings: [
        { cell: 'G11', severity: 'error', expected: '99%' },
        { cell: 'G12', severity: 'error', expected: '99%' },
      ],
    },
  ],
});

testRule('funds/execution-score', {
  valid: [
    buildForm(),
    buildForm((d) => {
      d.funds.total!.executed = '14.23万元';
      d.funds.total!.budget = '15万元';
      d.funds.total!.score = '9.49';
      d.funds.fiscal!.score = '9';
    }),
  ],
  invalid: [
    {
      name: '14.23/15 scored 9 (total row only)',
      form: buildForm((d) => {
        for (const row of [d.funds.total!, d.funds.fiscal!]) {
          row.budget = '15万元';
          row.executed = '14.23万元';
          row.score = '9';
        }
      }),
      findings: [{ cell: 'H11', expected: 9.49 }],
    },
  ],
});

testRule('funds/score-exceeds-weight', {
  valid: [buildForm()],
  invalid: [
    {
      name: '11 of 10',
      form: buildForm((d) => (d.funds.total!.score = '11')),
      findings: [{ cell: 'H11', expected: 10 }],
    },
  ],
});
