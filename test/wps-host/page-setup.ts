// Worksheet.PageSetup of the in-memory WPS, with Excel's VBA model's rules: Orientation and PaperSize
// take their enumerations' numbers (XlPageOrientation, XlPaperSize); Zoom is a scale of 10..400 or false
// (then FitToPagesWide × FitToPagesTall apply, each a whole number of pages or false for as many as
// needed); PrintTitleRows is a reference to entire rows of this sheet, '' for none. A PC without a
// printer (the host's `printer: false`) refuses every change, as Excel's VBA model does. What the sheet
// prints is kept in the model Office.js's pageLayout reads, so both hosts report it alike.
import type { EtPageSetup } from '../../addin/wps/et-types';
import { formatRect, isWholeRows, parseAddress } from '../excel-host/address';
import { ORIENTATIONS, PAPER_SIZES, ZoomModel } from '../excel-host/page-layout';
import { SheetModel } from '../excel-host/workbook';
import { comError } from './com-error';
import { PageFit, WpsState } from './state';

const MIN_SCALE = 10;
const MAX_SCALE = 400;
const MAX_PAGES = 32767;

function zoomOf(fit: PageFit): ZoomModel {
  if (fit.zoom !== false) return { scale: fit.zoom };
  return { horizontalFitToPages: fit.wide === false ? 0 : fit.wide, verticalFitToPages: fit.tall === false ? 0 : fit.tall };
}

function pages(v: unknown, name: string): number | false {
  if (v === false) return false;
  if (typeof v !== 'number' || Math.floor(v) !== v || v < 1 || v > MAX_PAGES)
    throw comError('Unable to set the ' + name + ' property of the PageSetup class: ' + String(v));
  return v;
}

export class PageSetupObject implements EtPageSetup {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
  ) {}

  private change(name: string, apply: (fit: PageFit) => void): void {
    if (this.sheet.deleted) throw comError('the worksheet was deleted');
    if (!this.state.printer) throw comError('Unable to set the ' + name + ' property of the PageSetup class: no printer is installed');
    const fit = this.state.pageFitOf(this.sheet);
    apply(fit);
    this.sheet.pageLayout.zoom = zoomOf(fit);
  }

  get Orientation(): number {
    return ORIENTATIONS.indexOf(this.sheet.pageLayout.orientation) + 1;
  }

  set Orientation(v: number) {
    this.change('Orientation', () => {
      if (v !== 1 && v !== 2) throw comError('Unable to set the Orientation property of the PageSetup class: ' + String(v));
      this.sheet.pageLayout.orientation = ORIENTATIONS[v - 1];
    });
  }

  get PaperSize(): number {
    return PAPER_SIZES.indexOf(this.sheet.pageLayout.paperSize) + 1;
  }

  set PaperSize(v: number) {
    this.change('PaperSize', () => {
      if (typeof v !== 'number' || !PAPER_SIZES[v - 1])
        throw comError('Unable to set the PaperSize property of the PageSetup class: ' + String(v));
      this.sheet.pageLayout.paperSize = PAPER_SIZES[v - 1];
    });
  }

  get Zoom(): number | false {
    return this.state.pageFitOf(this.sheet).zoom;
  }

  set Zoom(v: number | false) {
    this.change('Zoom', (fit) => {
      if (v !== false && (typeof v !== 'number' || Math.floor(v) !== v || v < MIN_SCALE || v > MAX_SCALE)) {
        throw comError(
          'Unable to set the Zoom property of the PageSetup class: ' +
            String(v) +
            ' (a scale of ' +
            MIN_SCALE +
            '..' +
            MAX_SCALE +
            ', or False)',
        );
      }
      fit.zoom = v;
    });
  }

  get FitToPagesWide(): number | false {
    return this.state.pageFitOf(this.sheet).wide;
  }

  set FitToPagesWide(v: number | false) {
    this.change('FitToPagesWide', (fit) => (fit.wide = pages(v, 'FitToPagesWide')));
  }

  get FitToPagesTall(): number | false {
    return this.state.pageFitOf(this.sheet).tall;
  }

  set FitToPagesTall(v: number | false) {
    this.change('FitToPagesTall', (fit) => (fit.tall = pages(v, 'FitToPagesTall')));
  }

  /** '$1:$3', or '' when no rows repeat. */
  get PrintTitleRows(): string {
    const x = this.sheet.pageLayout.printTitleRows;
    return x ? '$' + (x.r0 + 1) + ':$' + (x.r1 + 1) : '';
  }

  set PrintTitleRows(v: string) {
    this.change('PrintTitleRows', () => {
      if (typeof v !== 'string') throw comError('PrintTitleRows takes a reference as text');
      if (v === '') {
        this.sheet.pageLayout.printTitleRows = null;
        return;
      }
      let parsed;
      try {
        parsed = parseAddress(v);
      } catch {
        throw comError('Unable to set the PrintTitleRows property: not a reference: ' + v);
      }
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== this.sheet.name.toLowerCase())
        throw comError('PrintTitleRows names another sheet: ' + v);
      if (!isWholeRows(parsed.rect)) throw comError('PrintTitleRows must be entire rows, got ' + formatRect(parsed.rect));
      this.sheet.pageLayout.printTitleRows = parsed.rect;
    });
  }
}
