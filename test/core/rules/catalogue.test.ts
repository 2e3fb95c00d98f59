/** Rule metadata, docs, messages and options. */
import * as fs from 'fs';
import * as path from 'path';
import { checkGrids } from '../../../src/core/check';
import { RULE_IDS } from '../../../src/core/finding';
import { gridFromDelimited, gridFromRows } from '../../../src/core/grid';
import { CATALOGUES, LOCALES, renderMessage, ruleTitle } from '../../../src/core/i18n';
import { DEFAULT_OPTIONS, validateOptions } from '../../../src/core/options';
import { RULES } from '../../../src/core/rules';
import { renderRulesDoc } from '../../../src/core/rules/doc';

describe('rule metadata', () => {
  it('defines every rule of the catalogue exactly once, in order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s has title, rationale, example and messages in both locales',
    (id, rule) => {
      for (const locale of LOCALES) {
        expect(rule.title[locale].trim()).not.toBe('');
        expect(rule.rationale[locale].trim()).not.toBe('');
        expect(CATALOGUES[locale][id]?.trim()).toBeTruthy();
        expect(ruleTitle(id, locale)).toBe(rule.title[locale]);
      }
      expect(rule.example.bad.trim()).not.toBe('');
      expect(rule.example.good.trim()).not.toBe('');
      expect(rule.example.bad).not.toBe(rule.example.good);
    },
  );

  it('docs/rules.md is generated from the current metadata (run `npm run docs:rules`)', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/rules.md'), 'utf8');
    expect(doc).toBe(renderRulesDoc());
    for (const id of RULE_IDS) expect(doc).toContain(`### \`${id}\``);
  });
});

describe('messages', () => {
  const seed = fs.readFileSync(
    path.resolve(__dirname, '../../../../shared/seeds/000_3a6b90df8dd5bb5d.txt'),
    'utf8',
  );
  const findings = checkGrids([gridFromDelimited('Sheet1', seed, '\t'), gridFromRows('说明', [])]).findings;

  it.each(LOCALES)('every seed finding renders in %s without a leftover placeholder', (locale) => {
    expect(findings.length).toBeGreaterThan(20);
    for (const finding of findings) {
      const text = renderMessage(finding, locale);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(finding.messageId);
    }
  });

  it('both catalogues have the same message ids with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const zh = CATALOGUES['zh-CN'];
    const en = CATALOGUES['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      if (key !== 'header/required-missing')
        expect([key, placeholders(en[key]!)]).toEqual([key, placeholders(zh[key]!)]);
    }
  });

  it('every message id a finding uses has its own template', () => {
    for (const finding of findings) {
      for (const locale of LOCALES)
        expect([locale, finding.messageId, CATALOGUES[locale][finding.messageId] !== undefined]).toEqual([
          locale,
          finding.messageId,
          true,
        ]);
    }
  });

  it('quotes the finding data', () => {
    const execution = findings.find((f) => f.cell === 'H84')!;
    expect(renderMessage(execution, 'zh-CN')).toContain('9.49');
    expect(renderMessage(execution, 'en-US')).toContain('9.49');
  });
});

describe('options', () => {
  it('defaults to DOMAIN.md §4', () => {
    expect(validateOptions({})).toEqual({ ok: true, options: DEFAULT_OPTIONS });
    expect(DEFAULT_OPTIONS.tolerances).toEqual({ score: 0.05, total: 0.01, completion: 0.5 });
    expect(DEFAULT_OPTIONS.level1Weights).toEqual({
      产出指标: 50,
      效益指标: 30,
      满意度指标: 10,
      预算执行率: 10,
    });
  });

  it('disables rules by id or category', () => {
    const result = validateOptions({ disable: ['funds', 'indicator/unknown-name'] });
    expect(result.ok && [...result.options.disabled].sort()).toEqual(
      [...RULE_IDS.filter((id) => id.startsWith('funds/')), 'indicator/unknown-name'].sort(),
    );
  });

  it.each([
    [{ disable: ['funds/typo'] }, 'funds/typo'],
    [{ disable: 'funds' }, 'disable'],
    [{ tolerances: { score: 'x' } }, 'tolerances.score'],
    [{ tolerances: { scroe: 1 } }, 'scroe'],
    [{ qualitativeBands: { achieved: 0.5, partial: 0.7 } }, 'qualitativeBands.partial'],
    [{ locale: 'fr' }, 'locale'],
    [{ colour: 'red' }, 'colour'],
    ['all', '选项须是对象'],
  ])('refuses %j, naming %s in both languages', (input, named) => {
    const result = validateOptions(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toContain(named);
      expect(result.errors.every((e) => / \/ /.test(e))).toBe(true);
    }
  });

  it('checkGrids reports invalid options instead of throwing or checking with a guess', () => {
    const result = checkGrids([gridFromRows('S', [['项目名称']])], { disable: ['nope'] });
    expect(result.findings).toEqual([]);
    expect(result.optionErrors?.[0]).toContain('nope');
  });

  it('a disabled category silences its rules', () => {
    const seed = fs.readFileSync(
      path.resolve(__dirname, '../../../../shared/seeds/000_3a6b90df8dd5bb5d.txt'),
      'utf8',
    );
    const grid = gridFromDelimited('Sheet1', seed, '\t');
    const all = checkGrids([grid]).findings;
    const some = checkGrids([grid], { disable: ['funds', 'layout/shifted-row'] }).findings;
    expect(all.some((f) => f.rule.startsWith('funds/'))).toBe(true);
    expect(some).toEqual(all.filter((f) => !f.rule.startsWith('funds/') && f.rule !== 'layout/shifted-row'));
  });

  it('an evaluation-year override applies to the year rules', () => {
    const seed = fs.readFileSync(
      path.resolve(__dirname, '../../../../shared/seeds/000_3a6b90df8dd5bb5d.txt'),
      'utf8',
    );
    const found = checkGrids([gridFromDelimited('Sheet1', seed, '\t')], { year: 2023 }).findings;
    expect(found.some((f) => f.cell === 'E166')).toBe(false);
    expect(found.filter((f) => f.rule === 'header/period-outside-year').length).toBeGreaterThan(0);
  });
});

describe('not-a-form sheets', () => {
  it('give one finding at their cell and the other sheets are still checked', () => {
    const result = checkGrids([gridFromRows('空表', []), gridFromRows('备注', [['说明文字']])]);
    expect(result.findings.map((f) => [f.sheet, f.rule, f.cell])).toEqual([
      ['空表', 'layout/not-a-form', 'A1'],
      ['备注', 'layout/not-a-form', 'A1'],
    ]);
  });
});
