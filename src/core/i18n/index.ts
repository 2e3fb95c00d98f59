/**
 * Message catalogues (zh-CN first, en-US second).
 * (Placeholder until the rule engine lands.)
 */
import type { Finding } from '../finding';

export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** Renders a finding's message in the given locale. */
export function renderMessage(finding: Finding, _locale: Locale): string {
  return finding.messageId;
}
