/** Message catalogues (zh-CN first, en-US second) and rule titles. */
import type { Finding, RuleId } from '../finding';
import { ruleById } from '../rules';
import { LOCALES, type Locale } from './locales';
import { CATALOGUES } from './messages';

export { LOCALES, type Locale };
export { CATALOGUES };

/** Fills `{name}` placeholders from data; an unknown placeholder stays as written. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** The template for a messageId (`rule` or `rule:variant`), falling back to the rule's own. */
export function messageTemplate(messageId: string, locale: Locale): string | undefined {
  const catalogue = CATALOGUES[locale];
  return catalogue[messageId] ?? catalogue[messageId.split(':')[0]!];
}

/** Renders a finding's message in the given locale. */
export function renderMessage(finding: Finding, locale: Locale): string {
  const template =
    messageTemplate(finding.messageId, locale) ?? messageTemplate(finding.rule, locale) ?? finding.rule;
  return fillTemplate(template, finding.data);
}

/** The rule's title in the given locale. */
export function ruleTitle(rule: RuleId, locale: Locale): string {
  return ruleById(rule).title[locale];
}
