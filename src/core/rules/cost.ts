/** cost/*: 成本指标 amounts against the budget and their own arithmetic. */
import { amountInWan, normaliseText } from '../values';
import type { FormRule } from './types';
import { collect, finding, round2 } from './types';
import { numberOf } from './numbers';

export const breakdownVsBudget: FormRule = {
  id: 'cost/breakdown-vs-budget',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '成本指标合计与全年预算数不符', 'en-US': 'Cost indicators do not add up to the budget' },
  rationale: {
    'zh-CN': '成本指标全部以金额表述时，其合计应等于全年预算数。',
    'en-US': 'When every cost indicator is an amount, together they should equal the annual budget.',
  },
  example: { bad: '成本指标 6万元 + 3万元，全年预算数 10万元', good: '成本指标 6万元 + 4万元' },
  check(form) {
    const rows = (form.indicators?.rows ?? []).filter((row) => row.level2.name === '成本指标');
    const budget = numberOf(form.funds?.rows.find((row) => row.kind === 'total')?.budget);
    if (rows.length === 0 || budget === undefined) return [];
    const amounts = rows.map((row) =>
      row.target.value.kind === 'number' &&
      (row.target.value.unit === '万元' || row.target.value.unit === '元')
        ? amountInWan(row.target.value)
        : undefined,
    );
    if (amounts.some((a) => a === undefined)) return [];
    const sum = round2((amounts as number[]).reduce((a, b) => a + b, 0));
    if (Math.abs(sum - budget) <= 0.005) return [];
    return [
      finding(this, form, {
        cell: rows[0]!.target.cell,
        data: { sum, budget },
        expected: budget,
        actual: sum,
      }),
    ];
  },
};

/** `7人，每人每月300元` → 7 × 300 × 12 元; undefined unless both a head count and a per-person amount are stated. */
export function statedProduct(
  text: string,
): { count: number; each: number; months: number; yuan: number } | undefined {
  const t = normaliseText(text);
  const each = /(?:每人(每月)?|人均(每月)?)\s*(\d+(?:\.\d+)?)\s*元(?:\s*\/\s*(月))?/.exec(t);
  const explicit = /(\d+)\s*人\s*[×xX*]\s*(\d+(?:\.\d+)?)\s*元(?:\s*[×xX*]\s*(\d+)\s*(?:个)?月)?/.exec(t);
  if (explicit) {
    const months = explicit[3] ? Number(explicit[3]) : 1;
    const count = Number(explicit[1]);
    const perHead = Number(explicit[2]);
    return { count, each: perHead, months, yuan: count * perHead * months };
  }
  if (!each) return undefined;
  const counts = [...t.matchAll(/(^|[^每\d.])(\d+)\s*(?:名|个)?人(?![次均])/g)].map((m) => Number(m[2]));
  if (counts.length !== 1) return undefined;
  const monthly = Boolean(each[1] || each[2] || each[4]);
  const months = monthly ? 12 : 1;
  const count = counts[0]!;
  const perHead = Number(each[3]);
  return { count, each: perHead, months, yuan: count * perHead * months };
}

export const arithmetic: FormRule = {
  id: 'cost/arithmetic',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '成本测算与指标值不符', 'en-US': 'Cost arithmetic differs from the target' },
  rationale: {
    'zh-CN': '三级指标写明“人数 × 标准（× 月数）”时，乘积应等于指标值金额。',
    'en-US': 'When the indicator states head count × rate (× months), the product should equal the target.',
  },
  example: { bad: '7人，每人每月300元 → 2.85万元', good: '7人，每人每月300元 → 2.52万元' },
  check(form) {
    return collect(form.indicators?.rows ?? [], (row) => {
      if (row.level2.name !== '成本指标') return [];
      const product = statedProduct(row.level3.text);
      const target = amountInWan(row.target.value);
      if (!product || target === undefined) return [];
      const wan = round2(product.yuan / 10000);
      if (Math.abs(wan - target) <= 0.005) return [];
      return [
        finding(this, form, {
          cell: row.target.cell,
          data: {
            count: product.count,
            each: product.each,
            months: product.months,
            product: wan,
            target: row.target.text,
          },
          expected: `${wan}万元`,
          actual: row.target.text,
        }),
      ];
    });
  },
};
