// The product's workbooks carry its creator, Chinese default font and page-numbered footer,
// which the generic xlsx writer leaves to its caller.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, tempDir } from './merge/cli-helpers';
import { repoRoot } from './repo-root';
import { writeWorkbook } from '../scripts/write-workbook';

function parts(bytes: Uint8Array): { [path: string]: string } {
  const files = unzipSync(bytes);
  const out: { [path: string]: string } = {};
  for (const k of Object.keys(files)) out[k] = strFromU8(files[k]);
  return out;
}

function assertProductLook(p: { [path: string]: string }, sheets: number): void {
  assert.ok(p['docProps/core.xml'].includes('<dc:creator>整改台账</dc:creator>'));
  assert.ok(p['docProps/app.xml'].includes('<Application>整改台账</Application>'));
  const fonts: string[] = p['xl/styles.xml'].match(/<font>[\s\S]*?<\/font>/g) || [];
  assert.ok(fonts.length > 0);
  for (const f of fonts) assert.match(f, /<name val="宋体"\/><family val="3"\/><charset val="134"\/>/);
  assert.match(fonts[0], /<sz val="11"\/>/);
  for (let i = 1; i <= sheets; i++) {
    assert.ok(p[`xl/worksheets/sheet${i}.xml`].includes('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>'), `sheet${i}`);
  }
}

describe('product workbooks', () => {
  it('write with the product creator, 宋体 11 pt and a page-numbered footer', () => {
    assertProductLook(
      parts(
        writeWorkbook([
          { name: 'a', rows: [['x']] },
          { name: 'b', rows: [['y']] },
        ]),
      ),
      2,
    );
  });

  it('let a caller add a title without losing the defaults', () => {
    const p = parts(writeWorkbook([{ name: 'a', rows: [['x']] }], { title: '标题' }));
    assert.ok(p['docProps/core.xml'].includes('<dc:title>标题</dc:title>'));
    assertProductLook(p, 1);
  });

  it('are what the merge writes', () => {
    const work = tempDir('product-look-');
    try {
      const r = runCli([path.join(repoRoot(), 'examples', '第1周'), '--out', 'r.xlsx', '--as-of', '2026-11-25'], work);
      assert.strictEqual(r.code, 0, r.stderr);
      assertProductLook(parts(fs.readFileSync(path.join(work, 'r.xlsx'))), 6);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
