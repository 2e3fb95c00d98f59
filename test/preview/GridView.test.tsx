import { fireEvent, render, screen } from '@testing-library/react';
import { GridView, mergePlacements, type SheetPicture } from '../../src/preview/GridView';
import { gridFromRows, parseRangeA1, type CellRange } from '../../src/core/grid';

function picture(name: string, rows: string[][], merges: CellRange[], fills: Record<string, string> = {}): SheetPicture {
  const grid = gridFromRows(name, rows, { merges });
  return {
    name,
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    merges,
    text: (r, c) => grid.cell(r, c).text,
    fill: (r, c) => fills[`${r},${c}`],
  };
}

const labels = { empty: 'empty sheet', truncated: (rows: number, columns: number) => `first ${rows}×${columns}` };

beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

describe('mergePlacements', () => {
  it('lets the top-left cell span the area and hides the rest', () => {
    const placements = mergePlacements([parseRangeA1('B2:C3')!], 5, 5);
    expect(placements.get('1,1')).toEqual({ kind: 'anchor', rowSpan: 2, colSpan: 2 });
    expect(placements.get('1,2')).toEqual({ kind: 'covered' });
    expect(placements.get('2,1')).toEqual({ kind: 'covered' });
    expect(placements.get('2,2')).toEqual({ kind: 'covered' });
    expect(placements.has('0,0')).toBe(false);
  });

  it('clips a merge to the drawn area and ignores one that lies outside it', () => {
    const placements = mergePlacements([parseRangeA1('A2:D2')!, parseRangeA1('F9:G9')!], 3, 2);
    expect(placements.get('1,0')).toEqual({ kind: 'anchor', rowSpan: 1, colSpan: 2 });
    expect(placements.size).toBe(2);
  });
});

describe('GridView', () => {
  const sheet = picture(
    'Sheet1',
    [
      ['标题', '', ''],
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ],
    [parseRangeA1('A1:C1')!],
    { '1,1': '#FFC7CE' },
  );

  it('draws letters, row numbers, text, merged cells and fills', () => {
    render(<GridView sheetNames={['Sheet1']} sheet={sheet} onActivateSheet={() => undefined} labels={labels} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'A', 'B', 'C']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1', '2', '3']);
    const title = document.querySelector('td[data-cell="A1"]')!;
    expect(title.textContent).toBe('标题');
    expect(title.getAttribute('colspan')).toBe('3');
    expect(document.querySelector('td[data-cell="B1"]')).toBeNull();
    const filled = document.querySelector<HTMLElement>('td[data-cell="B2"]')!;
    expect(filled.dataset.fill).toBe('#FFC7CE');
    expect(filled.style.backgroundColor).not.toBe('');
    expect(document.querySelector<HTMLElement>('td[data-cell="C3"]')!.dataset.fill).toBeUndefined();
  });

  it('outlines the selected cell (the merge anchor for a covered cell) and scrolls to it', () => {
    const { rerender } = render(
      <GridView sheetNames={['Sheet1']} sheet={sheet} selection={{ row: 2, col: 1 }} onActivateSheet={() => undefined} labels={labels} />,
    );
    expect(document.querySelector('td[aria-selected="true"]')!.getAttribute('data-cell')).toBe('B3');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    rerender(
      <GridView sheetNames={['Sheet1']} sheet={sheet} selection={{ row: 0, col: 2 }} onActivateSheet={() => undefined} labels={labels} />,
    );
    expect(document.querySelectorAll('td[aria-selected="true"]')).toHaveLength(1);
    expect(document.querySelector('td[aria-selected="true"]')!.getAttribute('data-cell')).toBe('A1');
  });

  it('shows one tab per sheet and reports a click on another tab', () => {
    const activate = jest.fn();
    render(<GridView sheetNames={['Sheet1', '绩效自评表']} sheet={sheet} onActivateSheet={activate} labels={labels} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['Sheet1', 'true'],
      ['绩效自评表', 'false'],
    ]);
    fireEvent.click(tabs[1]);
    expect(activate).toHaveBeenCalledWith('绩效自评表');
  });

  it('says so when the sheet is empty or larger than the drawn area', () => {
    const { rerender } = render(
      <GridView sheetNames={['Empty']} sheet={picture('Empty', [], [])} onActivateSheet={() => undefined} labels={labels} />,
    );
    expect(screen.getByText('empty sheet')).toBeTruthy();
    rerender(
      <GridView
        sheetNames={['Sheet1']}
        sheet={sheet}
        limits={{ rows: 2, columns: 2 }}
        onActivateSheet={() => undefined}
        labels={labels}
      />,
    );
    expect(screen.getByText('first 2×2')).toBeTruthy();
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
  });
});
