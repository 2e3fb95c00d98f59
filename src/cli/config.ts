/**
 * `--config file.json`: the core check options as JSON (src/core/options.ts: disable, locale,
 * tolerances, qualitativeBands, level1Weights, executionWeight, overCompletionRatio, year),
 * validated by the core's validateOptions before any file is read.
 */
import type { CheckOptions } from '../core/check';
import { validateOptions } from '../core/options';

export class ConfigError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ConfigError';
  }
}

/** The core's messages read "中文 / English"; keep the half for the chosen language. */
function half(message: string, which: 0 | 1): string {
  const parts = message.split(' / ');
  return parts.length === 2 ? parts[which] : message;
}

export function parseConfig(text: string, file: string): CheckOptions {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${file} 不是有效的 JSON：${why}`, `${file} is not valid JSON: ${why}`);
  }
  const validation = validateOptions(data);
  if (!validation.ok) {
    throw new ConfigError(
      `${file}: ${validation.errors.map((e) => half(e, 0)).join('；')}`,
      `${file}: ${validation.errors.map((e) => half(e, 1)).join('; ')}`,
    );
  }
  return data as CheckOptions;
}
