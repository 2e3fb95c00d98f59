/** workbook/*: rules across all forms of all sheets. */
import type { Form } from '../form';
import type { WorkbookRule } from './types';
import { finding } from './types';

export const duplicateProjectName: WorkbookRule = {
  id: 'workbook/duplicate-project-name',
  severity: 'warning',
  scope: 'workbook',
  title: { 'zh-CN': '项目名称重复', 'en-US': 'Duplicate project name' },
  rationale: {
    'zh-CN': '一个项目填报一张自评表；同名表格易被财政部门视为重复报送。',
    'en-US': 'One form per project; forms sharing a name look like duplicate submissions.',
  },
  example: {
    bad: '两张表的项目名称都是“行政事业单位工会经费”',
    good: '“行政事业单位工会经费（职工福利）”与“……（工代会）”',
  },
  check(forms) {
    const byName = new Map<string, Form[]>();
    for (const form of forms) {
      const name = form.header.projectName.text.replace(/\s+/g, '');
      if (name === '') continue;
      byName.set(name, [...(byName.get(name) ?? []), form]);
    }
    return [...byName.entries()].flatMap(([name, group]) =>
      group.length < 2
        ? []
        : group.map((form) =>
            finding(this, form, {
              cell: form.header.projectName.cell,
              data: {
                name,
                others: group
                  .filter((other) => other !== form)
                  .map((other) => `${other.sheet}!${other.header.projectName.cell}`)
                  .join(', '),
                count: group.length,
              },
            }),
          ),
    );
  },
};
