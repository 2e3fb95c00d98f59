/** workbook/*: rules across all forms of all sheets. */
import type { WorkbookForm, WorkbookRule } from './types';
import { finding } from './types';

/** How many other places a duplicate-name message lists. */
const MAX_LISTED = 3;

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
    const byName = new Map<string, WorkbookForm[]>();
    for (const form of forms) {
      const name = form.header.projectName.text.replace(/\s+/g, '');
      if (name === '') continue;
      const group = byName.get(name);
      if (group) group.push(form);
      else byName.set(name, [form]);
    }
    const out = [];
    for (const [name, group] of byName) {
      if (group.length < 2) continue;
      const addresses = group.map((form) => `${form.sheet}!${form.header.projectName.cell}`);
      for (let i = 0; i < group.length; i++) {
        const listed = addresses
          .slice(0, MAX_LISTED + 1)
          .filter((_, j) => j !== i)
          .slice(0, MAX_LISTED);
        const shown = listed.join(', ');
        out.push(
          finding(this, group[i]!, {
            cell: group[i]!.header.projectName.cell,
            data: { name, others: group.length - 1 > MAX_LISTED ? `${shown} …` : shown, count: group.length },
          }),
        );
      }
    }
    return out;
  },
};
