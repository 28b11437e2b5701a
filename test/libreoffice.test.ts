// The LibreOffice judge itself: it converts, and its recalculating profile really recalculates.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { convertWith } from './libreoffice';

describe('LibreOffice converter (test tool)', function () {
  this.timeout(180000);

  it('recalculates a stale cached formula result only when asked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-tool-'));
    const file = path.join(dir, 'stale.xlsx');
    const ws = XLSX.utils.aoa_to_sheet([[2, 3, { t: 'n', f: 'A1*B1', v: 999 }]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    XLSX.writeFile(wb, file);
    const cell = (csv: string): string => fs.readFileSync(csv, 'utf8').trim().split(',')[2];
    assert.strictEqual(cell(convertWith(file, 'csv', { outDir: path.join(dir, 'plain') })), '999');
    assert.strictEqual(cell(convertWith(file, 'csv', { recalculate: true, outDir: path.join(dir, 'recalc') })), '6');
  });
});
