/**
 * Writes the blank 绩效自评表 (src/core/template.ts) into the open workbook with Office.js: a new
 * sheet under a free name, everything queued in one batch with calculation suspended, one sync.
 * Only the new sheet is touched. Needs ExcelApi 1.9 (data validation is 1.8, page layout 1.9).
 */
import { parseA1, parseRangeA1, toA1 } from '../core/grid';
import {
  nextFreeSheetName,
  ROLE_STYLES,
  templateExtent,
  type TemplateCell,
  type TemplateLayout,
  type TemplateValidation,
} from '../core/template';

/** Excel column width in points for a width in characters of the default font. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** What to write into a cell's formula slot: formulas as they are, text kept from turning into one. */
function formulaInput(cell: TemplateCell | undefined): string | number {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? '';
  return typeof value === 'string' && /^[=+@]/.test(value) ? `'${value}` : value;
}

/** The address a cell's formatting covers: its merge when it is the merge's top-left. */
function spanOf(layout: TemplateLayout): (address: string) => string {
  const byTopLeft = new Map<string, string>();
  for (const merge of layout.merges) {
    const range = parseRangeA1(merge);
    if (range) byTopLeft.set(toA1(range.top, range.left), merge);
  }
  return (address) => byTopLeft.get(address) ?? address;
}

function formatCell(sheet: Excel.Worksheet, cell: TemplateCell, range: string): void {
  const style = ROLE_STYLES[cell.role];
  const target = sheet.getRange(range);
  const format = target.format;
  format.horizontalAlignment = style.horizontal === 'center' ? 'Center' : 'Left';
  format.verticalAlignment = 'Center';
  format.wrapText = style.wrap;
  if (style.bold) format.font.bold = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  // One format for the one cell that holds the value (a merge shows its top-left cell).
  if (cell.numberFormat) sheet.getRange(cell.address).numberFormat = [[cell.numberFormat]];
}

function writeValidation(sheet: Excel.Worksheet, validation: TemplateValidation): void {
  const dataValidation = sheet.getRange(validation.address).dataValidation;
  if (validation.kind === 'list') {
    dataValidation.rule = { list: { inCellDropDown: true, source: validation.items.join(',') } };
  } else {
    dataValidation.rule = {
      decimal:
        validation.maximumFormula === undefined
          ? { formula1: validation.minimum, operator: 'GreaterThanOrEqualTo' }
          : { formula1: validation.minimum, formula2: validation.maximumFormula, operator: 'Between' },
    };
  }
  dataValidation.ignoreBlanks = true;
  dataValidation.prompt = { showPrompt: true, title: '填写说明', message: validation.prompt };
  dataValidation.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: '输入有误',
    message: validation.error,
  };
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

/** Queues the whole layout on `sheet` (no sync). */
function queueLayout(sheet: Excel.Worksheet, layout: TemplateLayout): void {
  const { rows, columns } = templateExtent(layout);
  const byAddress = new Map(layout.cells.map((cell) => [cell.address, cell]));
  const matrix = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, col) => formulaInput(byAddress.get(toA1(row, col)))),
  );
  sheet.getRange(`A1:${toA1(rows - 1, columns - 1)}`).formulas = matrix;

  layout.columnWidths.forEach((width, col) => {
    const letter = toA1(0, col).replace(/\d+$/, '');
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }

  const span = spanOf(layout);
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);
  for (const cell of layout.cells) formatCell(sheet, cell, span(cell.address));

  const borders = sheet.getRange(layout.bordered).format.borders;
  for (const edge of BORDER_EDGES) {
    const border = borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }

  for (const validation of layout.validations) writeValidation(sheet, validation);

  const page = sheet.pageLayout;
  page.paperSize = layout.print.paper;
  page.orientation = layout.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.centerHorizontally = true;
  page.setPrintTitleRows(layout.print.titleRows);
  // One page wide; the height follows the rows (no verticalFitToPages).
  if (layout.print.fitToWidth) page.zoom = { horizontalFitToPages: 1 };
}

/**
 * Adds a sheet named `绩效自评表` (or the next free `绩效自评表 (2)` …), writes `layout` into it,
 * activates it and returns its name. `existingNames` saves the sync that loads the sheet names
 * when the caller already has them.
 */
export async function writeTemplate(
  context: Excel.RequestContext,
  layout: TemplateLayout,
  existingNames?: readonly string[],
): Promise<string> {
  let names = existingNames;
  if (!names) {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    names = sheets.items.map((sheet) => sheet.name);
  }
  const name = nextFreeSheetName(names);
  const application = context.application as Partial<Excel.Application> | undefined;
  if (typeof application?.suspendApiCalculationUntilNextSync === 'function') {
    application.suspendApiCalculationUntilNextSync();
  }
  const sheet = context.workbook.worksheets.add(name);
  queueLayout(sheet, layout);
  sheet.activate();
  sheet.getRange(firstInputAddress(layout)).select();
  await context.sync();
  return name;
}

/** The first input cell (项目名称), where the clerk starts typing. */
function firstInputAddress(layout: TemplateLayout): string {
  const first = layout.cells.find((cell) => cell.role === 'input');
  return first && parseA1(first.address) ? first.address : 'A1';
}
