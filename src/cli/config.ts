/**
 * `--config file.json`: the core check options as JSON. Only the shape the core accepts today is
 * allowed ({"disable": [rule or category, …], "locale": "zh-CN" | "en-US"}); anything else is refused
 * with the offending key named.
 */
import type { CheckOptions } from '../core/check';
import { LOCALES, type Locale } from '../core/i18n';
import { isRuleSelector } from './args';

export class ConfigError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ConfigError';
  }
}

export function parseConfig(text: string, file: string): CheckOptions {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${file} 不是有效的 JSON：${why}`, `${file} is not valid JSON: ${why}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`${file} 须是 JSON 对象`, `${file} must hold a JSON object`);
  }
  const options: { disable?: string[]; locale?: Locale } = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'disable') {
      if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
        throw new ConfigError(
          `${file}: disable 须是字符串数组`,
          `${file}: disable must be an array of strings`,
        );
      }
      const unknown = value.filter((v) => !isRuleSelector(v));
      if (unknown.length > 0) {
        throw new ConfigError(
          `${file}: disable 中有未知规则：${unknown.join(', ')}`,
          `${file}: disable names unknown rules: ${unknown.join(', ')}`,
        );
      }
      options.disable = value;
    } else if (key === 'locale') {
      if (typeof value !== 'string' || !(LOCALES as readonly string[]).includes(value)) {
        throw new ConfigError(
          `${file}: locale 只能是 ${LOCALES.join(' 或 ')}`,
          `${file}: locale must be ${LOCALES.join(' or ')}`,
        );
      }
      options.locale = value as Locale;
    } else {
      throw new ConfigError(`${file}: 未知选项「${key}」`, `${file}: unknown option "${key}"`);
    }
  }
  return options;
}
