/** `selfeval`: argv → exit code. All I/O goes through the injected CliIo. */
import { readFileSync } from 'fs';
import path from 'path';
import { checkGrids, type CheckOptions } from '../core/check';
import type { Locale } from '../core/i18n';
import { annotateGrids, annotateXlsx } from './annotate';
import { helpText, localeOf, parseArgs, UsageError, type CheckCommand, type TemplateCommand } from './args';
import { collectInputs, type InputFile } from './collect';
import { ConfigError, parseConfig } from './config';
import { processIo, type CliIo } from './io';
import {
  annotatedLine,
  cutSheetLine,
  existsLine,
  externalLinksLine,
  inputErrorText,
  refuseInputLine,
  skippedLine,
  summaryLine,
  TEXT,
} from './messages';
import { ProgressBar } from './progress';
import { InputError, readWorkbook, type WorkbookReading } from './read-workbook';
import { errorText, renderJson } from './report-json';
import { renderSarif } from './report-sarif';
import { renderText } from './report-text';
import { summarize, type FileResult } from './result';
import { writeTemplateWorkbook } from './template-writer';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export function packageVersion(): string {
  try {
    const text = readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function line(stream: CliIo['stderr'], text: string): void {
  stream.write(`${text}\n`);
}

function usageFailure(io: CliIo, locale: Locale, zh: string, en: string): number {
  line(io.stderr, `selfeval: ${locale === 'zh-CN' ? zh : en}`);
  line(io.stderr, TEXT.hint(locale));
  return EXIT.failure;
}

/** The checker the CLI runs; replaceable so the plumbing can be tested apart from the rules. */
export interface CliDeps {
  readonly check: typeof checkGrids;
}

const DEFAULT_DEPS: CliDeps = { check: checkGrids };

export async function main(
  argv: readonly string[],
  io: CliIo = processIo(),
  deps: CliDeps = DEFAULT_DEPS,
): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(helpText(command.locale));
        return EXIT.ok;
      case 'version':
        line(io.stdout, packageVersion());
        return EXIT.ok;
      case 'check':
        return await runCheck(command, io, deps);
      case 'template':
        return await runTemplate(command, io);
    }
  } catch (error) {
    const locale = localeOf(argv);
    if (error instanceof UsageError || error instanceof ConfigError)
      return usageFailure(io, locale, error.zh, error.en);
    throw error;
  }
}

// ------------------------------------------------------------------ check

interface CheckedFile {
  readonly input: InputFile;
  readonly result: FileResult;
  readonly reading?: WorkbookReading;
  readonly bytes?: Buffer;
}

async function checkOptions(command: CheckCommand, io: CliIo): Promise<CheckOptions> {
  let fromFile: CheckOptions = {};
  if (command.configFile !== undefined) {
    const file = path.resolve(io.cwd, command.configFile);
    const text = await io.fs.readFile(file).then(
      (bytes) => bytes.toString('utf8'),
      () => {
        throw new ConfigError(
          `无法读取配置文件 ${command.configFile}`,
          `cannot read the config file ${command.configFile}`,
        );
      },
    );
    fromFile = parseConfig(text, command.configFile);
  }
  // --lang wins over the file's locale; without either, Chinese.
  const locale = command.localeGiven ? command.locale : (fromFile.locale ?? command.locale);
  return { ...fromFile, disable: [...(fromFile.disable ?? []), ...command.disable], locale };
}

async function checkFile(
  input: InputFile,
  options: CheckOptions,
  io: CliIo,
  deps: CliDeps,
): Promise<CheckedFile> {
  const empty = { file: input.display, forms: [], findings: [], cut: [], externalLinks: false };
  let bytes: Buffer;
  try {
    bytes = await io.fs.readFile(input.path);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? '';
    return { input, result: { ...empty, error: { code: 'unreadable', detail } } };
  }
  let reading: WorkbookReading;
  try {
    reading = await readWorkbook(input.path, bytes);
  } catch (error) {
    if (error instanceof InputError)
      return { input, result: { ...empty, error: { code: error.code, detail: error.detail } } };
    const detail = error instanceof Error ? error.message : String(error);
    return { input, result: { ...empty, error: { code: 'corrupt', detail } } };
  }
  let checked: ReturnType<typeof checkGrids>;
  try {
    checked = deps.check(reading.grids, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { input, result: { ...empty, error: { code: 'check-failed', detail } } };
  }
  return {
    input,
    reading,
    bytes,
    result: {
      file: input.display,
      forms: checked.forms,
      findings: checked.findings,
      cut: reading.cut,
      externalLinks: reading.externalLinks,
    },
  };
}

function exitCode(command: CheckCommand, results: readonly FileResult[], failed: boolean): number {
  if (failed) return EXIT.failure;
  const summary = summarize(results);
  const tooManyWarnings = command.maxWarnings !== undefined && summary.warnings > command.maxWarnings;
  if ((summary.errors > 0 || tooManyWarnings) && !command.exitZero) return EXIT.findings;
  return EXIT.ok;
}

function colorWanted(io: CliIo): boolean {
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
}

async function runCheck(asked: CheckCommand, io: CliIo, deps: CliDeps): Promise<number> {
  const options = await checkOptions(asked, io);
  const command: CheckCommand = { ...asked, locale: options.locale ?? asked.locale };
  const locale = command.locale;
  const collected = await collectInputs(io.fs, io.cwd, command.inputs);
  if (command.verbose)
    for (const skip of collected.skipped) line(io.stderr, skippedLine(skip.path, skip.reason, locale));
  const results: FileResult[] = collected.missing.map((arg) => ({
    file: arg,
    error: { code: 'unreadable' as const, detail: 'ENOENT' },
    forms: [],
    findings: [],
    cut: [],
    externalLinks: false,
  }));
  for (const result of results)
    line(io.stderr, `${result.file}: ${inputErrorText('unreadable', locale)} (ENOENT)`);

  const progress = new ProgressBar(
    io.stderr,
    collected.files.length,
    collected.files.length > 3 && io.stderr.isTTY === true,
  );
  // A file's bytes and grids are kept only to annotate it; otherwise a batch of hundreds of
  // workbooks would hold every one of them in memory until the report is written.
  const keepForAnnotation = command.annotateDir !== undefined;
  const checked: CheckedFile[] = [];
  for (const input of collected.files) {
    progress.tick(input.display);
    const file = await checkFile(input, options, io, deps);
    checked.push(keepForAnnotation ? file : { input: file.input, result: file.result });
    results.push(file.result);
    if (file.result.error) {
      progress.clear();
      line(io.stderr, `${file.result.file}: ${errorText(file.result, locale)}`);
    }
    for (const cut of file.result.cut) {
      progress.clear();
      line(io.stderr, cutSheetLine(file.result.file, cut.sheet, cut.rows, cut.columns, locale));
    }
    if (file.result.externalLinks && command.verbose)
      line(io.stderr, externalLinksLine(file.result.file, locale));
  }
  progress.clear();

  if (command.format === 'json') io.stdout.write(renderJson(results, locale, command.quiet));
  else if (command.format === 'sarif')
    io.stdout.write(renderSarif(results, locale, command.quiet, packageVersion()));
  else io.stdout.write(renderText(results, locale, command.quiet, { color: colorWanted(io) }));

  let failed = results.some((r) => r.error !== undefined);
  if (command.annotateDir !== undefined) {
    const annotateFailed = await writeAnnotations(command, command.annotateDir, checked, io);
    failed = failed || annotateFailed;
  }
  if (command.format !== 'text' && command.verbose) line(io.stderr, summaryLine(summarize(results), locale));
  return exitCode(command, results, failed);
}

function annotatedName(input: InputFile, reading: WorkbookReading): string {
  return reading.kind === 'delimited' ? `${input.relative}.xlsx` : input.relative;
}

/** Writes the annotated copies; returns true when any could not be written. */
async function writeAnnotations(
  command: CheckCommand,
  dir: string,
  files: readonly CheckedFile[],
  io: CliIo,
): Promise<boolean> {
  const locale = command.locale;
  const outDir = path.resolve(io.cwd, dir);
  const inputs = new Set<string>();
  for (const file of files) inputs.add(await io.fs.realpath(file.input.path).catch(() => file.input.path));
  const used = new Set<string>();
  let failed = false;
  for (const file of files) {
    if (!file.reading || !file.bytes) continue;
    if (file.result.cut.length > 0) {
      line(
        io.stderr,
        `${file.result.file}: ${locale === 'zh-CN' ? '工作表过大，未写标注副本' : 'sheet too large; no annotated copy written'}`,
      );
      failed = true;
      continue;
    }
    let target = path.join(outDir, annotatedName(file.input, file.reading));
    for (let n = 2; used.has(target); n++) target = target.replace(/(\.xlsx?m?)$/i, ` (${n})$1`);
    used.add(target);
    const shown = path.relative(io.cwd, target) || target;
    const existing = await io.fs.realpath(target).catch(() => undefined);
    if (existing !== undefined && inputs.has(existing)) {
      line(io.stderr, refuseInputLine(shown, locale));
      failed = true;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes =
        file.reading.kind === 'delimited'
          ? await annotateGrids(file.reading.grids, file.result.findings, locale)
          : await annotateXlsx(file.bytes, file.result.findings, locale);
    } catch (error) {
      failed = true;
      const why = error instanceof Error ? error.message : String(error);
      line(
        io.stderr,
        `${file.result.file}: ${locale === 'zh-CN' ? '无法写出标注副本' : 'cannot write an annotated copy'} (${why})`,
      );
      continue;
    }
    try {
      await io.fs.mkdir(path.dirname(target));
      await io.fs.writeFile(target, bytes, { exclusive: !command.force });
      if (command.verbose) line(io.stderr, annotatedLine(shown, locale));
    } catch (error) {
      failed = true;
      const code = (error as NodeJS.ErrnoException).code;
      line(
        io.stderr,
        code === 'EEXIST' ? existsLine(shown, locale) : `${shown}: ${String((error as Error).message)}`,
      );
    }
  }
  return failed;
}

// ------------------------------------------------------------------ template

async function runTemplate(command: TemplateCommand, io: CliIo): Promise<number> {
  const locale = command.locale;
  const target = path.resolve(io.cwd, command.output);
  if (
    !command.force &&
    (await io.fs.stat(target).then(
      () => true,
      () => false,
    ))
  ) {
    line(io.stderr, `selfeval: ${existsLine(command.output, locale)}`);
    return EXIT.failure;
  }
  const bytes = await writeTemplateWorkbook({
    year: command.year,
    variant: command.variant,
    projectName: command.projectName,
  });
  try {
    await io.fs.mkdir(path.dirname(target));
    await io.fs.writeFile(target, bytes, { exclusive: !command.force });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    line(
      io.stderr,
      code === 'EEXIST'
        ? `selfeval: ${existsLine(command.output, locale)}`
        : `selfeval: ${(error as Error).message}`,
    );
    return EXIT.failure;
  }
  line(io.stderr, locale === 'zh-CN' ? `已写出模板 ${command.output}` : `wrote template ${command.output}`);
  return EXIT.ok;
}
