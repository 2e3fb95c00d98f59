/**
 * Highlights shared by every WorkbookGateway: the fill colour of each severity, which request
 * wins when several findings share a cell, and the record of original fills that is kept in the
 * workbook so that 清除标记 restores each cell exactly, even after the pane was closed.
 */
import { SEVERITIES, type Severity } from '../core/finding';
import { parseA1 } from '../core/grid';
import type { HighlightRequest } from './gateway';

/**
 * Fill colours by severity: light tints that keep black cell text readable, and that stay
 * distinct from each other when Excel draws the sheet in its dark theme.
 */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F4B6B6',
  warning: '#FFE08A',
  info: '#BFD7F2',
};

/** The workbook setting (Office document settings) that holds the record. */
export const HIGHLIGHT_SETTING = 'selfeval.highlights';

/** One coloured cell: what it looked like before, and what we painted. */
export interface MarkedCell {
  readonly sheet: string;
  readonly cell: string;
  /** The fill before highlighting; null for "no fill". */
  readonly original: string | null;
  /** The colour the highlight painted. */
  readonly applied: string;
}

/** One request per cell (the most severe wins), cells with an unusable address left out. */
export function highlightsPerCell(requests: readonly HighlightRequest[]): HighlightRequest[] {
  const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
  const byCell = new Map<string, HighlightRequest>();
  for (const request of requests) {
    const at = parseA1(request.cell);
    if (!at) continue;
    const key = `${request.sheet}\u0000${request.cell.toUpperCase()}`;
    const known = byCell.get(key);
    if (!known || rank(request.severity) < rank(known.severity)) byCell.set(key, request);
  }
  return [...byCell.values()];
}

/** Colours compare case-insensitively (`#f4b6b6` is `#F4B6B6`). */
export function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/**
 * What to put back in a marked cell: its original fill, unless the user has given the cell a
 * fill of their own since it was marked; then their colour stays ('keep').
 */
export function restoredFill(mark: MarkedCell, current: string | null): string | null | 'keep' {
  return sameColour(current, mark.applied) ? mark.original : 'keep';
}

function isMarkedCell(value: unknown): value is MarkedCell {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Record<string, unknown>;
  return (
    typeof mark.sheet === 'string' &&
    typeof mark.cell === 'string' &&
    parseA1(mark.cell) !== undefined &&
    (mark.original === null || typeof mark.original === 'string') &&
    typeof mark.applied === 'string'
  );
}

/** The record as stored (JSON text). */
export function serialiseMarks(marks: readonly MarkedCell[]): string {
  return JSON.stringify({ version: 1, cells: marks });
}

/** Reads a stored record; anything unreadable counts as no record (nothing is restored from it). */
export function parseMarks(stored: unknown): MarkedCell[] {
  if (typeof stored !== 'string' || stored === '') return [];
  try {
    const record = JSON.parse(stored) as { version?: unknown; cells?: unknown };
    return record.version === 1 && Array.isArray(record.cells) ? record.cells.filter(isMarkedCell) : [];
  } catch {
    return [];
  }
}
