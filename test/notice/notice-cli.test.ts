// The merge's notices end to end: the real CLI writes the 督查通报 and the 督办通知单, LibreOffice
// reads them as Word files and prints them to PDF, and the PDFs and the docx XML are checked
// against the JSON report of the same run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../merge/cli-helpers';
import { AS_OF, writeDepartmentSet } from '../merge/department-set';
import { repoRoot } from '../repo-root';
import { compactText, docxParts, docxToPdf, firstPagePng, pageNumberLines, pdfInfo, pdfPages } from './docx-judge';
import { Json } from '../json';

const TITLE = ['关于“机关建设年”问题整改工作', '进展情况的通报'];
const PICTURES = path.join(repoRoot(), 'test-output', 'notices');

function percent(rate: number): string {
  return (Math.round(rate * 1000) / 10).toFixed(1) + '%';
}

/** 2026-09-30 → 2026年9月30日 */
function chineseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y + '年' + m + '月' + d + '日';
}

function attr(xml: string, element: string, name: string): string | null {
  const m = new RegExp('<' + element + '\\b[^>]*\\b' + name + '="([^"]*)"').exec(xml);
  return m ? m[1] : null;
}

/** Every run of a part has explicit fonts for every character set, East Asian included. */
function assertFontsOnEveryRun(xml: string, part: string): void {
  const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) || [];
  assert.ok(runs.length > 0, part + ' has runs');
  for (const r of runs) {
    const fonts = /<w:rFonts ([^>]*)\/>/.exec(r);
    assert.ok(fonts, part + ': a run without fonts: ' + r.slice(0, 200));
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs'])
      assert.match(fonts[1], new RegExp('w:' + slot + '="[^"]+"'), part + ' ' + slot);
  }
}

describe('merge: 督查通报 and 督办通知单 as Word documents', function () {
  this.timeout(300000);
  let work: string;
  let run: { code: number; stdout: string; stderr: string };
  let json: Json;
  let bulletinPdf: string;
  let bulletinText: string;
  const formPdfs: { [department: string]: string } = {};

  const overdue = (): Json[] => json.items.filter((i: Json) => i.light === 'red');
  const urgentDepartments = (): string[] =>
    json.departments
      .map((d: Json) => d.name)
      .filter((n: string) => json.items.some((i: Json) => i.department === n && (i.light === 'red' || i.light === 'amber')));

  before(() => {
    work = tempDir('notice-test-');
    writeDepartmentSet(path.join(work, 'ledgers'));
    fs.mkdirSync(path.join(work, 'out'));
    run = runCli(
      [
        'ledgers',
        '--out',
        'out/report.xlsx',
        '--json',
        'out/report.json',
        '--as-of',
        AS_OF,
        '--notice',
        'out/督查通报.docx',
        '--notices-dir',
        'out/督办通知单',
      ],
      work,
    );
    json = JSON.parse(fs.readFileSync(path.join(work, 'out', 'report.json'), 'utf8'));
    const pdfDir = path.join(work, 'pdf');
    bulletinPdf = docxToPdf(path.join(work, 'out', '督查通报.docx'), pdfDir);
    bulletinText = compactText(bulletinPdf);
    for (const d of urgentDepartments()) formPdfs[d] = docxToPdf(path.join(work, 'out', '督办通知单', d + '-督办通知单.docx'), pdfDir);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('writes the report, the 通报 and one 通知单 per department with overdue or due-soon items, and says so', () => {
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /督查通报已写入 out\/督查通报\.docx/);
    const departments = urgentDepartments();
    assert.deepStrictEqual(
      departments.slice().sort(),
      ['代表工作室', '办公室', '机关党委', '法工委', '研究室', '财经工委', '预算工作室'].sort(),
    );
    assert.match(run.stdout, new RegExp('督办通知单 ' + departments.length + ' 份已写入 out/督办通知单'));
    assert.deepStrictEqual(
      fs.readdirSync(path.join(work, 'out', '督办通知单')).sort(),
      departments.map((d) => d + '-督办通知单.docx').sort(),
    );
  });

  it('prints the 通报 on A4 with its title, addressee, signature and page numbers at the outer edge', () => {
    const info = pdfInfo(bulletinPdf);
    assert.match(info.size, /^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    assert.ok(info.pages >= 2, 'pages: ' + info.pages);
    const first = pdfPages(bulletinPdf)[0];
    assert.deepStrictEqual(first.split('\n').slice(0, 2), TITLE);
    assert.ok(bulletinText.indexOf('机关各部门：') === TITLE.join('').length, 'addressee under the title');
    assert.match(bulletinText, /督查科二〇二六年十一月二十五日$/);
    const numbers = pageNumberLines(bulletinPdf);
    assert.deepStrictEqual(
      numbers.map((l) => l.replace(/\s+/g, '')),
      numbers.map((_, i) => '—' + (i + 1) + '—'),
    );
    const indent = (l: string): number => l.length - l.replace(/^\s+/, '').length;
    assert.ok(indent(numbers[0]) > indent(numbers[1]) + 20, 'odd page numbers right, even ones left: ' + JSON.stringify(numbers));
  });

  it('opens with the totals of the JSON report', () => {
    const t = json.totals;
    const opening =
      '截至2026年11月25日，' +
      json.departments.length +
      '个部门共梳理问题' +
      t.total +
      '项，其中已销号' +
      t.closed +
      '项、已完成待销号' +
      t.done +
      '项、整改中' +
      t.inProgress +
      '项、未启动' +
      t.notStarted +
      '项，完成率' +
      percent(t.completionRate) +
      '；超过完成时限未完成的' +
      t.overdue +
      '项，临期（7日内到期）的' +
      t.dueSoon +
      '项。';
    assert.ok(bulletinText.includes(opening), 'opening not found: ' + opening);
    assert.strictEqual(t.overdue, overdue().length);
  });

  it('tables every department’s figures exactly as the JSON report has them, under a header repeated on each page', () => {
    const lines = pdfPages(bulletinPdf, true)
      .join('\n')
      .split('\n')
      .map((l) => l.trim());
    const rows = json.departments.concat([json.totals]);
    for (const d of rows) {
      const line = lines.find((l) => l.split(/\s+/)[0] === d.name);
      assert.ok(line, 'no table row for ' + d.name);
      assert.deepStrictEqual(
        line.split(/\s+/).slice(1),
        [d.total, d.closed, d.done, d.inProgress, d.notStarted, d.overdue].map(String).concat(percent(d.completionRate)),
        d.name,
      );
    }
    const xml = docxParts(path.join(work, 'out', '督查通报.docx'))['word/document.xml'];
    const header = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/.exec(xml) as RegExpExecArray;
    assert.match(header[0], /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    assert.match(header[0], /责任部门[\s\S]*总数[\s\S]*已销号[\s\S]*已完成[\s\S]*整改中[\s\S]*未启动[\s\S]*逾期[\s\S]*完成率/);
  });

  it('lists every overdue item under its department, most days overdue first, with 责任人, 时限 and days', () => {
    const byDepartment: { [d: string]: Json[] } = {};
    for (const i of overdue()) (byDepartment[i.department] = byDepartment[i.department] || []).push(i);
    let at = bulletinText.indexOf('（一）超过完成时限未完成的问题');
    assert.ok(at > 0);
    let n = 0;
    for (const d of json.departments.map((x: Json) => x.name).filter((name: string) => byDepartment[name])) {
      const items = byDepartment[d].sort((a, b) => a.daysLeft - b.daysLeft);
      n++;
      at = bulletinText.indexOf(n + '.' + d + '（' + items.length + '项）', at);
      assert.ok(at > 0, 'department heading ' + d);
      items.forEach((i, k) => {
        const line =
          '（' +
          (k + 1) +
          '）' +
          i.problem +
          '（责任人：' +
          i.owner +
          '，完成时限：' +
          chineseDay(i.effectiveDeadline) +
          '，已逾期' +
          -i.daysLeft +
          '天）。';
        const found = bulletinText.indexOf(line, at);
        assert.ok(found > at, 'overdue item not found in order: ' + line);
        at = found;
      });
    }
    assert.ok(bulletinText.indexOf('（二）台账填报不规范的问题') > at, 'the data problems follow');
    assert.ok(bulletinText.includes('发现需要更正的数据问题' + json.problems.filter((p: Json) => p.severity !== 'info').length + '条'));
    assert.ok(bulletinText.indexOf('四、下一步工作要求') > at);
  });

  it('numbers the 通知单 in the order of the statistics and lists each department’s items only', () => {
    urgentDepartments().forEach((d, k) => {
      const pdf = formPdfs[d];
      assert.match(pdfInfo(pdf).size, /\(A4\)/);
      const text = compactText(pdf, true);
      assert.ok(
        text.startsWith('督办通知单督〔2026〕第' + (k + 1) + '号' + d + '：截至2026年11月25日，你部门有'),
        d + ': ' + text.slice(0, 80),
      );
      const mine = json.items.filter((i: Json) => i.department === d && (i.light === 'red' || i.light === 'amber'));
      mine.sort((a: Json, b: Json) => a.daysLeft - b.daysLeft);
      let at = text.indexOf('一、督办事项序号问题责任人完成时限状态逾期/剩余天数');
      assert.ok(at > 0, d + ' table header');
      mine.forEach((i: Json, n: number) => {
        const days = i.daysLeft < 0 ? '逾期' + -i.daysLeft + '天' : i.daysLeft === 0 ? '今日到期' : '剩余' + i.daysLeft + '天';
        for (const part of [String(n + 1), i.problem, i.owner, chineseDay(i.effectiveDeadline), days]) {
          const found = text.indexOf(part, at);
          assert.ok(found >= at, d + ': ' + part + ' not in order');
          at = found;
        }
      });
      for (const other of json.items.filter((i: Json) => i.department !== d))
        assert.ok(!text.includes(other.problem), d + ' lists ' + other.problem);
      // As of Wednesday 2026-11-25, 3 working days later is Monday 2026-11-30.
      assert.ok(text.includes('请于11月30日前将整改进展书面反馈督查科。'), d + ' reply date');
      assert.ok(text.endsWith('督查科二〇二六年十一月二十五日承办部门（签收）：签收日期：年月日'), d + ': ' + text.slice(-60));
    });
  });

  it('keeps a short 通知单 to one page', () => {
    assert.strictEqual(pdfInfo(formPdfs['办公室']).pages, 1);
  });

  it('lays every document out as GB/T 9704 asks, in the XML Word reads', () => {
    const files = [path.join(work, 'out', '督查通报.docx')].concat(
      urgentDepartments().map((d) => path.join(work, 'out', '督办通知单', d + '-督办通知单.docx')),
    );
    for (const file of files) {
      const parts = docxParts(file);
      const doc = parts['word/document.xml'];
      const name = path.basename(file);
      assert.strictEqual(attr(doc, 'w:pgSz', 'w:w'), '11906', name);
      assert.strictEqual(attr(doc, 'w:pgSz', 'w:h'), '16838', name);
      // 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm leaves 26 mm and 35 mm.
      assert.deepStrictEqual(
        ['w:top', 'w:left', 'w:right', 'w:bottom'].map((a) => attr(doc, 'w:pgMar', a)),
        ['2098', '1587', '1474', '1984'],
        name,
      );
      // 22 lines: 225 mm / 22 = 579 twips; 28 characters of 3号: 0.25 pt less than 16 pt each.
      assert.strictEqual(attr(doc, 'w:docGrid', 'w:type'), 'lines', name);
      assert.strictEqual(attr(doc, 'w:docGrid', 'w:linePitch'), '579', name);
      const bodyRuns = (doc.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*<w:sz w:val="32"\/>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g) || []).filter(
        (r) => !/<w:u /.test(r),
      );
      assert.ok(bodyRuns.length > 5 && bodyRuns.every((r) => r.includes('<w:spacing w:val="-5"/>')), name + ' 3号 runs set 28 to a line');
      assertFontsOnEveryRun(doc, name + ' document');
      assert.match(doc, /w:eastAsia="仿宋_GB2312"/);
      assert.match(doc, /w:eastAsia="方正小标宋简体"[^>]*\/><w:spacing w:val="-5"\/><w:sz w:val="44"\/>/);
      assert.match(doc, /w:eastAsia="黑体"/);
      assert.match(
        doc,
        /<w:ind w:right="1264"\/><w:jc w:val="right"\/>(?:(?!<\/w:p>)[\s\S])*二〇二六年十一月二十五日/,
        name + ' date 右空四字',
      );
      // The signature keeps with the last lines of the body: never a page of its own.
      const paragraphs = doc.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g) || [];
      const issuerAt = paragraphs.findIndex((p) => />督查科<\/w:t>/.test(p));
      assert.ok(issuerAt > 2, name);
      for (const p of paragraphs.slice(issuerAt - 2, issuerAt + 1)) assert.match(p, /<w:keepNext\/>/, name);
      const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
      assert.strictEqual(footers.length, 2, name + ' odd and even footers');
      for (const f of footers) {
        assertFontsOnEveryRun(parts[f], name + ' ' + f);
        assert.match(parts[f], /w:eastAsia="宋体"/);
        assert.match(parts[f], /<w:sz w:val="28"\/>/);
        assert.match(parts[f], /— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
      }
      assert.match(parts['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
      const fonts = parts['word/fontTable.xml'];
      assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"\/><w:charset w:val="86"\/>/);
      assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体,KaiTi"\/>/);
      assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋,STZhongsong,宋体"\/>/);
      assert.match(
        parts['word/styles.xml'],
        /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/,
      );
    }
  });
});

describe('merge: pictures of the notices for the README (the bundled examples)', function () {
  this.timeout(300000);

  it('renders the first page of the 通报 and of a 通知单 to test-output/notices/', () => {
    const work = tempDir('notice-pictures-');
    const r = runCli(
      [
        path.join(repoRoot(), 'examples', '第1周'),
        '--out',
        'r.xlsx',
        '--as-of',
        '2026-11-25',
        '--notice',
        '通报.docx',
        '--notices-dir',
        'f',
      ],
      work,
    );
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    fs.mkdirSync(PICTURES, { recursive: true });
    firstPagePng(docxToPdf(path.join(work, '通报.docx'), work), path.join(PICTURES, 'notice.png'));
    firstPagePng(docxToPdf(path.join(work, 'f', '办公室-督办通知单.docx'), work), path.join(PICTURES, 'notice-form.png'));
    for (const f of ['notice.png', 'notice-form.png']) assert.ok(fs.statSync(path.join(PICTURES, f)).size > 10000, f);
    fs.rmSync(work, { recursive: true, force: true });
  });
});
