/** docs/rules.md, rendered from the rule metadata (`npm run docs:rules` writes it). */
import { RULES } from './index';
import { categoryOf } from './types';

const SEVERITY_NAMES = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderRulesDoc(): string {
  const lines: string[] = [
    '# 检查规则 / Rules',
    '',
    '<!-- Generated from src/core/rules by `npm run docs:rules`; do not edit by hand. -->',
    '',
    '每条规则都可以按编号或类别关闭（选项 `disable`）。Every rule can be switched off by id or category (`disable`).',
    '',
    '| 编号 id | 级别 severity | 规则 rule |',
    '|---|---|---|',
    ...RULES.map(
      (rule) =>
        `| [\`${rule.id}\`](#${rule.id.replace('/', '')}) | ${rule.severity} | ${cell(rule.title['zh-CN'])} |`,
    ),
    '',
  ];
  let category = '';
  for (const rule of RULES) {
    if (categoryOf(rule.id) !== category) {
      category = categoryOf(rule.id);
      lines.push(`## ${category}`, '');
    }
    lines.push(
      `### \`${rule.id}\``,
      '',
      `**${rule.title['zh-CN']}** — ${rule.title['en-US']}`,
      '',
      `- 级别 / severity: ${SEVERITY_NAMES[rule.severity]}`,
      `- 范围 / scope: ${rule.scope}`,
      `- 依据：${rule.rationale['zh-CN']}`,
      `- Why: ${rule.rationale['en-US']}`,
      `- 错误示例 / bad: ${rule.example.bad}`,
      `- 正确示例 / good: ${rule.example.good}`,
      '',
    );
  }
  return lines.join('\n');
}
