// Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom (a scale or fit to pages) and
// print title rows, with the checks Excel makes: known values only, a scale of 10..400 or whole numbers
// of pages (0: as many as needed) but not both, title rows that span entire rows.
import { isWholeRows, Rect } from './address';
import { ErrorCodes, hostError } from './errors';
import { ClientObject, PropDefs } from './proxy';
import { Range, rangeArgument } from './range';
import { SheetModel } from './workbook';

export interface ZoomModel {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: ZoomModel;
  printTitleRows: Rect | null;
}

export function defaultPageLayout(): PageLayoutModel {
  return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null };
}

export const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Office.js's paper sizes, in the order of the ET model's XlPaperSize numbers (1 = Letter … 9 = A4 …). */
export const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];

function invalid(message: string): Error {
  return hostError(ErrorCodes.invalidArgument, message);
}

function oneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== 'string' || allowed.indexOf(value) < 0) throw invalid('Invalid ' + what + ': ' + String(value));
  return value;
}

function checkZoom(v: unknown): ZoomModel {
  if (!v || typeof v !== 'object') throw invalid('The zoom must be an object.');
  const o = v as { [k: string]: unknown };
  const out: ZoomModel = {};
  for (const k of Object.keys(o)) {
    const n = o[k];
    if (n === undefined || n === null) continue;
    if (k !== 'scale' && k !== 'horizontalFitToPages' && k !== 'verticalFitToPages') throw invalid('Unknown zoom option ' + k);
    if (typeof n !== 'number' || Math.floor(n) !== n) throw invalid('The zoom option ' + k + ' must be a whole number.');
    if (k === 'scale' ? n < 10 || n > 400 : n < 0) throw invalid('The zoom option ' + k + ' is out of range: ' + n);
    out[k] = n;
  }
  const fits = out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined;
  if (fits && out.scale !== undefined) throw invalid('A zoom is a scale or a number of pages, not both.');
  if (!fits && out.scale === undefined) throw invalid('The zoom needs a scale or a number of pages.');
  return out;
}

const PROPS: PropDefs<SheetModel> = {
  orientation: { minor: 9, read: (s) => s.pageLayout.orientation },
  paperSize: { minor: 9, read: (s) => s.pageLayout.paperSize },
  zoom: { minor: 9, read: (s) => ({ ...s.pageLayout.zoom }) },
};

export class PageLayout extends ClientObject<SheetModel> {
  _typeName(): string {
    return 'PageLayout';
  }
  protected _props(): PropDefs<SheetModel> {
    return PROPS;
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._setProp('PageLayout.orientation', 'orientation', v, 9, (s) => {
      s.pageLayout.orientation = oneOf(v, ORIENTATIONS, 'orientation');
    });
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(v: string) {
    this._setProp('PageLayout.paperSize', 'paperSize', v, 9, (s) => {
      s.pageLayout.paperSize = oneOf(v, PAPER_SIZES, 'paper size');
    });
  }
  get zoom(): ZoomModel {
    return this._get('zoom');
  }
  set zoom(v: ZoomModel) {
    this._setProp('PageLayout.zoom', 'zoom', v, 9, (s) => {
      s.pageLayout.zoom = checkZoom(v);
    });
  }

  /** The rows repeated at the top of every printed page; Excel wants entire rows ('$1:$3'). */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._op('PageLayout.setPrintTitleRows', 9, (s) => {
      const t = rangeArgument(s, printTitleRows);
      if (t.sheet !== s) throw invalid('The print title rows are on another sheet.');
      if (!isWholeRows(t.rect)) throw invalid('The range must span the entire row to be valid.');
      s.pageLayout.printTitleRows = t.rect;
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    const child = new Range(
      this._queue,
      () => {
        const s = this._require();
        return s.pageLayout.printTitleRows ? { sheet: s, rect: s.pageLayout.printTitleRows } : null;
      },
      9,
      true,
    );
    return this._instantiate('PageLayout.getPrintTitleRowsOrNullObject', 9, child);
  }
}
