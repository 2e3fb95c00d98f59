/** The rule catalogue (DOMAIN.md §5), in RULE_IDS order. */
import { RULE_IDS, type RuleId } from '../finding';
import * as cost from './cost';
import * as funds from './funds';
import * as goal from './goal';
import * as header from './header';
import * as indicator from './indicator';
import * as layout from './layout';
import * as text from './text';
import * as total from './total';
import type { Rule } from './types';
import * as workbook from './workbook';

const UNORDERED: readonly Rule[] = [
  layout.notAForm,
  layout.blankForm,
  layout.shiftedRow,
  layout.unreadableRow,
  header.requiredMissing,
  header.projectType,
  header.periodOutsideYear,
  funds.notANumber,
  funds.subtotal,
  funds.overExecuted,
  funds.executionRate,
  funds.executionScore,
  funds.scoreExceedsWeight,
  indicator.scoreNotANumber,
  indicator.scoreExceedsWeight,
  indicator.missingDeviationReason,
  indicator.reasonWithoutDeduction,
  indicator.targetMissing,
  indicator.targetNotQuantified,
  indicator.targetImplausible,
  indicator.requiredMissing,
  indicator.scoreVsCompletion,
  indicator.qualitativeBand,
  indicator.overCompletionUnexplained,
  indicator.unknownName,
  indicator.weightRollup,
  indicator.timelinessOutsideYear,
  cost.breakdownVsBudget,
  cost.arithmetic,
  goal.budgetMismatch,
  text.truncated,
  total.missing,
  total.weightsNot100,
  total.sumMismatch,
  total.level1Weights,
  total.gradeMismatch,
  workbook.duplicateProjectName,
];

const BY_ID = new Map<RuleId, Rule>(UNORDERED.map((rule) => [rule.id, rule]));

/** Every rule, in catalogue order. */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`rule ${id} has no definition`);
  return rule;
});

export function ruleById(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

export type { Rule, FormRule, WorkbookRule, SheetRule, RuleCategory, RuleContext } from './types';
export { RULE_CATEGORIES, categoryOf } from './types';
