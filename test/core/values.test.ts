import type { Cell } from '../../src/core/grid';
import {
  amountInWan,
  describeNumberFormat,
  normaliseText,
  parseCell,
  parseText,
  percentOf,
} from '../../src/core/values';

describe('normaliseText', () => {
  it.each([
    ['１２３４５', '12345'],
    ['ＡＢｃ', 'ABc'],
    ['９８．８０％', '98.80%'],
    ['（必填）：', '(必填):'],
    ['300～500', '300~500'],
    ['300〜500', '300~500'],
    ['－', '-'],
    ['  44 \u3000 万元\t', '44 万元'],
    ['每人500元，慰问123人', '每人500元，慰问123人'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

type Expected = Record<string, unknown>;

const num = (value: number, unit: string, decimals = 0, comparator = '=', approximate = false): Expected => ({
  kind: 'number',
  value,
  unit,
  comparator,
  decimals,
  approximate,
});

describe('parseText: numbers', () => {
  it.each<[string, Expected]>([
    ['44万元', num(44, '万元')],
    ['14.23万元', num(14.23, '万元', 2)],
    ['428.33万元', num(428.33, '万元', 2)],
    ['100%', num(1, '%')],
    ['98.80%', num(0.988, '%', 2)],
    ['95%', num(0.95, '%')],
    ['≥95%', num(0.95, '%', 0, '>=')],
    ['>=95%', num(0.95, '%', 0, '>=')],
    ['≧95%', num(0.95, '%', 0, '>=')],
    ['≥ 95 %', num(0.95, '%', 0, '>=')],
    ['>= 95%', num(0.95, '%', 0, '>=')],
    ['≥100%', num(1, '%', 0, '>=')],
    ['>90%', num(0.9, '%', 0, '>')],
    ['≤123人', num(123, '人', 0, '<=')],
    ['<=123人', num(123, '人', 0, '<=')],
    ['≦123人', num(123, '人', 0, '<=')],
    ['≤ 221 人', num(221, '人', 0, '<=')],
    ['<5天', num(5, '天', 0, '<')],
    ['3万人次', num(30000, '人次')],
    ['1200人', num(1200, '人')],
    ['28人', num(28, '人')],
    ['≥10次', num(10, '次', 0, '>=')],
    ['≥4014人', num(4014, '人', 0, '>=')],
    ['１２００人', num(1200, '人')],
    ['９８．８０％', num(0.988, '%', 2)],
    ['10分', num(10, '分')],
    ['9.5', num(9.5, '', 1)],
    ['10', num(10, '')],
    [' 44 万元 ', num(44, '万元')],
    ['约50万元', num(50, '万元', 0, '=', true)],
    ['500余人', num(500, '人', 0, '=', true)],
    ['50人左右', num(50, '人', 0, '=', true)],
    ['100%以上', num(1, '%', 0, '>=')],
    ['不低于95%', num(0.95, '%', 0, '>=')],
    ['不少于10场', num(10, '场', 0, '>=')],
    ['不高于5万元', num(5, '万元', 0, '<=')],
    ['不超过300元/人', num(300, '元/人', 0, '<=')],
    ['3天以内', num(3, '天', 0, '<=')],
    ['达到95%', num(0.95, '%', 0, '>=')],
    ['1.2亿元', num(12000, '万元', 1)],
    ['300元/人', num(300, '元/人')],
    ['2小时', num(2, '小时')],
    ['12个', num(12, '个')],
    ['3家', num(3, '家')],
    ['5项', num(5, '项')],
    ['120户', num(120, '户')],
    ['4所', num(4, '所')],
    ['1,200人', num(1200, '人')],
    ['2.85万元', num(2.85, '万元', 2)],
  ])('%j', (text, expected) => {
    const parsed = parseText(text);
    expect(parsed).toMatchObject({ ...expected, text });
  });
});

describe('parseText: ranges, dates and lists', () => {
  it.each<[string, Expected]>([
    ['300-2000元', { kind: 'range', min: 300, max: 2000, unit: '元' }],
    ['300～2000元', { kind: 'range', min: 300, max: 2000, unit: '元' }],
    ['300—2000元', { kind: 'range', min: 300, max: 2000, unit: '元' }],
    ['300至2000元', { kind: 'range', min: 300, max: 2000, unit: '元' }],
    ['300元-2000元', { kind: 'range', min: 300, max: 2000, unit: '元' }],
    ['1-3万人次', { kind: 'range', min: 10000, max: 30000, unit: '人次' }],
    ['90%-95%', { kind: 'range', min: 0.9, max: 0.95, unit: '%' }],
    ['2024年1月', { kind: 'date', year: 2024, month: 1 }],
    ['２０２４年１月', { kind: 'date', year: 2024, month: 1 }],
    ['2023年7月17日', { kind: 'date', year: 2023, month: 7, day: 17 }],
    [
      '2023年7月17日至18日',
      { kind: 'dateRange', from: { year: 2023, month: 7, day: 17 }, to: { year: 2023, month: 7, day: 18 } },
    ],
    ['2024年1月-6月', { kind: 'dateRange', from: { year: 2024, month: 1 }, to: { year: 2024, month: 6 } }],
    ['2024年1月至12月', { kind: 'dateRange', from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } }],
    [
      '2024.1.1-2024.12.31',
      { kind: 'dateRange', from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } },
    ],
    [
      '2024年1月1日至2024年12月31日',
      { kind: 'dateRange', from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } },
    ],
    [
      '500余人; 300-500元/人',
      {
        kind: 'list',
        items: [
          { kind: 'number', value: 500, unit: '人', approximate: true, comparator: '=' },
          { kind: 'range', min: 300, max: 500, unit: '元/人' },
        ],
      },
    ],
    [
      '10人；20次',
      {
        kind: 'list',
        items: [
          { value: 10, unit: '人' },
          { value: 20, unit: '次' },
        ],
      },
    ],
    [
      '10人、20次',
      {
        kind: 'list',
        items: [
          { value: 10, unit: '人' },
          { value: 20, unit: '次' },
        ],
      },
    ],
    [
      '10人，20次',
      {
        kind: 'list',
        items: [
          { value: 10, unit: '人' },
          { value: 20, unit: '次' },
        ],
      },
    ],
    ['44万元；', { kind: 'number', value: 44, unit: '万元' }],
  ])('%j', (text, expected) => {
    expect(parseText(text)).toMatchObject({ ...expected, text });
  });

  it.each(['2024年', '2024年度', '2024年全年', ' 2024 年 '])('%j is the whole year', (text) => {
    expect(parseText(text)).toEqual({ kind: 'date', year: 2024, text });
  });

  it.each<[string, Expected]>([
    ['(2024年度)', { kind: 'date', year: 2024 }],
    ['2024年12月31日前', { kind: 'date', year: 2024, month: 12, day: 31 }],
    ['2024年12月底前', { kind: 'date', year: 2024, month: 12 }],
    ['2024年6月之前', { kind: 'date', year: 2024, month: 6 }],
    ['2024年底', { kind: 'date', year: 2024, month: 12 }],
  ])('%j reads as a date', (text, expected) => {
    expect(parseText(text)).toMatchObject({ ...expected, text });
  });

  it('splits values written on separate lines, but joins a number wrapped from its unit', () => {
    expect(parseText('500余人\n300-500元/人')).toMatchObject({
      kind: 'list',
      items: [
        { kind: 'number', value: 500, unit: '人', approximate: true },
        { kind: 'range', min: 300, max: 500, unit: '元/人' },
      ],
    });
    expect(parseText('44\n万元')).toMatchObject({ kind: 'number', value: 44, unit: '万元' });
  });

  it('reads a long list item by item, and a long run of numbers and dashes as text', () => {
    const list = parseText('10人；'.repeat(100));
    expect(list.kind).toBe('list');
    if (list.kind === 'list') expect(list.items).toHaveLength(100);
    expect(parseText('1-'.repeat(1000)).kind).toBe('text');
  });

  it('keeps a date range whose end lies before its start as text', () => {
    expect(parseText('2024年6月-1月').kind).toBe('text');
  });

  it('rejects impossible calendar dates', () => {
    expect(parseText('2023年2月30日').kind).toBe('text');
    expect(parseText('2024年13月').kind).toBe('text');
  });
});

describe('parseText: placeholders, empty and prose', () => {
  it.each(['—', '–', '-', '/', '无', '／', '－', '——', ' — '])('%j is a placeholder', (text) => {
    expect(parseText(text)).toEqual({ kind: 'placeholder', text });
  });

  it.each(['', '   ', '\u3000', '\t\n'])('%j is empty', (text) => {
    expect(parseText(text)).toEqual({ kind: 'empty', text });
  });

  it.each([
    '按时发放',
    '效果显著',
    '实名制发放',
    '持续影响',
    '会议代表221人参加',
    '每人500元，慰问123人',
    '春节慰问金，每人500元，慰问123人',
    '满意度达95%',
    '各单位人员变动，拨付资金为428.33万元',
    '2024年2月进行慰',
    '2024年持续完成率',
    '部分事项于2025年办结',
    '100%完成',
    '221人参加',
    '10 20',
  ])('%j stays text', (text) => {
    expect(parseText(text)).toEqual({ kind: 'text', text });
  });
});

describe('parseCell', () => {
  const cell = (value: Cell['value'], text: string, numberFormat?: string): Cell => ({
    value,
    text,
    numberFormat,
  });

  it.each<[string, Cell, Expected]>([
    ['1 with 0%', cell(1, '100%', '0%'), num(1, '%')],
    ['0.988 with 0.00%', cell(0.988, '98.80%', '0.00%'), num(0.988, '%', 2)],
    ['0.988 with 0.00% and no text', cell(0.988, '', '0.00%'), num(0.988, '%', 2)],
    ['44 with 0"万元"', cell(44, '44万元', '0"万元"'), num(44, '万元')],
    ['44 with 0"万元" and no text', cell(44, '', '0"万元"'), num(44, '万元')],
    ['14.23 with 0.00"万元", no text', cell(14.23, '', '0.00"万元"'), num(14.23, '万元', 2)],
    ['1200 with #,##0.00"元", no text', cell(1200, '', '#,##0.00"元"'), num(1200, '元', 2)],
    ['44 with General and text 44', cell(44, '44', 'General'), num(44, '')],
    ['9.5 with General', cell(9.5, '9.5', 'General'), num(9.5, '', 1)],
    ['44 with General but text 44万元', cell(44, '44万元', 'General'), num(44, '万元')],
    ['1 with General but text 100%', cell(1, '100%'), num(1, '%')],
    ['raw precision kept behind a rounded display', cell(0.98765, '98.77%', '0.00%'), num(0.98765, '%', 2)],
    ['3 with 0"万人次" and no text', cell(3, '', '0"万人次"'), num(30000, '人次')],
    ['number without format or text', cell(12.5, ''), num(12.5, '', 1)],
    ['display too narrow', cell(0.95, '####', '0%'), num(0.95, '%')],
    ['comparator in the format', cell(0.95, '', '"≥"0%'), num(0.95, '%', 0, '>=')],
    ['qualifier after the unit in the format', cell(10, '', '0"人以上"'), num(10, '人', 0, '>=')],
    ['thousands scaling in the format counts what is shown', cell(440000, '', '0.00,,'), num(0.44, '', 2)],
    ['unit-less custom format', cell(0.5, '', '0.0'), num(0.5, '', 1)],
  ])('%s', (_name, input, expected) => {
    expect(parseCell(input)).toMatchObject(expected);
  });

  it('reads a date serial with a date format', () => {
    expect(parseCell(cell(45292, '', 'yyyy"年"m"月"d"日"'))).toMatchObject({
      kind: 'date',
      year: 2024,
      month: 1,
      day: 1,
    });
    expect(parseCell(cell(45292, '2024年1月1日', 'yyyy"年"m"月"d"日"'))).toMatchObject({
      kind: 'date',
      year: 2024,
      month: 1,
      day: 1,
    });
  });

  it('treats booleans as text', () => {
    expect(parseCell(cell(true, 'TRUE'))).toEqual({ kind: 'text', text: 'TRUE' });
  });

  it('parses strings from the displayed text, falling back to the value', () => {
    expect(parseCell(cell('≥95%', '≥95%'))).toMatchObject(num(0.95, '%', 0, '>='));
    expect(parseCell(cell('44万元', ''))).toMatchObject(num(44, '万元'));
    expect(parseCell(cell('按时发放', '按时发放'))).toEqual({ kind: 'text', text: '按时发放' });
    expect(parseCell(cell(null, ''))).toEqual({ kind: 'empty', text: '' });
    expect(parseCell(cell('—', '—'))).toEqual({ kind: 'placeholder', text: '—' });
  });
});

describe('describeNumberFormat', () => {
  it.each<[string | undefined, Expected | undefined]>([
    [undefined, undefined],
    ['General', undefined],
    ['@', undefined],
    ['0%', { percent: true, decimals: 0 }],
    ['0.00%', { percent: true, decimals: 2 }],
    ['0"万元"', { percent: false, decimals: 0, suffix: '万元' }],
    ['#,##0.00"元";[Red]-#,##0.00"元"', { decimals: 2, suffix: '元', divisor: 1 }],
    ['0.0,,', { decimals: 1, divisor: 1e6 }],
    ['yyyy"年"m"月"d"日"', { isDate: true }],
  ])('%j', (format, expected) => {
    const info = describeNumberFormat(format);
    if (expected === undefined) expect(info).toBeUndefined();
    else expect(info).toMatchObject(expected);
  });
});

describe('amountInWan and percentOf', () => {
  it.each<[string, number | undefined]>([
    ['44万元', 44],
    ['3000元', 0.3],
    ['12.5', 12.5],
    ['1.2亿元', 12000],
    ['100人', undefined],
    ['95%', undefined],
    ['按时发放', undefined],
    ['300-2000元', undefined],
  ])('amountInWan(%j)', (text, expected) => {
    expect(amountInWan(parseText(text))).toBe(expected);
  });

  it('percentOf gives the fraction for percentages only', () => {
    expect(percentOf(parseText('98.80%'))).toBeCloseTo(0.988, 12);
    expect(percentOf(parseText('98.80'))).toBeUndefined();
    expect(percentOf(parseText('—'))).toBeUndefined();
  });
});
