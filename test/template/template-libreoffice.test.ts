// The template judged by a real spreadsheet engine: LibreOffice opens it headless, keeps its
// validation and conditional formats through a round trip, prints it on A4 landscape, and —
// with TODAY() pinned to a fixed day — computes the same light for every row as the core does.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD, formatDay, serialFromDay, todayDay, ymdOfDay } from '../../ledger/days';
import { statusChoices } from '../../ledger/excel-rules';
import { defaultSchema } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { convertWith } from '../libreoffice';
import { runCli, tempDir } from '../merge/cli-helpers';
import { repoRoot } from '../repo-root';
import { conditionalFormats, dataValidations, dxfFills, FillRow, fillLedger, makeTemplates, parts } from './fixtures';

const FIRST_ROW = 4;
const DAY = dayFromYMD(2026, 11, 25);
const schema = defaultSchema();
const W = schema.warnDays;

/** Every page's size in points, from pdfinfo. */
function pageSizes(pdf: string): string[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '1000', pdf], { encoding: 'utf8' });
  if (info.error) throw new Error('pdfinfo not found: apt-get install -y poppler-utils');
  return (info.stdout.match(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g) || []).map((l) => l.replace(/^.*size:\s+/, ''));
}

/** Status words a department may type, with notes and standing commitments. */
function statusWords(): string[] {
  const words: string[] = [];
  for (const s of schema.statuses) words.push(s.name, ...s.synonyms);
  words.push(...schema.extensionStatuses.requested, ...schema.extensionStatuses.granted);
  words.push(...schema.standingStatuses, '已完成（待验收）', '整改中（长期坚持）');
  return words;
}

/** Deadlines around DAY, the edges of the warning window included, standing words, and none. */
function deadlines(): (number | string)[] {
  const offsets = [-30, -1, 0, 1, W - 1, W, W + 1, 30];
  return (offsets.map((o) => serialFromDay(DAY + o)) as (number | string)[]).concat(['长期坚持', '常态化', '']);
}

describe('ledger template in LibreOffice', function () {
  this.timeout(300000);
  let work: string;
  let template: string;

  before(() => {
    work = tempDir('template-lo-');
    const r = makeTemplates(['--departments', '办公室', '--out-dir', '.', '--rows', '300'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    template = path.join(work, '办公室整改台账.xlsx');
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('opens it and saves it again with its validation, conditional formats, names and hidden sheet intact', () => {
    const ours = parts(template);
    const back = parts(convertWith(template, 'xlsx', { outDir: path.join(work, 'roundtrip') }));
    const key = (xml: string) => conditionalFormats(xml).map((f) => [f.sqref, f.formula]);
    assert.deepStrictEqual(key(back['xl/worksheets/sheet1.xml']), key(ours['xl/worksheets/sheet1.xml']));
    const fills = (p: typeof ours) =>
      conditionalFormats(p['xl/worksheets/sheet1.xml']).map((f) => dxfFills(p['xl/styles.xml'])[f.dxfId as number]);
    assert.deepStrictEqual(fills(back), fills(ours));
    const dv = (xml: string) => dataValidations(xml).map((v) => [v.sqref, v.type, v.formula1, /promptTitle="([^"]*)"/.exec(v.attrs)![1]]);
    assert.deepStrictEqual(dv(back['xl/worksheets/sheet1.xml']), dv(ours['xl/worksheets/sheet1.xml']));
    const lastWord = 1 + statusChoices(schema).length;
    assert.match(
      back['xl/workbook.xml'],
      new RegExp('<definedName [^>]*name="整改状态列表"[^>]*>\'?字典\'?!\\$D\\$2:\\$D\\$' + lastWord + '</definedName>'),
    );
    assert.match(back['xl/workbook.xml'], /<sheet name="字典" sheetId="3" state="hidden"/);
  });

  it('prints every page on A4 landscape', () => {
    const pdf = convertWith(template, 'pdf', { outDir: path.join(work, 'pdf') });
    const sizes = pageSizes(pdf);
    assert.ok(sizes.length >= 2, 'the ledger and 填表说明 print');
    for (const size of sizes) {
      const [w, h] = size.split(' x ').map(Number);
      assert.ok(Math.abs(w - 841.89) < 1 && Math.abs(h - 595.28) < 1, 'A4 landscape, got ' + size);
    }
  });

  it('computes each row’s light as the core does, for every status and deadlines around a fixed day', () => {
    const rows: FillRow[] = [];
    for (const status of statusWords()) {
      for (const deadline of deadlines()) {
        rows.push({ problem: '问题' + (rows.length + 1), measures: '措施', owner: '张三', deadline, status });
      }
    }
    // The template's light formulas, highest priority first, each with TODAY() pinned to DAY.
    const ours = parts(template);
    const fills = dxfFills(ours['xl/styles.xml']);
    const lights = conditionalFormats(ours['xl/worksheets/sheet1.xml']).filter((f) => f.sqref === 'A4:L1048576');
    const lightOf = (fill: string): Light => {
      for (const l of Object.keys(schema.colors) as Light[]) if (schema.colors[l].toUpperCase() === fill) return l;
      throw new Error('no light has fill ' + fill);
    };
    const order = lights.map((f) => lightOf(fills[f.dxfId as number]));
    // Green is two rules: standing commitments, then deadlines beyond the warning window.
    assert.deepStrictEqual(order, ['grey', 'blue', 'green', 'green', 'red', 'amber']);
    const { y, m, d } = ymdOfDay(DAY);
    const pinned = 'DATE(' + y + ',' + m + ',' + d + ')';
    const probes = lights.map((f) => ({
      formula: (row: number) => f.formula.replace(/TODAY\(\)/g, pinned).replace(/(\$[A-Z]+)4(?!\d)/g, '$1' + row),
    }));
    assert.ok(probes.every((h) => !/TODAY/.test(h.formula(5))));
    const filled = path.join(work, 'filled.xlsx');
    fs.writeFileSync(filled, fillLedger(fs.readFileSync(template), rows, FIRST_ROW, probes));

    const csv = convertWith(filled, 'csv:Text - txt - csv (StarCalc):44,34,76', { recalculate: true, outDir: path.join(work, 'csv') });
    const lines = fs.readFileSync(csv, 'utf8').split(/\r?\n/);
    const engine: (Light | null)[] = rows.map((_, i) => {
      const cells = lines[FIRST_ROW - 1 + i].split(',').slice(-probes.length);
      const first = cells.findIndex((c) => c === 'TRUE');
      assert.ok(
        cells.every((c) => c === 'TRUE' || c === 'FALSE'),
        'row ' + (FIRST_ROW + i) + ': ' + cells.join(','),
      );
      return first < 0 ? null : order[first];
    });

    const r = runCli([filled, '--out', 'r.xlsx', '--json', 'r.json', '--as-of', formatDay(DAY)], work);
    assert.ok(r.code === 0, r.stderr);
    const report = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8')) as {
      items: { light: Light | null; source: { row: number } }[];
    };
    const core: (Light | null)[] = rows.map(() => null);
    for (const item of report.items) core[item.source.row - FIRST_ROW] = item.light;
    assert.strictEqual(report.items.length, rows.length);

    const differ = rows
      .map((row, i) => ({ row: FIRST_ROW + i, status: row.status, deadline: row.deadline, engine: engine[i], core: core[i] }))
      .filter((x) => x.engine !== x.core);
    assert.deepStrictEqual(differ, []);
    for (const l of ['grey', 'blue', 'green', 'red', 'amber', null]) assert.ok(engine.indexOf(l as Light | null) >= 0, 'some row is ' + l);
    assert.ok(
      statusChoices(schema).every((w) => rows.some((row) => row.status === w)),
      'every dropdown word',
    );
  });

  it('renders a filled-in template for the README (LibreOffice → PDF → PNG)', () => {
    const today = todayDay();
    const rows: FillRow[] = [
      [
        '统筹谋划少',
        '年度工作计划未充分征求代表意见',
        '建立计划编制前征求代表意见机制',
        '李明',
        serialFromDay(today - 10),
        '整改中',
        '征求意见办法已起草',
      ],
      [
        '代表活动少',
        '代表联络站活动次数偏少',
        '每季度至少组织一次进站接待活动',
        '王芳',
        serialFromDay(today + 3),
        '整改中',
        '第三季度活动已安排',
      ],
      ['制度落实', '会议材料印发不及时', '会议材料提前三天印发', '张华', serialFromDay(today + 30), '未启动', ''],
      ['纪律作风', '公文办理时限意识不强', '建立公文办理督办台账，每周通报', '赵强', '长期坚持', '整改中', '督办台账已建立'],
      ['总结提升少', '调研成果转化不够', '形成调研成果转化清单', '刘洋', serialFromDay(today - 5), '已完成', '清单已印发'],
      [
        '工作本领',
        '业务培训覆盖面不足',
        '开展全员业务轮训',
        '陈静',
        serialFromDay(today - 20),
        '已销号',
        '已完成两期轮训',
        serialFromDay(today - 2),
      ],
    ].map(([category, problem, measures, owner, deadline, status, progress, closedOn], i) => ({
      id: i + 1,
      category,
      problem,
      measures,
      owner,
      deadline,
      status,
      progress,
      closedOn,
    })) as FillRow[];
    const example = path.join(work, 'example.xlsx');
    fs.writeFileSync(example, fillLedger(fs.readFileSync(template), rows, FIRST_ROW));
    const pdf = convertWith(example, 'pdf', { outDir: path.join(work, 'example-pdf') });
    const out = path.join(repoRoot(), 'test-output', 'template');
    fs.mkdirSync(out, { recursive: true });
    // The top of page 1: title, legend, header and the example rows.
    const crop = ['-x', '40', '-y', '70', '-W', '1200', '-H', '230'];
    const r = spawnSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', '-singlefile', ...crop, pdf, path.join(out, 'template')], {
      encoding: 'utf8',
    });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(fs.statSync(path.join(out, 'template.png')).size > 10000);
  });
});
