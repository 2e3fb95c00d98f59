/** layout/*: how the form was read. */
import type { FormRule, SheetRule } from './types';
import { collect, finding } from './types';

export const notAForm: SheetRule = {
  id: 'layout/not-a-form',
  severity: 'error',
  scope: 'sheet',
  title: { 'zh-CN': '工作表中没有可识别的自评表', 'en-US': 'Sheet holds no recognisable form' },
  rationale: {
    'zh-CN': '自评表须按财预〔2020〕10号附件格式填报，缺少“项目名称”“绩效指标”即无法审核。',
    'en-US':
      'Forms follow the 财预〔2020〕10号 template; without 项目名称 and 绩效指标 nothing can be checked.',
  },
  example: { bad: '一张只有备注文字的工作表', good: '含“项目名称”和“绩效指标”表头的自评表' },
};

export const blankForm: SheetRule = {
  id: 'layout/blank-form',
  severity: 'info',
  scope: 'sheet',
  title: { 'zh-CN': '自评表尚未填写', 'en-US': 'Form not filled in yet' },
  rationale: {
    'zh-CN': '空白模板（没有资金数、指标值、得分或说明）无须逐项报错；填写后再检查。',
    'en-US':
      'A blank template (no amounts, targets, scores or reasons) is not checked item by item; fill it in first.',
  },
  example: { bad: '刚插入、尚未填写的模板', good: '已填写资金、指标和得分的自评表' },
};

export const shiftedRow: FormRule = {
  id: 'layout/shifted-row',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '行错位（已按对齐读取）', 'en-US': 'Row is shifted (read by alignment)' },
  rationale: {
    'zh-CN': '错位的行容易在汇总和打印时被误读；已按末尾分值/得分对齐计入，请改正位置。',
    'en-US':
      'Offset rows are easily misread when totalled or printed; it was counted by alignment, please move it.',
  },
  example: {
    bad: '“慰问标准”写在二级指标列，分值落在指标值列',
    good: '三级指标、指标值、分值、得分各在其列',
  },
  check(form) {
    return collect(form.notes, (note) =>
      note.kind === 'shifted-row'
        ? [
            finding(this, form, {
              cell: note.cell,
              variant: note.shift < 0 ? 'left' : 'right',
              data: { shift: note.shift, columns: Math.abs(note.shift) },
            }),
          ]
        : [],
    );
  },
};

export const unreadableRow: FormRule = {
  id: 'layout/unreadable-row',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '行中数字无法归属', 'en-US': 'Row numbers cannot be attributed' },
  rationale: {
    'zh-CN': '绩效指标表中的数字必须能对应到分值、得分等列，否则总分无法复核。',
    'en-US': 'Every number in the indicator table must belong to a column, or the total cannot be verified.',
  },
  example: { bad: '一行中只有“10 8”两个数且不在分值、得分列', good: '分值、得分写在各自列中' },
  check(form) {
    return collect(form.notes, (note) =>
      note.kind === 'unreadable-row'
        ? [finding(this, form, { cell: note.cell, data: { text: note.text } })]
        : [],
    );
  },
};
