/**
 * Writes the blank 绩效自评表 (src/core/template.ts) as an .xlsx file with exceljs, for
 * `selfeval template`: the same cells, merges, formulas, validations, styles and print setup
 * that 插入模板 writes into an open workbook.
 */
import ExcelJS from 'exceljs';
import { parseRangeA1, toA1 } from '../core/grid';
import {
  buildTemplate,
  nextFreeSheetName,
  ROLE_STYLES,
  type TemplateCell,
  type TemplateLayout,
  type TemplateOptions,
  type TemplateValidation,
} from '../core/template';

/** `#FFF8DC` → exceljs's `FFFFF8DC` (opaque ARGB). */
function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

/** Every A1 address inside `range` (a single address is its own range). */
function addressesIn(range: string): string[] {
  const area = parseRangeA1(range);
  if (!area) return [];
  const out: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) out.push(toA1(row, col));
  }
  return out;
}

function cellValue(cell: TemplateCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    // The value a blank form shows, where it is not blank (the 100 of 总分); Excel recalculates on open.
    const result = cell.blankShows === '' ? undefined : cell.blankShows;
    return { formula: cell.formula.replace(/^=/, ''), ...(result === undefined ? {} : { result }) };
  }
  return cell.value ?? null;
}

function style(target: ExcelJS.Cell, cell: TemplateCell): void {
  const role = ROLE_STYLES[cell.role];
  target.alignment = { horizontal: role.horizontal, vertical: 'middle', wrapText: role.wrap };
  if (role.bold || role.fontSize) {
    target.font = { ...(role.bold ? { bold: true } : {}), ...(role.fontSize ? { size: role.fontSize } : {}) };
  }
  if (role.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(role.fill) } };
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
}

function validationOf(validation: TemplateValidation): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: '填写说明',
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: validation.error,
  } as const;
  if (validation.kind === 'list') {
    return { type: 'list', allowBlank: true, formulae: [`"${validation.items.join(',')}"`], ...messages };
  }
  return validation.maximumFormula === undefined
    ? {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [validation.minimum],
        ...messages,
      }
    : {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [validation.minimum, validation.maximumFormula.replace(/^=/, '')],
        ...messages,
      };
}

/** Adds the template sheet for `layout` to `workbook` and returns it. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, layout: TemplateLayout): ExcelJS.Worksheet {
  const name = nextFreeSheetName(workbook.worksheets.map((sheet) => sheet.name));
  const titleRows = layout.print.titleRows.replace(/\$/g, '');
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.print.orientation,
      fitToPage: layout.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: titleRows,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) sheet.getRow(Number(row)).height = height;

  for (const address of addressesIn(layout.bordered)) {
    const thin = { style: 'thin' } as const;
    sheet.getCell(address).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  const spans = new Map<string, string>();
  for (const merge of layout.merges) {
    const area = parseRangeA1(merge);
    if (area) spans.set(toA1(area.top, area.left), merge);
  }
  for (const cell of layout.cells) {
    // Style the whole merge so fills and alignment hold on every cell of it.
    for (const address of addressesIn(spans.get(cell.address) ?? cell.address))
      style(sheet.getCell(address), cell);
    sheet.getCell(cell.address).value = cellValue(cell);
  }
  for (const merge of layout.merges) sheet.mergeCells(merge);
  for (const validation of layout.validations) {
    sheet.getCell(validation.address).dataValidation = validationOf(validation);
  }
  return sheet;
}

/** A workbook holding the blank template for `options`. */
export function templateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'selfeval';
  workbook.calcProperties.fullCalcOnLoad = true;
  addTemplateSheet(workbook, buildTemplate(options));
  return workbook;
}

/** The .xlsx bytes of the blank template for `options`. */
export async function writeTemplateWorkbook(options: TemplateOptions): Promise<Buffer> {
  const bytes = await templateWorkbook(options).xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
