// The inspection API of an in-memory workbook: plain data about what the add-in left there, and a
// simulated edit, for tests, the preview grid and benchmarks. Shared by the in-memory Excel and WPS.
import { Rect, formatRect, parseAddress } from './address';
import { cellText } from './cell-text';
import { ConditionalFormatInfo, describeConditionalFormats } from './conditional-format-proxy';
import { DEFAULT_COLUMN_WIDTH, Raw, SheetModel, WorkbookModel } from './workbook';
import { HyperlinkModel, hyperlinkAt } from './hyperlinks';
import { ZoomModel } from './page-layout';

export interface CellFormatInfo {
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  fontSize: number;
  wrapText: boolean;
}

export interface WorkbookInspection {
  sheetNames(): string[];
  activeSheet(): string;
  values(sheet: string): (string | number | boolean | null)[][];
  numberFormat(sheet: string, address: string): string;
  dataValidations(sheet: string): {
    address: string;
    rule: Excel.DataValidationRule;
    prompt: Excel.DataValidationPrompt;
    errorAlert: Excel.DataValidationErrorAlert;
    ignoreBlanks: boolean;
  }[];
  conditionalFormats(sheet: string): ConditionalFormatInfo[];
  frozenRows(sheet: string): number;
  autoFilter(sheet: string): string | null;
  selection(): { sheet: string; address: string };
  setValue(sheet: string, address: string, v: string | number | boolean | null): void;
  // Extras for the preview grid and tests.
  /** Changes once per completed sync or simulated edit. */
  revision(): number;
  text(sheet: string, address: string): string;
  cellFormat(sheet: string, address: string): CellFormatInfo;
  merges(sheet: string): string[];
  visibility(sheet: string): string;
  /** The cell's link, or null. */
  hyperlink(sheet: string, address: string): HyperlinkModel | null;
  /** The sheet's print setup; printTitleRows as '1:3', or null. */
  pageLayout(sheet: string): { orientation: string; paperSize: string; zoom: ZoomModel; printTitleRows: string | null };
  /** A column's width in points. */
  columnWidth(sheet: string, column: string): number;
}

export function inspectWorkbook(wb: WorkbookModel): WorkbookInspection {
  function sheet(name: string): SheetModel {
    const s = wb.find(name);
    if (!s) throw new Error('in-memory workbook: no sheet named ' + name);
    return s;
  }

  function at(address: string): Rect {
    return parseAddress(address).rect;
  }

  return {
    sheetNames: () => wb.sheets.map((s) => s.name),
    activeSheet: () => wb.activeSheet().name,

    values(name: string): (string | number | boolean | null)[][] {
      const s = sheet(name);
      const used = s.usedRect();
      if (!used) return [];
      const out: (string | number | boolean | null)[][] = [];
      for (let r = 0; r <= used.r1; r++) {
        const line: (string | number | boolean | null)[] = [];
        for (let c = 0; c <= used.c1; c++) {
          const cell = s.cell(r, c);
          line.push(!cell ? null : cell.f !== undefined ? cell.f : cell.v);
        }
        out.push(line);
      }
      return out;
    },

    numberFormat(name: string, address: string): string {
      const s = sheet(name);
      const x = at(address);
      return s.numberFormat.get(x.r0, x.c0);
    },

    dataValidations(name: string) {
      return sheet(name)
        .validations.slice()
        .sort((a, b) => a.rect.c0 - b.rect.c0 || a.rect.r0 - b.rect.r0)
        .map((e) =>
          JSON.parse(
            JSON.stringify({
              address: formatRect(e.rect),
              rule: e.rule,
              prompt: e.prompt,
              errorAlert: e.errorAlert,
              ignoreBlanks: e.ignoreBlanks,
            }),
          ),
        );
    },

    conditionalFormats: (name: string) => describeConditionalFormats(sheet(name)),
    frozenRows: (name: string) => sheet(name).frozenRows,

    autoFilter(name: string): string | null {
      const f = sheet(name).autoFilter;
      return f ? formatRect(f) : null;
    },

    selection() {
      const s = wb.activeSheet();
      return { sheet: s.name, address: formatRect(s.selection) };
    },

    revision: () => wb.revision,

    /** Stores the value as given (no conversion, no formula), like a test fixture would. */
    setValue(name: string, address: string, v: string | number | boolean | null): void {
      wb.revision++;
      const s = sheet(name);
      const x = at(address);
      for (let r = x.r0; r <= x.r1; r++) {
        for (let c = x.c0; c <= x.c1; c++) s.put(r, c, v === null ? undefined : { v: v as Raw });
      }
    },

    text(name: string, address: string): string {
      const s = sheet(name);
      const x = at(address);
      const cell = s.cell(x.r0, x.c0);
      return cell ? cellText(cell.v, s.numberFormat.get(x.r0, x.c0), cell.f !== undefined) : '';
    },

    cellFormat(name: string, address: string): CellFormatInfo {
      const s = sheet(name);
      const x = at(address);
      const fill = s.fillColor.get(x.r0, x.c0);
      return {
        numberFormat: s.numberFormat.get(x.r0, x.c0),
        fill: fill === '' ? null : fill,
        fontColor: s.fontColor.get(x.r0, x.c0),
        bold: s.bold.get(x.r0, x.c0),
        fontSize: s.fontSize.get(x.r0, x.c0),
        wrapText: s.wrapText.get(x.r0, x.c0),
      };
    },

    merges: (name: string) => sheet(name).merges.map(formatRect),
    visibility: (name: string) => sheet(name).visibility,

    hyperlink(name: string, address: string): HyperlinkModel | null {
      const x = at(address);
      return hyperlinkAt(sheet(name), x.r0, x.c0);
    },

    pageLayout(name: string) {
      const p = sheet(name).pageLayout;
      return {
        orientation: p.orientation,
        paperSize: p.paperSize,
        zoom: { ...p.zoom },
        printTitleRows: p.printTitleRows ? formatRect(p.printTitleRows) : null,
      };
    },

    columnWidth(name: string, column: string): number {
      const w = sheet(name).columnWidths.get(parseAddress(column + '1').rect.c0);
      return w === undefined ? DEFAULT_COLUMN_WIDTH : w;
    },
  };
}
