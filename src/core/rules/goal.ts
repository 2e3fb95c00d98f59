/** goal/*: 年度总体目标 against the funds table. */
import { normaliseText } from '../values';
import type { FormRule } from './types';
import { finding } from './types';
import { numberOf } from './numbers';

export const budgetMismatch: FormRule = {
  id: 'goal/budget-mismatch',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '总体目标所列金额与预算不符', 'en-US': 'Goal names an amount other than the budget' },
  rationale: {
    'zh-CN': '年度总体目标中的资金规模应与全年预算数一致（财预〔2020〕10号）。',
    'en-US': 'An amount named in the annual goal should match the annual budget (财预〔2020〕10号).',
  },
  example: { bad: '目标：所需资金约50万元；全年预算数 10万元', good: '目标：所需资金10万元' },
  check(form) {
    const goal = form.goal;
    const total = form.funds?.rows.find((row) => row.kind === 'total');
    const budget = numberOf(total?.budget);
    if (!goal || budget === undefined) return [];
    const known = [budget, numberOf(total?.initialBudget), numberOf(total?.executed)].filter(
      (n): n is number => n !== undefined,
    );
    const texts = [goal.expected, ...(goal.achieved ? [goal.achieved] : [])];
    for (const field of texts) {
      for (const match of normaliseText(field.text).matchAll(/(\d+(?:\.\d+)?)\s*万元/g)) {
        const amount = Number(match[1]);
        if (known.some((k) => Math.abs(k - amount) <= 0.005)) continue;
        return [
          finding(this, form, {
            cell: field.cell,
            data: { amount, budget },
            expected: budget,
            actual: amount,
          }),
        ];
      }
    }
    return [];
  },
};
