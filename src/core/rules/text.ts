/** text/*: free text that stops mid-sentence. */
import type { TextField } from '../form';
import type { FormRule } from './types';
import { finding } from './types';

/** Texts shorter than this are phrases (`基本保障`), not sentences. */
export const SENTENCE_LENGTH = 40;
const SENTENCE_END = /[。！？!?；;.…)）"”'’」』\]】%％]$/;

/** Characters as a reader counts them: a surrogate pair is one character. */
function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      count--;
      i++;
    }
  }
  return count;
}

export function looksTruncated(text: string): boolean {
  if (text.length < SENTENCE_LENGTH) return false;
  const t = text.trim();
  return codePointCount(t) >= SENTENCE_LENGTH && !SENTENCE_END.test(t);
}

export const truncated: FormRule = {
  id: 'text/truncated',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '文字不完整（疑似被截断）', 'en-US': 'Text stops mid-sentence' },
  rationale: {
    'zh-CN': '总体目标和偏差原因是审核依据，被单元格截断的文字会让审核无法理解。',
    'en-US': 'Goals and reasons are what reviewers read; text cut off by the cell cannot be understood.',
  },
  example: { bad: '……使广大困难职工深切', good: '……使广大困难职工深切感受到党和政府的关爱。' },
  check(form) {
    const fields: TextField[] = [];
    if (form.goal) fields.push(form.goal.expected, ...(form.goal.achieved ? [form.goal.achieved] : []));
    for (const row of form.indicators?.rows ?? []) fields.push(row.reason);
    return fields
      .filter((field) => looksTruncated(field.text))
      .map((field) =>
        finding(this, form, {
          cell: field.cell,
          data: { ending: [...field.text.trim()].slice(-6).join('') },
        }),
      );
  },
};
