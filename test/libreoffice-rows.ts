// Row heights as LibreOffice sees them: the height each row of a workbook is stored with, and the
// height LibreOffice's own "optimal row height" gives it under given fonts. A row whose optimal
// height exceeds its stored height shows clipped text there (and in WPS, which measures alike).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { convertWith } from './libreoffice';

/** Rows beyond the last one written repeat one style; they are not counted. */
const MAX_ROWS_READ = 100000;

/** Points per inch: flat ODS writes row heights in inches. */
const PT_PER_INCH = 72;

/** Each sheet's row heights in points, row 1 first, up to its last written row. */
export type SheetRowHeights = { [sheet: string]: number[] };

function rowHeights(fods: string): SheetRowHeights {
  const styles: { [name: string]: number } = {};
  const styleRe =
    /<style:style style:name="([^"]+)" style:family="table-row">\s*<style:table-row-properties[^>]*?style:row-height="([\d.]+)in"/g;
  let m: RegExpExecArray | null;
  while ((m = styleRe.exec(fods))) styles[m[1]] = Number(m[2]) * PT_PER_INCH;
  const out: SheetRowHeights = {};
  const tableRe = /<table:table table:name="([^"]+)"[\s\S]*?<\/table:table>/g;
  while ((m = tableRe.exec(fods))) {
    const rows: number[] = [];
    const rowRe = /<table:table-row table:style-name="([^"]+)"(?: table:number-rows-repeated="(\d+)")?/g;
    let r: RegExpExecArray | null;
    while ((r = rowRe.exec(m[0]))) {
      const repeat = r[2] ? Number(r[2]) : 1;
      if (rows.length + repeat > MAX_ROWS_READ) break;
      if (!(r[1] in styles)) throw new Error('row style ' + r[1] + ' has no height');
      for (let i = 0; i < repeat; i++) rows.push(styles[r[1]]);
    }
    out[
      m[1]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    ] = rows;
  }
  return out;
}

export interface RowHeights {
  /** As stored in the workbook and read by LibreOffice. */
  stored: SheetRowHeights;
  /** LibreOffice's optimal height of every row. */
  optimal: SheetRowHeights;
}

/**
 * Reads `xlsx` into LibreOffice (flat ODS keeps each row's height and whether it is "optimal"),
 * marks every row optimal and loads that again, which makes LibreOffice compute each row's height
 * from its contents. Both loads use `fontconfig` when given: column widths in character units
 * become lengths by the fonts present too.
 */
export function rowHeightsInLibreOffice(xlsx: string, fontconfig?: string): RowHeights {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-rows-'));
  const stored = fs.readFileSync(convertWith(xlsx, 'fods', { outDir: path.join(dir, 'stored'), fontconfig }), 'utf8');
  const allOptimal = path.join(dir, 'optimal.fods');
  fs.writeFileSync(allOptimal, stored.replace(/style:use-optimal-row-height="false"/g, 'style:use-optimal-row-height="true"'));
  const optimal = fs.readFileSync(convertWith(allOptimal, 'fods', { outDir: path.join(dir, 'optimal'), fontconfig }), 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  return { stored: rowHeights(stored), optimal: rowHeights(optimal) };
}
