// The 督查通报 of a merge compared with the week before (--previous): under 三、存在的问题 it
// names the deadlines moved later without a 延期 mark, the items gone from the ledgers and the
// progress that stood still — the JSON report's changes of those kinds, each once, in a PDF
// LibreOffice printed from the Word file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../merge/cli-helpers';
import { repoRoot } from '../repo-root';
import { compactText, docxToPdf } from './docx-judge';
import { Json } from '../json';

const WEEKS = path.join(repoRoot(), 'examples');

function chineseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y + '年' + m + '月' + d + '日';
}

describe('merge: the 督查通报 with --previous', function () {
  this.timeout(300000);
  let work: string;
  let json: Json;
  let text: string;

  before(() => {
    work = tempDir('notice-changes-');
    const first = runCli([path.join(WEEKS, '第1周'), '--as-of', '2026-11-25', '--out', 'w1.xlsx'], work);
    assert.strictEqual(first.code, 0, first.stderr);
    const run = runCli(
      [
        path.join(WEEKS, '第2周'),
        '--as-of',
        '2026-12-02',
        '--out',
        'w2.xlsx',
        '--json',
        'w2.json',
        '--previous',
        'w1.xlsx',
        '--notice',
        '通报.docx',
      ],
      work,
    );
    assert.strictEqual(run.code, 0, run.stderr);
    json = JSON.parse(fs.readFileSync(path.join(work, 'w2.json'), 'utf8'));
    text = compactText(docxToPdf(path.join(work, '通报.docx'), path.join(work, 'pdf')));
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const changes = (kind: string): Json[] => json.changes.filter((c: Json) => c.kind === kind);

  it('lists each deadline moved later without a 延期 mark, with both days and the days added', () => {
    const moved = changes('deadline').filter((c) => c.unexplained);
    assert.strictEqual(moved.length, 1, 'the example week moves one deadline quietly');
    const at = text.indexOf('（二）完成时限延后但未注明延期的问题与上期（截至2026年11月25日）相比，1个部门有1项问题的完成时限延后');
    assert.ok(at > text.indexOf('（一）超过完成时限未完成的问题'), 'after the overdue items');
    for (const c of moved) {
      const line =
        c.problem +
        '（责任人：' +
        c.owner +
        '，完成时限由' +
        chineseDay(c.before) +
        '调整为' +
        chineseDay(c.after) +
        '，延后' +
        c.days +
        '天）。';
      assert.ok(text.indexOf('1.' + c.department + '（1项）（1）' + line, at) > at, line);
    }
  });

  it('lists the items gone from the ledgers and those whose progress stood still, then the data problems', () => {
    const vanished = changes('vanished');
    const stale = changes('progressStale');
    assert.ok(vanished.length > 0 && stale.length > 0);
    let at = text.indexOf('（三）从台账中消失的问题上期（截至2026年11月25日）台账列出、本期台账未再列出的问题' + vanished.length + '项');
    assert.ok(at > 0, '（三）');
    for (const c of vanished) {
      at = text.indexOf(c.problem + '（责任人：' + c.owner + '）。', at);
      assert.ok(at > 0, c.problem);
    }
    at = text.indexOf('（四）整改进展未更新的问题', at);
    assert.ok(at > 0, '（四）');
    for (const c of stale) {
      at = text.indexOf(c.problem + '（责任人：' + c.owner + '，整改进展已连续' + c.merges + '期未更新）。', at);
      assert.ok(at > 0, c.problem);
    }
    assert.ok(text.indexOf('（五）台账填报不规范的问题', at) > at);
  });

  it('says nothing of changes the ledgers explain, nor of kinds it does not cover', () => {
    for (const c of json.changes.filter((x: Json) => x.kind === 'rewritten' || x.kind === 'closed')) {
      assert.strictEqual(text.indexOf(c.problem + '（责任人：'), -1, c.kind + ': ' + c.problem);
    }
  });
});
