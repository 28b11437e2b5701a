// A template comes back filled in: the merge reads it with no data problems, recognises it by its
// stamp, and matches it to the department it was sent to — renamed, or saved by LibreOffice as
// .ods or .xls, too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD, serialFromDay } from '../../ledger/days';
import { convertWith } from '../libreoffice';
import { runCli, tempDir } from '../merge/cli-helpers';
import { writeWorkbook } from '../merge/fixtures';
import { FillRow, fillLedger, makeTemplates } from './fixtures';

const AS_OF = '2026-11-25';
const day = (m: number, d: number) => serialFromDay(dayFromYMD(2026, m, d));

const ROWS: FillRow[] = [
  {
    id: 1,
    category: '统筹谋划少',
    problem: '年度计划未征求代表意见',
    measures: '建立征求意见机制',
    owner: '李明',
    deadline: day(11, 10),
    status: '整改中',
  },
  {
    id: 2,
    category: '代表活动少',
    problem: '联络站活动偏少',
    measures: '每季度组织进站活动',
    department: '办公室',
    owner: '王芳',
    deadline: day(11, 28),
    status: '未启动',
  },
  {
    id: 3,
    category: '制度落实',
    problem: '会议材料印发不及时',
    measures: '提前三天印发',
    owner: '张华',
    deadline: '长期坚持',
    status: '持续推进',
  },
  {
    id: 4,
    category: '纪律作风',
    problem: '公文办理超时',
    measures: '建立督办台账',
    owner: '赵强',
    deadline: day(10, 31),
    status: '已完成',
    progress: '已建立',
  },
  {
    id: 5,
    category: '其他',
    problem: '培训覆盖面不足',
    measures: '开展全员轮训',
    owner: '陈静',
    deadline: day(9, 30),
    status: '已销号',
    closedOn: day(10, 15),
  },
];

interface Report {
  files: { file: string; template?: { id: string; department: string } }[];
  items: { department: string; source: { file: string } }[];
  problems: unknown[];
}

describe('ledger template returned and merged', function () {
  this.timeout(300000);
  let work: string;
  let id: string;

  function merge(inputs: string[]): { report: Report; stdout: string } {
    const r = runCli([...inputs, '--out', 'report.xlsx', '--json', 'report.json', '--as-of', AS_OF], work);
    assert.strictEqual(r.code, 0, r.stderr);
    return { report: JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8')) as Report, stdout: r.stdout };
  }

  before(() => {
    work = tempDir('template-merge-');
    const r = makeTemplates(['--out', '整改台账模板.xlsx', '--departments', '办公室', '--out-dir', 'sent'], work);
    assert.strictEqual(r.code, 0, r.stderr);
    id = (/办公室整改台账\.xlsx（模板编号 (ZGTZ-[0-9A-F]{12})/.exec(r.stdout) as RegExpExecArray)[1];
    fs.mkdirSync(path.join(work, 'back'));
    const sent = fs.readFileSync(path.join(work, 'sent', '办公室整改台账.xlsx'));
    fs.writeFileSync(path.join(work, 'back', '办公室整改台账.xlsx'), fillLedger(sent, ROWS, 4));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('merges a filled template with no data problem and reads back its id and department', () => {
    const { report, stdout } = merge(['back/办公室整改台账.xlsx']);
    assert.match(stdout, /发现数据问题 0 条；/, 'no problem and no notice');
    assert.deepStrictEqual(report.problems, []);
    assert.deepStrictEqual(
      report.files.map((f) => f.template),
      [{ id, department: '办公室' }],
    );
    assert.strictEqual(report.items.length, ROWS.length);
    assert.ok(report.items.every((i) => i.department === '办公室'));
  });

  it('still knows the department when the file comes back renamed', () => {
    fs.copyFileSync(path.join(work, 'back', '办公室整改台账.xlsx'), path.join(work, 'back', '台账（第二次报送）.xlsx'));
    const { report } = merge(['back/台账（第二次报送）.xlsx']);
    assert.deepStrictEqual(report.problems, []);
    assert.deepStrictEqual(report.files[0].template, { id, department: '办公室' });
    assert.ok(report.items.every((i) => i.department === '办公室'));
  });

  for (const format of ['ods', 'xls']) {
    it('reads the stamp of a copy LibreOffice saved as .' + format, () => {
      const copy = convertWith(path.join(work, 'back', '办公室整改台账.xlsx'), format, { outDir: path.join(work, format) });
      const { report } = merge([path.relative(work, copy)]);
      assert.deepStrictEqual(report.problems, []);
      assert.deepStrictEqual(report.files[0].template, { id, department: '办公室' });
      assert.strictEqual(report.items.length, ROWS.length);
    });
  }

  it('tells the template for all departments by its own id, the department then coming from the file name', () => {
    const general = fs.readFileSync(path.join(work, '整改台账模板.xlsx'));
    fs.writeFileSync(path.join(work, 'back', '研究室整改台账.xlsx'), fillLedger(general, ROWS.slice(0, 2), 4));
    const { report } = merge(['back/研究室整改台账.xlsx']);
    const stamp = report.files[0].template as { id: string; department: string };
    assert.match(stamp.id, /^ZGTZ-[0-9A-F]{12}$/);
    assert.notStrictEqual(stamp.id, id);
    assert.strictEqual(stamp.department, '');
    assert.deepStrictEqual(
      report.items.map((i) => i.department),
      ['研究室', '办公室'],
    );
  });

  it('names no template for a ledger that is not one, even with a sheet called 字典', () => {
    writeWorkbook(path.join(work, 'other', '法工委整改台账.xlsx'), [
      {
        name: '法工委',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['问题', '措施', '张三', '2026-12-31', '整改中'],
        ],
      },
      {
        name: '字典',
        rows: [
          ['模板编号', 'not-an-id'],
          ['填报部门', '办公室'],
        ],
      },
    ]);
    const { report } = merge(['other/法工委整改台账.xlsx']);
    assert.strictEqual(report.files[0].template, undefined);
    assert.strictEqual(report.items.length, 1);
  });
});
