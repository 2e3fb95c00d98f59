/** The workbook gateway the pane and the ribbon commands use inside Excel. */
import type { WorkbookGateway } from '../excel/gateway';
import { OfficeGateway } from '../excel/office-gateway';

export function createHostGateway(): WorkbookGateway {
  return new OfficeGateway();
}
