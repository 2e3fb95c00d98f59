import { isTitle, labelKey, parseLevelLabel, parseYearLine, stripTitleMarks } from '../../src/core/labels';

describe('labels', () => {
  it.each([
    ['项目资金 (万元)', '项目资金(万元)'],
    ['项目资金（万元）', '项目资金(万元)'],
    ['其中：财政拨款', '其中:财政拨款'],
    ['年度资金总额:', '年度资金总额'],
    [' 项目名称\u3000', '项目名称'],
  ])('%s has the key %s', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it.each([
    ['数量指标 (必填量化)', { name: '数量指标', requirement: 'quantified' }],
    ['社会效益指标（必填）', { name: '社会效益指标', requirement: 'required' }],
    ['经济效益指标(选填)', { name: '经济效益指标', requirement: 'optional' }],
    ['可持续影响指标', { name: '可持续影响指标' }],
    ['产出指标(50分)', { name: '产出指标', weight: 50 }],
    ['产出指标（50 分）', { name: '产出指标', weight: 50 }],
  ])('parses the level label %s', (text, parsed) => {
    expect(parseLevelLabel(text)).toEqual(parsed);
  });

  it('reads the evaluation year line and titles', () => {
    expect(parseYearLine('(2024年度)')).toBe(2024);
    expect(parseYearLine('（2025 年度）')).toBe(2025);
    expect(parseYearLine('2024年')).toBeUndefined();
    expect(stripTitleMarks('## 中卫市本级部门项目支出绩效自评表')).toBe('中卫市本级部门项目支出绩效自评表');
    expect(isTitle('# 中卫市本级部门项目支出绩效自评表')).toBe(true);
    expect(isTitle('项目名称')).toBe(false);
  });
});
