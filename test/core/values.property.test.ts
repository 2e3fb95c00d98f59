import fc from 'fast-check';
import { parseCell, parseText } from '../../src/core/values';

const RUNS = { numRuns: 2000, seed: 20241125 };

/** A decimal numeral as a clerk would type it: up to 9 integer digits and 0–4 decimals. */
const numeral = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, decimals]) => ({ text: (units / 10 ** decimals).toFixed(decimals), decimals }));

const closeTo = (actual: number, expected: number): boolean =>
  Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

describe('parseText properties', () => {
  it('never throws and always keeps the text, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseText(text).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary Unicode (including astral characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(parseText(text).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('never throws on strings built from value vocabulary', () => {
    const token = fc.constantFrom(
      '1',
      '23',
      '.',
      ',',
      '-',
      '—',
      '~',
      '至',
      '年',
      '月',
      '日',
      '万',
      '亿',
      '元',
      '人',
      '%',
      '≥',
      '≤',
      '约',
      '余',
      '以上',
      '以内',
      '；',
      '、',
      ' ',
      '/',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join('');
        expect(parseText(text).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('reads `${n}万元` back as n 万元 with its decimals', () => {
    fc.assert(
      fc.property(numeral, ({ text, decimals }) => {
        const parsed = parseText(`${text}万元`);
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(closeTo(parsed.value, Number(text))).toBe(true);
        expect(parsed).toMatchObject({ unit: '万元', comparator: '=', decimals });
      }),
      RUNS,
    );
  });

  it('reads `${n}%` back as the fraction n/100', () => {
    fc.assert(
      fc.property(numeral, ({ text, decimals }) => {
        const parsed = parseText(`${text}%`);
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(closeTo(parsed.value, Number(text) / 100)).toBe(true);
        expect(parsed).toMatchObject({ unit: '%', comparator: '=', decimals });
      }),
      RUNS,
    );
  });

  it('reads `≥${n}人` back as >= n 人, with or without spaces and full-width digits', () => {
    const fullWidth = (text: string): string =>
      text.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(numeral, fc.boolean(), fc.boolean(), ({ text }, spaced, wide) => {
        const shown = wide ? fullWidth(text) : text;
        const parsed = parseText(spaced ? `≥ ${shown} 人` : `≥${shown}人`);
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(closeTo(parsed.value, Number(text))).toBe(true);
        expect(parsed).toMatchObject({ unit: '人', comparator: '>=' });
      }),
      RUNS,
    );
  });

  it('reads a range `${a}-${b}元` with min <= max', () => {
    fc.assert(
      fc.property(numeral, numeral, (a, b) => {
        const parsed = parseText(`${a.text}-${b.text}元`);
        expect(parsed.kind).toBe('range');
        if (parsed.kind !== 'range') return;
        expect(closeTo(parsed.min, Math.min(Number(a.text), Number(b.text)))).toBe(true);
        expect(closeTo(parsed.max, Math.max(Number(a.text), Number(b.text)))).toBe(true);
        expect(parsed.unit).toBe('元');
      }),
      RUNS,
    );
  });

  it('keeps the raw value of a numeric cell shown through a percent format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (basis, decimals) => {
        const raw = basis / 10_000;
        const text = `${(raw * 100).toFixed(decimals)}%`;
        const format = decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
        const parsed = parseCell({ value: raw, text, numberFormat: format });
        expect(parsed).toMatchObject({ kind: 'number', value: raw, unit: '%', decimals });
      }),
      RUNS,
    );
  });
});
