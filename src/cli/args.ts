/** argv → a typed command, or a usage error (one clear line). No I/O here. */
import { isRuleId, RULE_IDS } from '../core/finding';
import type { Locale } from '../core/i18n';
import type { TemplateVariant } from '../core/template';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  readonly command: 'check';
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly locale: Locale;
  /** --lang was given (it then wins over a config file's locale). */
  readonly localeGiven: boolean;
  readonly disable: readonly string[];
  readonly configFile?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly annotateDir?: string;
  readonly force: boolean;
  /** Findings never fail the run (exit 0); unreadable input still exits 2. */
  readonly exitZero: boolean;
}

export interface TemplateCommand {
  readonly command: 'template';
  readonly year: number;
  readonly variant: TemplateVariant;
  readonly projectName?: string;
  readonly output: string;
  readonly force: boolean;
  readonly locale: Locale;
}

export type Command =
  | CheckCommand
  | TemplateCommand
  | { readonly command: 'help'; readonly locale: Locale }
  | { readonly command: 'version' };

export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

/** A rule id, or a category prefix of rule ids (`funds`, `indicator/`). */
export function isRuleSelector(selector: string): boolean {
  if (isRuleId(selector)) return true;
  const prefix = selector.endsWith('/') ? selector : `${selector}/`;
  return RULE_IDS.some((id) => id.startsWith(prefix));
}

function parseLocale(value: string): Locale {
  const v = value.toLowerCase();
  if (v === 'zh' || v === 'zh-cn') return 'zh-CN';
  if (v === 'en' || v === 'en-us') return 'en-US';
  throw new UsageError(`--lang 只能是 zh 或 en，收到「${value}」`, `--lang must be zh or en, got "${value}"`);
}

/** The locale asked for anywhere in argv (so even usage errors speak the right language). */
export function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) {
      try {
        return parseLocale(value);
      } catch {
        return 'zh-CN';
      }
    }
  }
  return 'zh-CN';
}

interface RawOptions {
  readonly positionals: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

const VALUE_OPTIONS = new Set([
  '--format',
  '--lang',
  '--disable',
  '--config',
  '--max-warnings',
  '--annotate',
  '--year',
  '--variant',
  '--name',
  '--output',
]);
const FLAG_OPTIONS = new Set(['--quiet', '--verbose', '--force', '--help', '--version', '--exit-zero']);
const SHORT: Readonly<Record<string, string>> = {
  '-h': '--help',
  '-V': '--version',
  '-q': '--quiet',
  '-v': '--verbose',
  '-f': '--format',
  '-o': '--output',
};

function splitOptions(argv: readonly string[]): RawOptions {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = SHORT[rawName] ?? rawName;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new UsageError(`${name} 不带参数值`, `${name} takes no value`);
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${name} 缺少参数值`, `${name} needs a value`);
      if (name === '--disable' && values.has(name)) values.set(name, `${values.get(name)},${value}`);
      else values.set(name, value);
    } else {
      throw new UsageError(`未知选项 ${arg}`, `unknown option ${arg}`);
    }
  }
  return { positionals, values, flags };
}

function only(raw: RawOptions, allowed: readonly string[], command: string): void {
  for (const name of [...raw.values.keys(), ...raw.flags]) {
    if (!allowed.includes(name) && !['--help', '--lang'].includes(name)) {
      throw new UsageError(`${command} 不支持选项 ${name}`, `${command} does not take ${name}`);
    }
  }
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new UsageError(
    `--format 只能是 text、json 或 sarif，收到「${value}」`,
    `--format must be text, json or sarif, got "${value}"`,
  );
}

function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(
      `${name} 需要非负整数，收到「${value}」`,
      `${name} needs a whole number ≥ 0, got "${value}"`,
    );
  return Number(value);
}

export function parseDisable(value: string | undefined): string[] {
  if (value === undefined) return [];
  const selectors = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = selectors.filter((s) => !isRuleSelector(s));
  if (unknown.length > 0) {
    throw new UsageError(
      `--disable 中有未知规则：${unknown.join(', ')}`,
      `--disable names unknown rules: ${unknown.join(', ')}`,
    );
  }
  return selectors;
}

function parseCheck(raw: RawOptions, locale: Locale): CheckCommand {
  only(
    raw,
    [
      '--format',
      '--disable',
      '--config',
      '--max-warnings',
      '--quiet',
      '--verbose',
      '--annotate',
      '--force',
      '--exit-zero',
    ],
    'check',
  );
  const inputs = raw.positionals.slice(1);
  if (inputs.length === 0)
    throw new UsageError('check 需要至少一个文件或文件夹', 'check needs at least one file or folder');
  return {
    command: 'check',
    inputs,
    format: parseFormat(raw.values.get('--format')),
    locale,
    localeGiven: raw.values.has('--lang'),
    disable: parseDisable(raw.values.get('--disable')),
    configFile: raw.values.get('--config'),
    maxWarnings: parseCount('--max-warnings', raw.values.get('--max-warnings')),
    quiet: raw.flags.has('--quiet'),
    verbose: raw.flags.has('--verbose'),
    annotateDir: raw.values.get('--annotate'),
    force: raw.flags.has('--force'),
    exitZero: raw.flags.has('--exit-zero'),
  };
}

function parseTemplate(raw: RawOptions, locale: Locale): TemplateCommand {
  only(raw, ['--year', '--variant', '--name', '--output', '--force'], 'template');
  if (raw.positionals.length > 1) {
    throw new UsageError(
      `template 不接受位置参数「${raw.positionals[1]}」，输出文件用 -o`,
      `template takes no positional "${raw.positionals[1]}"; give the output with -o`,
    );
  }
  const yearText = raw.values.get('--year');
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
    throw new UsageError(
      'template 需要 --year，四位年份（如 --year 2025）',
      'template needs --year as a four-digit year (e.g. --year 2025)',
    );
  }
  const variant = raw.values.get('--variant') ?? 'seed';
  if (variant !== 'seed' && variant !== 'national') {
    throw new UsageError(
      `--variant 只能是 seed 或 national，收到「${variant}」`,
      `--variant must be seed or national, got "${variant}"`,
    );
  }
  const output = raw.values.get('--output');
  if (output === undefined)
    throw new UsageError('template 需要 -o 输出文件.xlsx', 'template needs -o output.xlsx');
  if (!output.toLowerCase().endsWith('.xlsx')) {
    throw new UsageError(
      `输出文件须以 .xlsx 结尾：${output}`,
      `the output file must end in .xlsx: ${output}`,
    );
  }
  return {
    command: 'template',
    year: Number(yearText),
    variant,
    projectName: raw.values.get('--name'),
    output,
    force: raw.flags.has('--force'),
    locale,
  };
}

export function parseArgs(argv: readonly string[]): Command {
  const raw = splitOptions(argv);
  const locale = raw.values.has('--lang') ? parseLocale(raw.values.get('--lang') ?? '') : 'zh-CN';
  if (raw.flags.has('--version') && raw.positionals.length === 0) return { command: 'version' };
  if (raw.flags.has('--help') || raw.positionals.length === 0) return { command: 'help', locale };
  const command = raw.positionals[0];
  if (command === 'check') return parseCheck(raw, locale);
  if (command === 'template') return parseTemplate(raw, locale);
  throw new UsageError(
    `未知命令「${command}」（可用：check、template）`,
    `unknown command "${command}" (available: check, template)`,
  );
}

export function helpText(locale: Locale): string {
  if (locale === 'en-US') {
    return `selfeval — checks 项目支出绩效自评表 workbooks

Usage:
  selfeval check <file|folder>... [options]
  selfeval template --year 2025 [--variant seed|national] [--name 项目名称] -o file.xlsx [--force]

check options:
  --format text|json|sarif   output format (default text)
  --lang zh|en               language of messages (default zh)
  --disable RULE,...         switch rules or categories off (e.g. funds, text/truncated)
  --config file.json         check options (disable, locale, tolerances, …), validated
  --max-warnings N           exit 1 when there are more than N warnings
  -q, --quiet                report errors only
  -v, --verbose              also say which files were skipped and why
  --annotate DIR             write copies with finding cells coloured and noted into DIR
  --force                    overwrite existing files in DIR / the template output
  --exit-zero                exit 0 even with errors (unreadable input still exits 2)
  -h, --help / -V, --version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 unreadable input or bad usage.
`;
  }
  return `selfeval — 项目支出绩效自评表检查工具

用法：
  selfeval check <文件|文件夹>... [选项]
  selfeval template --year 2025 [--variant seed|national] [--name 项目名称] -o 文件.xlsx [--force]

check 选项：
  --format text|json|sarif   输出格式（默认 text）
  --lang zh|en               消息语言（默认 zh）
  --disable 规则,...          关闭规则或类别（如 funds、text/truncated）
  --config 文件.json          检查选项文件（disable、locale、tolerances 等），会先校验
  --max-warnings N           警告多于 N 个时退出码为 1
  -q, --quiet                只报告错误
  -v, --verbose              同时说明跳过了哪些文件及原因
  --annotate 目录             把标注了问题单元格（填色 + 批注）的副本写入该目录
  --force                    覆盖目录中已有的文件 / 模板输出文件
  --exit-zero                有错误也以 0 退出（无法读取的文件仍为 2）
  -h, --help / -V, --version

退出码：0 无错误；1 发现错误（或警告多于 --max-warnings）；2 文件无法读取或用法错误。
`;
}
