/** ESLint RuleTester style: each rule gets valid forms (no finding) and invalid forms (exact findings). */
import { checkReadings } from '../../../src/core/check';
import { RULE_IDS, type Finding, type MessageData, type RuleId } from '../../../src/core/finding';
import type { Form, SheetReading } from '../../../src/core/form';
import { DEFAULT_OPTIONS, type ResolvedOptions } from '../../../src/core/options';

export interface ExpectedFinding {
  readonly cell: string;
  readonly sheet?: string;
  readonly severity?: Finding['severity'];
  readonly data?: MessageData;
  readonly expected?: string | number;
}

export interface RuleCases {
  readonly valid: readonly (Form | readonly SheetReading[])[];
  readonly invalid: readonly {
    readonly name: string;
    readonly form: Form | readonly SheetReading[];
    readonly findings: readonly ExpectedFinding[];
  }[];
  readonly options?: Partial<ResolvedOptions>;
}

function readingsOf(input: Form | readonly SheetReading[]): readonly SheetReading[] {
  return Array.isArray(input)
    ? input
    : [{ kind: 'forms', sheet: (input as Form).sheet, forms: [input as Form] }];
}

/** Runs the engine with only `rule` enabled. */
export function runOnly(
  rule: RuleId,
  input: Form | readonly SheetReading[],
  options: Partial<ResolvedOptions> = {},
): Finding[] {
  const disabled = new Set(RULE_IDS.filter((id) => id !== rule));
  return [...checkReadings(readingsOf(input), { ...DEFAULT_OPTIONS, ...options, disabled }).findings];
}

function project(found: Finding, like: ExpectedFinding): ExpectedFinding {
  return {
    cell: found.cell,
    ...(like.sheet !== undefined ? { sheet: found.sheet } : {}),
    ...(like.severity !== undefined ? { severity: found.severity } : {}),
    ...(like.expected !== undefined ? { expected: found.expected } : {}),
    ...(like.data !== undefined
      ? { data: Object.fromEntries(Object.keys(like.data).map((key) => [key, found.data[key]])) }
      : {}),
  };
}

export function testRule(rule: RuleId, cases: RuleCases): void {
  describe(rule, () => {
    it.each(cases.valid.map((form, i) => [i, form] as const))('valid #%d has no finding', (_i, form) => {
      expect(runOnly(rule, form, cases.options)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const found = runOnly(rule, c.form, cases.options);
      expect(found.every((f) => f.rule === rule)).toBe(true);
      expect(found.map((f, i) => project(f, c.findings[i] ?? { cell: '' }))).toEqual(c.findings);
    });
  });
}
