// What departments really send that once broke the merge: text longer than an
// Excel cell holds, ODS files from LibreOffice/WPS (hidden sheets, number
// formats SheetJS warns about), and a --json that cannot be written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readReport, runCli, table, tempDir } from './cli-helpers';
import { writeCsv, writeWorkbook } from './fixtures';

const HEADER = ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];
const EXCEL_CELL_LIMIT = 32767;

/**
 * Rewrites a SheetJS-written .ods as LibreOffice writes one: the named sheet
 * hidden through its table style, plus a conditional number format.
 */
function hideOdsSheet(file: string, sheet: string): void {
  const parts = unzipSync(fs.readFileSync(file));
  let xml = strFromU8(parts['content.xml']);
  const styles =
    '<style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>' +
    '<number:number-style style:name="N90"><number:number number:decimal-places="0"/></number:number-style>' +
    '<number:number-style style:name="N91"><number:text>-</number:text><number:number number:decimal-places="0"/>' +
    '<style:map style:condition="value()&lt;0" style:apply-style-name="N90"/></number:number-style>';
  xml = xml.replace('<office:automatic-styles>', '<office:automatic-styles>' + styles);
  const tag = '<table:table table:name="' + sheet + '" table:style-name="ta1">';
  assert.ok(xml.indexOf(tag) >= 0, 'fixture: table tag not found');
  xml = xml.replace(tag, '<table:table table:name="' + sheet + '" table:style-name="taHidden">');
  parts['content.xml'] = strToU8(xml);
  const zipped = zipSync({ mimetype: [parts.mimetype, { level: 0 }], ...omit(parts, 'mimetype') });
  fs.writeFileSync(file, zipped);
}

function omit(parts: { [name: string]: Uint8Array }, name: string): { [name: string]: Uint8Array } {
  const out: { [name: string]: Uint8Array } = {};
  for (const k of Object.keys(parts)) if (k !== name) out[k] = parts[k];
  return out;
}

describe('merge command: robustness against real inputs', () => {
  let work: string;
  beforeEach(() => {
    work = tempDir('robust-');
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('writes a report when a CSV cell holds more text than an Excel cell can, marking the cut and keeping all in JSON', () => {
    const long = '长'.repeat(40000);
    writeCsv(path.join(work, '办公室.csv'), [HEADER, [long, '措施', '办公室', '张三', '2026-06-30', '整改中']], 'utf8');
    const r = runCli(['办公室.csv', '--out', 'r.xlsx', '--json', 'r.json', '--as-of', '2026-07-10'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const summary = table(readReport(path.join(work, 'r.xlsx'))['汇总'], 2);
    const shown = summary[0]['问题描述'] as string;
    assert.ok(shown.length <= EXCEL_CELL_LIMIT, String(shown.length));
    assert.match(shown, /^（原文共 40000 字，超出 Excel 单元格上限，此处只列出前 \d+ 字/);
    assert.ok(shown.endsWith('长'.repeat(30000)));
    const overdue = table(readReport(path.join(work, 'r.xlsx'))['逾期清单'], 1);
    assert.ok((overdue[0]['问题描述'] as string).length <= EXCEL_CELL_LIMIT);
    const json = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8'));
    assert.strictEqual(json.items[0].problem, long);
  });

  it('skips a sheet an .ods file hides, says so, and prints no SheetJS warnings', () => {
    const file = path.join(work, '研究室.ods');
    writeWorkbook(file, [
      { name: '研究室', rows: [HEADER, ['问题甲', '措施', '研究室', '张三', '2026-12-31', '整改中']] },
      { name: '旧版', rows: [HEADER, ['旧问题', '措施', '研究室', '张三', '2026-12-31', '整改中']] },
    ]);
    hideOdsSheet(file, '旧版');
    const r = runCli(['研究室.ods', '--out', 'r.xlsx', '--json', 'r.json', '--as-of', '2026-07-10'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const json = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8'));
    assert.deepStrictEqual(
      json.items.map((i: { problem: string }) => i.problem),
      ['问题甲'],
    );
    assert.ok(json.problems.some((p: { sheet: string; code: string }) => p.sheet === '旧版' && p.code === 'sheet-hidden'));
    assert.strictEqual(r.stderr.trim(), '研究室.ods 工作表“旧版”：工作表已隐藏，未合并；如需合并，请先取消隐藏。');
  });

  it('writes neither report when the --json cannot be written (outputs whole or not at all)', () => {
    writeWorkbook(path.join(work, 'a.xlsx'), [
      { name: '办公室', rows: [HEADER, ['问题甲', '措施', '办公室', '张三', '2026-12-31', '整改中']] },
    ]);
    fs.writeFileSync(path.join(work, 'r.xlsx'), 'old report');
    const r = runCli(['a.xlsx', '--out', 'r.xlsx', '--json', path.join('missing', 'r.json')], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /无法写入报告“missing.r\.json”/);
    assert.strictEqual(fs.readFileSync(path.join(work, 'r.xlsx'), 'utf8'), 'old report');
    assert.deepStrictEqual(fs.readdirSync(work).sort(), ['a.xlsx', 'r.xlsx']);
  });
});
