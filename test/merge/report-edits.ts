// An earlier report as users keep it: sorted, filtered, given a column, saved again by another
// program, re-coloured in place.
import * as assert from 'assert';
import * as fs from 'fs';
import * as XLSX from 'xlsx';
import { rewriteParts } from '../xlsx-parts';

/** Rewrites a report's 汇总 as another program would save it: `edit` gets the rows below the header. */
export function resave(from: string, to: string, edit: (header: unknown[], data: unknown[][]) => void, drop: string[] = []): void {
  const wb = XLSX.read(fs.readFileSync(from), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['汇总'], { header: 1, raw: true, defval: null });
  const data = rows.slice(3);
  edit(rows[2], data);
  const ws = XLSX.utils.aoa_to_sheet(rows.slice(0, 3).concat(data));
  // Rows a filter hides are still in the file.
  ws['!rows'] = data.map((_, i) => ({ hidden: i % 3 === 0 }));
  wb.Sheets['汇总'] = ws;
  for (const name of drop) {
    delete wb.Sheets[name];
    wb.SheetNames = wb.SheetNames.filter((n) => n !== name);
  }
  XLSX.writeFile(wb, to);
}

export function dropColumn(header: unknown[], data: unknown[][], name: string): void {
  const c = header.indexOf(name);
  assert.ok(c >= 0, name);
  header.splice(c, 1);
  for (const r of data) r.splice(c, 1);
}

/**
 * A report whose first sheet's rows below the header are given a new yellow fill, as a program that
 * keeps the rest of the file (Excel, WPS) saves it: one fill and one cell format more, the cells'
 * style indexes changed.
 */
export function recolour(from: string, to: string): void {
  let format = -1;
  const out = rewriteParts(fs.readFileSync(from), (part, text) => {
    if (part !== 'xl/styles.xml') return undefined;
    let xml = text();
    const fills = /<fills count="(\d+)">/.exec(xml);
    const xfs = /<cellXfs count="(\d+)">/.exec(xml);
    assert.ok(fills && xfs, 'styles with fills and cell formats');
    format = +xfs[1];
    xml = xml
      .replace(fills[0], `<fills count="${+fills[1] + 1}">`)
      .replace(
        '</fills>',
        '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>',
      )
      .replace(xfs[0], `<cellXfs count="${format + 1}">`)
      .replace('</cellXfs>', `<xf numFmtId="0" fontId="0" fillId="${fills[1]}" borderId="0" xfId="0" applyFill="1"/></cellXfs>`);
    return xml;
  });
  let recoloured = 0;
  const final = rewriteParts(out, (part, text) => {
    if (part !== 'xl/worksheets/sheet1.xml') return undefined;
    return text().replace(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>/g, (row, r) =>
      +r > 3
        ? row.replace(/(<c r="[A-Z]+\d+") s="\d+"/g, (_c, open) => {
            recoloured++;
            return `${open} s="${format}"`;
          })
        : row,
    );
  });
  assert.ok(recoloured > 0, 'cells re-coloured');
  fs.writeFileSync(to, final);
}
