// The notices under stress: a page full of text keeps 22 lines of 28 characters; hostile
// workbook text stays inert text; an over-long cell is cut as in the report; bad options and
// config stop the run with nothing written; a merge without notices never loads docx.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { msg } from '../../scripts/messages';
import { MAX_CELL_TEXT } from '../../ledger/cells';
import { readReport, runCli, table, tempDir } from '../merge/cli-helpers';
import { AS_OF, writeDepartmentSet } from '../merge/department-set';
import { mergeScript, writeCsv } from '../merge/fixtures';
import { compactText, docxParts, docxToPdf, pdfPages } from './docx-judge';

const HEADER = ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];
const FILLER = '整改落实督查推进';

/** Text runs' content, unescaped as far as the tests need. */
function runTexts(xml: string): string[] {
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) || []).map((t) =>
    t
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('notices: the 公文 grid on a page full of text', function () {
  this.timeout(300000);
  let pages: string[];

  before(() => {
    const work = tempDir('notice-grid-');
    const rows = [HEADER];
    for (let i = 0; i < 40; i++) rows.push([FILLER.repeat(10), '措施', '测试部', '张三', '2026-10-01', '整改中']);
    writeCsv(path.join(work, 'a.csv'), rows, 'utf8');
    const r = runCli(['a.csv', '--out', 'r.xlsx', '--as-of', AS_OF, '--notice', 'n.docx'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    pages = pdfPages(docxToPdf(path.join(work, 'n.docx'), work), true);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('sets 22 lines on a page of body text', () => {
    // Page 1 holds the title and page 2 the table; the list of items fills the pages after them,
    // less a line where a paragraph's last line may not stand alone at the top of a page.
    const counts = pages.slice(2, -1).map((p) => p.split('\n').filter((l) => l.trim() !== '' && !/^\s*—\s*\d+\s*—\s*$/.test(l)).length);
    assert.ok(counts.length >= 2, pages.length + ' pages');
    assert.strictEqual(Math.max(...counts), 22, String(counts));
    assert.ok(Math.min(...counts) >= 21, String(counts));
  });

  it('sets 28 characters on a full line', () => {
    const full = pages
      .join('\n')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => l !== '' && new RegExp('^[' + FILLER + ']+$').test(l));
    assert.ok(full.length > 40, full.length + ' lines of filler');
    assert.deepStrictEqual(
      full.filter((l) => l.length !== 28),
      [],
    );
  });
});

describe('notices: workbook text is inert text', function () {
  this.timeout(300000);
  const PROBLEM =
    '</w:t></w:r><w:fldSimple w:instr="HYPERLINK &quot;http://evil.example/&quot;"><w:r><w:t>点我</w:t></w:r></w:fldSimple><w:r><w:t>' +
    '{ PAGE } =HYPERLINK("http://evil.example/","x") <![CDATA[x]]> &amp; \u0001\u0008\u000B尾';
  const DEPARTMENT = '督查<科>/..\\CON';
  const OWNER = '<script>alert(1)</script>';
  let work: string;
  let run: { code: number; stdout: string; stderr: string };

  before(() => {
    work = tempDir('notice-hostile-');
    writeCsv(path.join(work, 'a.csv'), [HEADER, [PROBLEM, '措施', DEPARTMENT, OWNER, '2026-10-01', '整改中']], 'utf8');
    run = runCli(['a.csv', '--out', 'r.xlsx', '--as-of', AS_OF, '--notice', 'n.docx', '--notices-dir', 'f'], work);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('names the department’s file safely for Windows', () => {
    assert.strictEqual(run.code, 0, run.stderr);
    const files = fs.readdirSync(path.join(work, 'f'));
    assert.strictEqual(files.length, 1);
    assert.doesNotMatch(files[0], /[<>:"/\\|?*]/);
    assert.strictEqual(files[0], '督查_科__.._CON-督办通知单.docx');
  });

  it('writes no field, link or markup from the text, and no character XML cannot hold', () => {
    for (const file of [path.join(work, 'n.docx'), path.join(work, 'f', fs.readdirSync(path.join(work, 'f'))[0])]) {
      const doc = docxParts(file)['word/document.xml'];
      for (const tag of ['<w:fldSimple', '<w:hyperlink', '<w:instrText', '<w:fldChar', '<script', '<![CDATA['])
        assert.ok(!doc.includes(tag), file + ' holds ' + tag);
      assert.doesNotMatch(doc, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      const texts = runTexts(doc).join('');
      assert.ok(texts.includes('<w:fldSimple w:instr="HYPERLINK &quot;http://evil.example/&quot;">'), file);
      assert.ok(texts.includes(OWNER), file);
      assert.ok(texts.includes(DEPARTMENT), file);
    }
  });

  it('prints the text as it was typed (without the characters a Word file cannot carry)', () => {
    const shown = (s: string): string => s.replace(/[\u0000-\u001F]/g, '').replace(/\s+/g, '');
    // The 通报's justified lines read in order in layout mode.
    const bulletin = compactText(docxToPdf(path.join(work, 'n.docx'), path.join(work, 'pdf')), true);
    assert.ok(bulletin.includes(shown(PROBLEM) + '（责任人：' + shown(OWNER)), bulletin.slice(0, 400));
    // A table row's cells interleave line by line in any reading order: every character is there.
    const form = compactText(docxToPdf(path.join(work, 'f', fs.readdirSync(path.join(work, 'f'))[0]), path.join(work, 'pdf')));
    const count = (text: string): { [c: string]: number } => {
      const out: { [c: string]: number } = {};
      for (const c of Array.from(text)) out[c] = (out[c] || 0) + 1;
      return out;
    };
    const have = count(form);
    const need = count(shown(PROBLEM + OWNER));
    for (const c of Object.keys(need)) assert.ok((have[c] || 0) >= need[c], 'the 通知单 lacks ' + JSON.stringify(c));
  });
});

describe('notices: an over-long cell', function () {
  this.timeout(120000);

  it('is cut with the report’s note, exactly as the report’s cell', () => {
    const work = tempDir('notice-long-');
    const problem = '长'.repeat(MAX_CELL_TEXT + 7000);
    writeCsv(path.join(work, 'a.csv'), [HEADER, [problem, '措施', '办公室', '张三', '2026-10-01', '整改中']], 'utf8');
    const r = runCli(['a.csv', '--out', 'r.xlsx', '--as-of', AS_OF, '--notice', 'n.docx', '--notices-dir', 'f'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    const cell = String(table(readReport(path.join(work, 'r.xlsx'))['汇总'], 2)[0]['问题描述']);
    const kept = cell.length - cell.indexOf('长');
    assert.strictEqual(cell, msg.textCut(problem.length, kept) + '长'.repeat(kept), 'the report cuts it with its note');
    assert.ok(cell.length <= MAX_CELL_TEXT && kept > 30000);
    const formXml = docxParts(path.join(work, 'f', '办公室-督办通知单.docx'))['word/document.xml'];
    assert.ok(runTexts(formXml).indexOf(cell) >= 0, 'the 通知单 holds the report’s cell');
    const rows = formXml.match(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/g) || [];
    assert.deepStrictEqual(
      rows.map((r) => r.includes('<w:cantSplit/>')),
      [true, false],
      'a row longer than a page may break across pages',
    );
    const bulletinTexts = runTexts(docxParts(path.join(work, 'n.docx'))['word/document.xml']).join('');
    assert.ok(bulletinTexts.includes('（1）' + cell + '（责任人：张三'), 'the 通报 lists the cut text');
    assert.ok(!bulletinTexts.includes(problem));
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe('notices: refused options and config, nothing written', function () {
  this.timeout(120000);
  let work: string;

  before(() => {
    work = tempDir('notice-errors-');
    writeDepartmentSet(path.join(work, 'ledgers'));
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  function assertNothingWritten(): void {
    for (const f of fs.readdirSync(work)) assert.ok(f === 'ledgers' || f.endsWith('.json') || f === 'a-file', 'written: ' + f);
  }

  it('a bad notice value in the config: exit 2 and a Chinese message naming the file and the key', () => {
    fs.writeFileSync(path.join(work, 'cfg.json'), JSON.stringify({ notice: { replyDays: 0, isuer: 'x' } }));
    const r = runCli(['ledgers', '--out', 'r.xlsx', '--config', 'cfg.json', '--notice', 'n.docx'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /配置文件“.*cfg\.json”有误：配置项“notice\.replyDays”必须是 1 到 30 之间的整数（工作日数），现在是0。/);
    assert.match(r.stderr, /配置项“notice\.isuer”无法识别/);
    assertNothingWritten();
  });

  it('--notice that is not a .docx, or the same file as --json: exit 2', () => {
    let r = runCli(['ledgers', '--out', 'r.xlsx', '--notice', 'n.doc'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /用法错误：--notice 的文件名须以 \.docx 结尾：n\.doc/);
    r = runCli(['ledgers', '--out', 'r.xlsx', '--json', 'same.docx', '--notice', 'same.docx'], work);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /用法错误：--notice 与 --json 不能是同一个文件/);
    assertNothingWritten();
  });

  it('a notices folder that cannot be made: exit 2, and neither the report nor the 通报 is written', () => {
    fs.writeFileSync(path.join(work, 'a-file'), 'not a folder');
    const r = runCli(['ledgers', '--out', 'r.xlsx', '--as-of', AS_OF, '--notice', 'n.docx', '--notices-dir', 'a-file'], work);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /无法创建督办通知单文件夹“a-file”：同名文件已存在。/);
    assertNothingWritten();
  });

  it('lists in --help', () => {
    const r = runCli(['--help'], work);
    assert.match(r.stdout, /--notice <通报\.docx>/);
    assert.match(r.stdout, /--notices-dir <文件夹>/);
  });
});

describe('notices: a later run', function () {
  this.timeout(120000);

  it('warns of older 通知单 it does not replace, and writes none when nobody is late', () => {
    const work = tempDir('notice-stale-');
    writeDepartmentSet(path.join(work, 'ledgers'));
    let r = runCli(['ledgers', '--out', 'r.xlsx', '--as-of', AS_OF, '--notices-dir', 'f'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readdirSync(path.join(work, 'f')).length, 7);
    // On 2026-11-02 only 办公室, 机关党委 and 财经工委 are late.
    r = runCli(['ledgers', '--out', 'r.xlsx', '--as-of', '2026-11-02', '--notices-dir', 'f'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /督办通知单 3 份已写入 f/);
    assert.match(
      r.stderr,
      /提示：文件夹“f”中还有以前生成的督办通知单.*：代表工作室-督办通知单\.docx、法工委-督办通知单\.docx、研究室-督办通知单\.docx、预算工作室-督办通知单\.docx/,
    );
    writeCsv(path.join(work, 'calm', 'a.csv'), [HEADER, ['问题', '措施', '办公室', '张三', '2027-06-30', '整改中']], 'utf8');
    r = runCli(['calm', '--out', 'calm.xlsx', '--as-of', AS_OF, '--notices-dir', 'none'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /没有逾期或临期的事项，未生成督办通知单/);
    assert.ok(!fs.existsSync(path.join(work, 'none')));
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe('notices: start-up', function () {
  this.timeout(60000);

  /** Whether a merge in a fresh process loaded the Word library. */
  function loadsDocx(extra: string[]): boolean {
    const work = tempDir('notice-startup-');
    writeCsv(path.join(work, 'a.csv'), [HEADER, ['问题', '措施', '办公室', '张三', '2026-10-01', '整改中']], 'utf8');
    const script =
      'require(' +
      JSON.stringify(mergeScript()) +
      ').main(' +
      JSON.stringify(['a.csv', '--out', 'r.xlsx'].concat(extra)) +
      ', { out() {}, err() {} }, ' +
      JSON.stringify(work) +
      ')' +
      '.then((code) => { process.stdout.write(code + " " + Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]docx[\\\\/]/.test(k))); });';
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    fs.rmSync(work, { recursive: true, force: true });
    const [code, loaded] = r.stdout.split(' ');
    assert.strictEqual(code, '0', r.stderr);
    return loaded === 'true';
  }

  it('a merge without notices never loads docx; one with notices does', () => {
    assert.strictEqual(loadsDocx([]), false);
    assert.strictEqual(loadsDocx(['--notice', 'n.docx']), true);
  });
});
