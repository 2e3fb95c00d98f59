import type { Form } from '../../../src/core/form';
import { readSheet } from '../../../src/core/read-form';
import { buildTemplate, templateToGrid, type TemplateOptions } from '../../../src/core/template';
import { buildForm } from './form-builder';
import { testRule } from './rule-tester';

function templateForm(
  options: Partial<TemplateOptions> = {},
  entries: Record<string, string | number> = {},
): Form {
  const layout = buildTemplate({ year: 2025, variant: 'seed', ...options });
  const reading = readSheet(templateToGrid(layout, '模板', entries));
  if (reading.kind !== 'forms') throw new Error('the template is not read as a form');
  return reading.forms[0]!;
}

testRule('layout/not-a-form', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'a sheet without anchors',
      form: [{ kind: 'not-a-form', sheet: '说明', reason: 'no-anchors', cell: 'A1' }],
      findings: [{ cell: 'A1', sheet: '说明', data: { sheet: '说明' } }],
    },
  ],
});

testRule('layout/blank-form', {
  valid: [buildForm(), templateForm({}, { G12: 15 }), templateForm({}, { D12: '开展培训次数' })],
  invalid: [
    {
      name: 'a freshly inserted template',
      form: templateForm(),
      findings: [{ cell: 'C3', severity: 'info', data: { project: '' } }],
    },
    {
      name: 'a national template with its header prefilled',
      form: templateForm({ variant: 'national', projectName: '职工培训', department: '市总工会' }),
      findings: [{ cell: 'C3', data: { project: '职工培训' } }],
    },
  ],
});

testRule('layout/shifted-row', {
  valid: [buildForm()],
  invalid: [
    {
      name: 'a row read one column to the left',
      form: buildForm((d) => d.notes.push({ kind: 'shifted-row', cell: 'B44', shift: -1 })),
      findings: [{ cell: 'B44', data: { shift: -1, columns: 1 } }],
    },
  ],
});

testRule('layout/unreadable-row', {
  valid: [buildForm((d) => d.notes.push({ kind: 'shifted-row', cell: 'B44', shift: -1 }))],
  invalid: [
    {
      name: 'numbers that belong to no column',
      form: buildForm((d) => d.notes.push({ kind: 'unreadable-row', cell: 'A30', text: '10 8' })),
      findings: [{ cell: 'A30', data: { text: '10 8' } }],
    },
  ],
});

testRule('header/required-missing', {
  valid: [
    buildForm(),
    buildForm((d) => {
      delete d.header.projectType;
      delete d.header.period;
    }),
  ],
  invalid: [
    {
      name: 'empty 项目期',
      form: buildForm((d) => (d.header.period = '')),
      findings: [{ cell: 'F9', data: { field: '项目期' } }],
    },
    {
      name: 'empty 项目名称 and 实施单位',
      form: buildForm((d) => {
        d.header.projectName = ' ';
        d.header.implementer = '';
      }),
      findings: [
        { cell: 'C7', data: { field: '项目名称' } },
        { cell: 'F8', data: { field: '实施单位' } },
      ],
    },
  ],
});

testRule('header/project-type', {
  valid: [buildForm(), buildForm((d) => (d.header.projectType = '新增项目'))],
  invalid: [
    {
      name: '延续',
      form: buildForm((d) => (d.header.projectType = '延续')),
      findings: [{ cell: 'C9', expected: '延续性项目' }],
    },
    {
      name: '一次性',
      form: buildForm((d) => (d.header.projectType = '一次性')),
      findings: [{ cell: 'C9', expected: '一次性项目' }],
    },
  ],
});

testRule('header/period-outside-year', {
  valid: [
    buildForm(),
    buildForm((d) => (d.header.period = '2024年全年')),
    buildForm((d) => (d.header.period = '2023年-2025年')),
    buildForm((d) => (d.header.period = '长期')),
  ],
  invalid: [
    {
      name: '2023年 in a 2024年度 form',
      form: buildForm((d) => (d.header.period = '2023年')),
      findings: [{ cell: 'F9', expected: 2024 }],
    },
  ],
});
