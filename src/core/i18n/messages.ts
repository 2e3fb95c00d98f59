/** Message templates per messageId; `{name}` is replaced by the finding's data. */
import type { RuleId } from '../finding';
import type { Locale } from './locales';

export type Catalogue = Readonly<Record<RuleId, string>> & Readonly<Record<string, string>>;

const ZH: Catalogue = {
  'layout/not-a-form': '工作表“{sheet}”中没有可识别的自评表（缺少“项目名称”“绩效指标”）',
  'layout/not-a-form:empty': '工作表“{sheet}”是空表，没有自评表',
  'layout/not-a-form:no-anchors': '工作表“{sheet}”中没有可识别的自评表（缺少“项目名称”“绩效指标”）',
  'layout/blank-form': '这张自评表尚未填写（没有资金数、指标值、得分或说明），填写后再检查',
  'layout/shifted-row': '此行与表头错位 {columns} 列，已按对齐读取并计入，请移回正确的列',
  'layout/shifted-row:left': '此行比表头向左错位 {columns} 列，已按对齐读取并计入，请移回正确的列',
  'layout/shifted-row:right': '此行比表头向右错位 {columns} 列，已按对齐读取并计入，请移回正确的列',
  'layout/unreadable-row': '此行的数字无法对应到分值/得分列：“{text}”',
  'header/required-missing': '{field}未填写',
  'header/project-type': '项目属性“{text}”不规范，应为延续性项目、一次性项目或新增项目（建议：{suggestion}）',
  'header/period-outside-year': '项目期“{text}”未覆盖评价年度 {year} 年',
  'funds/not-a-number': '资金表中的“{text}”不是数字',
  'funds/subtotal': '年度资金总额 {stated} 万元不等于各来源之和 {sum} 万元',
  'funds/over-executed': '全年执行数 {executed} 超过全年预算数 {budget}',
  'funds/execution-rate': '执行率写作 {stated}，执行数÷预算数为 {computed}，应写 {expected}',
  'funds/execution-score': '执行率 {rate} × 分值 {weight} = {expected}，得分写了 {score}',
  'funds/score-exceeds-weight': '执行率得分 {score} 超过分值 {weight}',
  'indicator/score-not-a-number': '分值/得分“{text}”不是有效的非负数字',
  'indicator/score-exceeds-weight': '得分 {score} 超过分值 {weight}',
  'indicator/missing-deviation-reason': '得分 {score} 低于分值 {weight}，须填写偏差原因',
  'indicator/reason-without-deduction': '已得满分，却写了偏差原因“{reason}”',
  'indicator/target-missing': '指标“{indicator}”的指标值为空',
  'indicator/target-not-quantified': '{level2}为必填量化，指标值“{text}”没有数值',
  'indicator/target-implausible': '指标值“{text}”无法超越或超过100%，请设置可考核的目标',
  'indicator/required-missing': '缺少必填的二级指标：{level1} / {level2}',
  'indicator/score-vs-completion':
    '指标值 {target}，完成 {completion}，按10号文应得 {expected} 分，实得 {score} 分',
  'indicator/score-vs-completion:met':
    '指标值 {target} 已达成（完成 {completion}），却只得 {score} 分（分值 {weight}）',
  'indicator/qualitative-band': '“{phrase}”对应得分 {min}–{max}，实得 {score}',
  'indicator/over-completion-unexplained': '完成值达指标值 {target} 的 {ratio}，指标可能设置偏低，请说明',
  'indicator/unknown-name': '指标名称“{name}”不在规范名称之列',
  'indicator/weight-rollup': '{name}标注 {stated} 分，下属分值合计 {sum} 分',
  'indicator/timeliness-outside-year': '时效指标“{text}”不在评价年度 {year} 年内',
  'cost/breakdown-vs-budget': '成本指标合计 {sum} 万元不等于全年预算数 {budget} 万元',
  'cost/arithmetic': '{count}人 × {each}元 × {months}个月 = {product}万元，指标值写的是 {target}',
  'goal/budget-mismatch': '总体目标提到 {amount} 万元，全年预算数为 {budget} 万元',
  'text/truncated': '文字以“{ending}”结尾，似乎被截断',
  'total/missing': '没有总得分',
  'total/weights-not-100': '执行率分值与指标分值合计 {sum}，应为 100',
  'total/sum-mismatch': '总得分写 {stated}，各项得分合计 {computed}',
  'total/level1-weights':
    '一级指标分值为 产出 {output}、效益 {benefit}、满意度 {satisfaction}、执行率 {execution}（原则上 50/30/10/10）',
  'total/grade-mismatch': '总得分 {total} 对应等级“{expected}”，表中写“{written}”',
  'workbook/duplicate-project-name': '项目名称“{name}”与 {others} 重复',
};

const EN: Catalogue = {
  'layout/not-a-form': 'Sheet "{sheet}" holds no recognisable form (no 项目名称/绩效指标)',
  'layout/not-a-form:empty': 'Sheet "{sheet}" is empty',
  'layout/not-a-form:no-anchors': 'Sheet "{sheet}" holds no recognisable form (no 项目名称/绩效指标)',
  'layout/blank-form':
    'This form is not filled in yet (no amounts, targets, scores or reasons); check it once filled in',
  'layout/shifted-row':
    'This row is offset from the header by {columns} column(s); it was read by alignment — move it back',
  'layout/shifted-row:left':
    'This row starts {columns} column(s) left of the header; it was read by alignment — move it back',
  'layout/shifted-row:right':
    'This row starts {columns} column(s) right of the header; it was read by alignment — move it back',
  'layout/unreadable-row': 'The numbers in this row cannot be attributed to 分值/得分: "{text}"',
  'header/required-missing': '{fieldEn} is empty',
  'header/project-type':
    'Project type "{text}" is not standard (延续性项目/一次性项目/新增项目); did you mean {suggestion}?',
  'header/period-outside-year': 'Project period "{text}" does not cover the evaluation year {year}',
  'funds/not-a-number': '"{text}" in the funds table is not a number',
  'funds/subtotal': 'Total funds {stated} differ from the sum of sources {sum}',
  'funds/over-executed': 'Spending {executed} exceeds the budget {budget}',
  'funds/execution-rate':
    'Execution rate written as {stated}; spending ÷ budget is {computed}, write {expected}',
  'funds/execution-score': 'Rate {rate} × weight {weight} = {expected}, but the score is {score}',
  'funds/score-exceeds-weight': 'Execution score {score} exceeds its weight {weight}',
  'indicator/score-not-a-number': 'Weight/score "{text}" is not a non-negative number',
  'indicator/score-exceeds-weight': 'Score {score} exceeds the weight {weight}',
  'indicator/missing-deviation-reason':
    'Score {score} is below the weight {weight}; a deviation reason is required',
  'indicator/reason-without-deduction': 'Full score, yet a deviation reason is written: "{reason}"',
  'indicator/target-missing': 'Indicator "{indicator}" has no target value',
  'indicator/target-not-quantified': '{level2} must be quantified; target "{text}" has no number',
  'indicator/target-implausible': 'Target "{text}" cannot be exceeded or lies above 100 %',
  'indicator/required-missing': 'Required indicator missing: {level1} / {level2}',
  'indicator/score-vs-completion':
    'Target {target}, completed {completion}: 10号文 score {expected}, given {score}',
  'indicator/score-vs-completion:met':
    'Target {target} is met ({completion}), yet only {score} of {weight} points',
  'indicator/qualitative-band': '"{phrase}" scores {min}–{max}, given {score}',
  'indicator/over-completion-unexplained':
    'Completion is {ratio} of the target {target}; explain why the target was set so low',
  'indicator/unknown-name': 'Indicator name "{name}" is not in the standard vocabulary',
  'indicator/weight-rollup': '{name} states {stated} points, its rows add up to {sum}',
  'indicator/timeliness-outside-year': 'Timeliness target "{text}" lies outside the evaluation year {year}',
  'cost/breakdown-vs-budget': 'Cost indicators add up to {sum} 万元, the budget is {budget} 万元',
  'cost/arithmetic': '{count} × {each} 元 × {months} month(s) = {product} 万元, the target says {target}',
  'goal/budget-mismatch': 'The goal names {amount} 万元, the budget is {budget} 万元',
  'text/truncated': 'Text ends with "{ending}" and seems cut off',
  'total/missing': 'No total score',
  'total/weights-not-100': 'Weights add up to {sum}, not 100',
  'total/sum-mismatch': 'Total score {stated}, but the scores add up to {computed}',
  'total/level1-weights':
    'First-level weights: output {output}, benefit {benefit}, satisfaction {satisfaction}, execution {execution} (default 50/30/10/10)',
  'total/grade-mismatch': 'Total {total} means grade "{expected}", the form says "{written}"',
  'workbook/duplicate-project-name': 'Project name "{name}" also used at {others}',
};

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { 'zh-CN': ZH, 'en-US': EN };
