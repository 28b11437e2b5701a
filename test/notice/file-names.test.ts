// 督办通知单 file names every Windows PC can save.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fileStem, FORM_FILE_SUFFIX, formFileNames } from '../../scripts/notice/file-names';

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F]/;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function windowsSafe(name: string): boolean {
  const base = name.split('.')[0].trim();
  return !WINDOWS_FORBIDDEN.test(name) && !DEVICE.test(base) && !/[ .]$/.test(name) && name.length <= 255;
}

describe('notice file names', () => {
  it('replaces what Windows forbids and keeps the rest of the name', () => {
    assert.strictEqual(fileStem('综合科/秘书科'), '综合科_秘书科');
    assert.strictEqual(fileStem('a<b>c:d"e\\f|g?h*i'), 'a_b_c_d_e_f_g_h_i');
    assert.strictEqual(fileStem('办公室\t\n一科'), '办公室 一科');
    assert.strictEqual(fileStem('  办公室.. '), '办公室');
    assert.strictEqual(fileStem('...'), '_');
  });

  it('never yields a device name', () => {
    for (const d of ['CON', 'con', 'Nul', 'COM1', 'lpt9', 'AUX.txt', 'PRN ']) assert.ok(windowsSafe(fileStem(d) + FORM_FILE_SUFFIX), d);
    assert.strictEqual(fileStem('CON'), '_CON');
    assert.strictEqual(fileStem('CONTROL'), 'CONTROL');
  });

  it('shortens a long name without splitting a surrogate pair', () => {
    const stem = fileStem('部'.repeat(59) + '𠀀' + '门'.repeat(10));
    assert.strictEqual(stem, '部'.repeat(59));
    assert.strictEqual(fileStem('x'.repeat(100)).length, 60);
  });

  it('gives each department its own file, even where Windows ignores case', () => {
    assert.deepStrictEqual(formFileNames(['Office', 'office', '办公室', 'A/B', 'A_B']), [
      'Office-督办通知单.docx',
      'office（2）-督办通知单.docx',
      '办公室-督办通知单.docx',
      'A_B-督办通知单.docx',
      'A_B（2）-督办通知单.docx',
    ]);
  });

  it('is safe and distinct for any names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 8 }), (names) => {
        const files = formFileNames(names);
        const lower = files.map((f) => f.toLowerCase());
        return files.every(windowsSafe) && new Set(lower).size === files.length;
      }),
    );
  });
});
