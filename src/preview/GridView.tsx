/**
 * A read-only picture of an in-memory workbook: sheet tabs, column letters, row numbers,
 * cell text, merged cells spanning, cell fills, and the selected cell outlined.
 */
import { useEffect, useMemo, useRef } from 'react';
import { columnLetters, toA1, type CellRange } from '../core/grid';

/** What the grid view needs to know about one sheet. */
export interface SheetPicture {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly merges: readonly CellRange[];
  text(row: number, col: number): string;
  /** CSS colour of the cell's fill, if any. */
  fill(row: number, col: number): string | undefined;
}

export interface GridViewProps {
  readonly sheetNames: readonly string[];
  readonly sheet: SheetPicture | undefined;
  /** The selected cell of the shown sheet, 0-based. */
  readonly selection?: { readonly row: number; readonly col: number };
  readonly onActivateSheet: (name: string) => void;
  /** Rows and columns drawn at most; the rest is summarised below the grid. */
  readonly limits?: { readonly rows: number; readonly columns: number };
  readonly labels: { readonly empty: string; readonly truncated: (rows: number, columns: number) => string };
}

const DEFAULT_LIMITS = { rows: 2000, columns: 50 } as const;
const ROW_HEADER_WIDTH = 44;

/** Rough drawn width of a text in pixels at the grid's 13px font (CJK glyphs are twice as wide). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 13 : 7.5;
  return width;
}

/**
 * Column widths in pixels: wide enough for most (4 in 5) of the column's non-empty single cells,
 * bounded, so that one long sentence does not stretch a column across the page.
 */
export function columnWidths(
  sheet: SheetPicture,
  rows: number,
  columns: number,
  spanned: ReadonlySet<string>,
): number[] {
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    const sizes: number[] = [];
    for (let r = 0; r < rows; r++) {
      if (spanned.has(`${r},${c}`)) continue;
      const text = sheet.text(r, c);
      if (text !== '') sizes.push(textWidth(text));
    }
    sizes.sort((a, b) => a - b);
    const typical = sizes.length === 0 ? 0 : sizes[Math.floor((sizes.length - 1) * 0.8)];
    widths.push(Math.round(Math.min(150, Math.max(48, typical + 10))));
  }
  return widths;
}

type Placement =
  | { readonly kind: 'anchor'; readonly rowSpan: number; readonly colSpan: number }
  | { readonly kind: 'covered' };

/** For each merged area: its top-left cell spans the area, the other cells are not drawn. */
export function mergePlacements(
  merges: readonly CellRange[],
  rows: number,
  columns: number,
): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  for (const merge of merges) {
    const bottom = Math.min(merge.bottom, rows - 1);
    const right = Math.min(merge.right, columns - 1);
    if (merge.top > bottom || merge.left > right) continue;
    if (placements.has(`${merge.top},${merge.left}`)) continue;
    for (let r = merge.top; r <= bottom; r++) {
      for (let c = merge.left; c <= right; c++) placements.set(`${r},${c}`, { kind: 'covered' });
    }
    placements.set(`${merge.top},${merge.left}`, {
      kind: 'anchor',
      rowSpan: bottom - merge.top + 1,
      colSpan: right - merge.left + 1,
    });
  }
  return placements;
}

export function GridView(props: GridViewProps) {
  const { sheet, selection } = props;
  const limits = props.limits ?? DEFAULT_LIMITS;
  const rows = sheet ? Math.min(sheet.rowCount, limits.rows) : 0;
  const columns = sheet ? Math.min(Math.max(sheet.columnCount, 1), limits.columns) : 0;
  const placements = useMemo(
    () => (sheet ? mergePlacements(sheet.merges, rows, columns) : new Map<string, Placement>()),
    [sheet, rows, columns],
  );
  const widths = useMemo(() => {
    if (!sheet) return [];
    const spanned = new Set<string>();
    for (const [key, placement] of placements)
      if (placement.kind === 'covered' || placement.colSpan > 1) spanned.add(key);
    return columnWidths(sheet, rows, columns, spanned);
  }, [sheet, rows, columns, placements]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const selectedAddress = selection ? toA1(selection.row, selection.col) : undefined;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selectedAddress, sheet]);

  const selectionAnchor = selection && sheet ? anchorOf(placements, sheet.merges, selection) : undefined;

  return (
    <section className="grid-view" aria-label="workbook">
      <div className="grid-scroll" data-testid="grid-scroll">
        {sheet && rows > 0 ? (
          <table
            className="grid"
            role="grid"
            aria-readonly="true"
            data-sheet={sheet.name}
            style={{ width: ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0) }}
          >
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {widths.map((width, c) => (
                <col key={c} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className="corner" />
                {Array.from({ length: columns }, (_, c) => (
                  <th key={c} scope="col" className={selection?.col === c ? 'header-active' : undefined}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row" className={selection?.row === r ? 'header-active' : undefined}>
                    {r + 1}
                  </th>
                  {Array.from({ length: columns }, (_, c) => {
                    const placement = placements.get(`${r},${c}`);
                    if (placement?.kind === 'covered') return null;
                    const address = toA1(r, c);
                    const text = sheet.text(r, c);
                    const fill = sheet.fill(r, c);
                    const selected = selectionAnchor?.row === r && selectionAnchor.col === c;
                    return (
                      <td
                        key={c}
                        ref={selected ? selectedRef : undefined}
                        data-cell={address}
                        data-fill={fill}
                        aria-selected={selected || undefined}
                        className={selected ? 'selected' : undefined}
                        rowSpan={placement?.rowSpan}
                        colSpan={placement?.colSpan}
                        style={fill ? { backgroundColor: fill } : undefined}
                        title={text.length > 12 ? `${address}: ${text}` : address}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="grid-empty">{props.labels.empty}</p>
        )}
        {sheet && (sheet.rowCount > rows || sheet.columnCount > columns) && (
          <p className="grid-truncated">{props.labels.truncated(rows, columns)}</p>
        )}
      </div>
      <nav className="sheet-tabs" role="tablist" aria-label="sheets">
        {props.sheetNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === sheet?.name}
            className={name === sheet?.name ? 'sheet-tab active' : 'sheet-tab'}
            onClick={() => props.onActivateSheet(name)}
          >
            {name}
          </button>
        ))}
      </nav>
    </section>
  );
}

/** The drawn cell that shows (row, col): the top-left of its merged area, or itself. */
function anchorOf(
  placements: Map<string, Placement>,
  merges: readonly CellRange[],
  cell: { readonly row: number; readonly col: number },
): { row: number; col: number } {
  if (placements.get(`${cell.row},${cell.col}`)?.kind !== 'covered') return cell;
  const merge = merges.find(
    (m) => cell.row >= m.top && cell.row <= m.bottom && cell.col >= m.left && cell.col <= m.right,
  );
  return merge ? { row: merge.top, col: merge.left } : cell;
}
