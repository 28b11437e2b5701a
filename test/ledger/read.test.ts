import * as assert from 'assert';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { dayFromYMD, serialFromDay } from '../../ledger/days';
import { departmentFallback, departmentFromName, fileBaseName } from '../../ledger/department';
import { readLedger, ReadOptions, sectionCategory } from '../../ledger/read';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CellValue, Merge } from '../../ledger/types';
import { SheetSpec, viaXlsx } from '../via-xlsx';

const schema = compileSchema(defaultSchema());
const AS_OF = dayFromYMD(2023, 7, 15);

function opts(extra: Partial<ReadOptions> = {}): ReadOptions {
  return { schema, year: 2023, asOf: AS_OF, ...extra };
}

function merge(r1: number, c1: number, r2: number, c2: number): Merge {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function serial(y: number, m: number, d: number, date1904 = false): XLSX.CellObject {
  return { t: 'n', v: serialFromDay(dayFromYMD(y, m, d), date1904), z: 'yyyy-mm-dd' };
}

// A 研究室 ledger as departments really write them: a title naming the year, a
// 填报单位 line, a two-row merged header, section rows, a vertically merged
// 问题类别/问题描述/序号, a blank row, a header repeated after a page break, a 合计 row.
const N = null;
const LEDGER: SheetSpec = {
  name: '研究室',
  aoa: [
    ['2023年研究室“机关建设年”问题整改台账'],
    ['填报单位：研究室', N, N, N, N, N, N, N, N, '填报日期：2023年7月1日'],
    ['序号', '问题类别', '问题描述', '整改措施', '责任主体', N, '完成时限', '整改情况', N, '销号日期', '备注'],
    [N, N, N, N, '责任部门', '责任人', N, '整改进展', '整改状态', N, N],
    ['一、独立完成多、统筹谋划少'],
    [1, '统筹谋划少', '重点课题统筹不够', '制定年度调研计划', '研究室', '张三', serial(2023, 6, 30), '已印发', '已完成', N, N],
    [N, N, N, '建立课题协调机制', '研究室', '李四', '2023年9月底', N, '整改中', N, N],
    [],
    [2, N, '调研成果转化不足', '建立成果转化台账', N, '王五', '6月底前', N, '已销号', serial(2023, 6, 20), N],
    ['（二）工作本领方面'],
    [3, N, '业务学习不系统', '每月集中学习一次', '研究室', '赵六', '长期坚持', N, '持续推进', N, N],
    ['序号', '问题类别', '问题描述', '整改措施', '责任主体', N, '完成时限', '整改情况', N, '销号日期', '备注'],
    [N, N, N, N, '责任部门', '责任人', N, '整改进展', '整改状态', N, N],
    [4, '作风建设', '作风不够扎实', '开展作风整顿', '研究室', '孙七', '下月中旬', N, '推进中', N, N],
    ['合  计', N, N, N, N, N, N, N, N, N, '共4项'],
  ],
  merges: [
    merge(0, 0, 0, 10),
    merge(2, 0, 3, 0),
    merge(2, 1, 3, 1),
    merge(2, 2, 3, 2),
    merge(2, 3, 3, 3),
    merge(2, 4, 2, 5),
    merge(2, 6, 3, 6),
    merge(2, 7, 2, 8),
    merge(2, 9, 3, 9),
    merge(2, 10, 3, 10),
    merge(4, 0, 4, 10),
    merge(5, 0, 6, 0),
    merge(5, 1, 6, 1),
    merge(5, 2, 6, 2),
    merge(11, 0, 12, 0),
    merge(11, 4, 11, 5),
    merge(11, 7, 11, 8),
  ],
};

describe('readLedger @tz', () => {
  describe('a real xlsx ledger with title, two-row header, sections, merges, blanks, repeats and 合计', () => {
    const grid = viaXlsx([LEDGER])[0];
    // opts.year 2024 proves year-less deadlines take the title's 2023.
    const ledger = readLedger(grid, opts({ file: 'D:/台账/研究室.xlsx', year: 2024 }));

    it('finds the two-row header', () => {
      assert.ok(ledger.header);
      assert.strictEqual(ledger.header.row, 3);
      assert.strictEqual(ledger.header.lastRow, 4);
    });

    it('reads the items, skips non-items with a reason and ignores blank rows', () => {
      assert.deepStrictEqual(
        ledger.items.map((i) => i.row),
        [6, 7, 9, 11, 14],
      );
      assert.deepStrictEqual(ledger.skipped, [
        { row: 5, reason: 'section' },
        { row: 10, reason: 'section' },
        { row: 12, reason: 'repeated-header' },
        { row: 13, reason: 'repeated-header' },
        { row: 15, reason: 'total' },
      ]);
      assert.strictEqual(ledger.rowsRead, 10);
      assert.strictEqual(ledger.rowsRead, ledger.items.length + ledger.skipped.length);
    });

    it('applies vertically merged cells to every row they span', () => {
      const [a, b] = ledger.items;
      assert.strictEqual(b.text.problem, '重点课题统筹不够');
      assert.strictEqual(b.text.id, '1');
      assert.strictEqual(b.raw.id, 1);
      assert.strictEqual(b.category, '统筹谋划少');
      assert.strictEqual(a.text.measures, '制定年度调研计划');
      assert.strictEqual(b.text.measures, '建立课题协调机制');
    });

    it('takes the category from the cell, else from the section row above', () => {
      assert.deepStrictEqual(
        ledger.items.map((i) => i.category),
        ['统筹谋划少', '统筹谋划少', '统筹谋划少', '工作本领', '作风建设'],
      );
    });

    it('shows date serials as YYYY-MM-DD and keeps text dates as typed', () => {
      const [a, b, c] = ledger.items;
      assert.strictEqual(a.text.deadline, '2023-06-30');
      assert.strictEqual(a.raw.deadline, serialFromDay(dayFromYMD(2023, 6, 30)));
      assert.deepStrictEqual(a.deadline, { kind: 'date', day: dayFromYMD(2023, 6, 30) });
      assert.strictEqual(b.text.deadline, '2023年9月底');
      assert.deepStrictEqual(b.deadline, { kind: 'date', day: dayFromYMD(2023, 9, 30) });
      assert.strictEqual(c.text.deadline, '6月底前');
      assert.deepStrictEqual(c.deadline, { kind: 'date', day: dayFromYMD(2023, 6, 30) });
      assert.strictEqual(c.text.closedOn, '2023-06-20');
      assert.deepStrictEqual(c.closedOn, { kind: 'date', day: dayFromYMD(2023, 6, 20) });
    });

    it('normalises statuses and standing commitments', () => {
      assert.deepStrictEqual(
        ledger.items.map((i) => [i.status, i.standing]),
        [
          ['已完成', false],
          ['整改中', false],
          ['已销号', false],
          ['整改中', true],
          ['整改中', false],
        ],
      );
      assert.deepStrictEqual(ledger.items[3].deadline, { kind: 'ongoing' });
      assert.strictEqual(ledger.items[4].text.status, '推进中');
    });

    it('falls back to the sheet name for an empty 责任部门 cell', () => {
      assert.deepStrictEqual(
        ledger.items.map((i) => [i.department, i.departmentFrom]),
        [
          ['研究室', 'cell'],
          ['研究室', 'cell'],
          ['研究室', 'sheet'],
          ['研究室', 'cell'],
          ['研究室', 'cell'],
        ],
      );
      assert.strictEqual(ledger.items[2].text.department, '');
    });

    it('reports the data problems it found, with file, sheet, row and column', () => {
      assert.deepStrictEqual(
        ledger.findings.map((f) => [f.file, f.sheet, f.row, f.column, f.code, f.severity]),
        [
          ['D:/台账/研究室.xlsx', '研究室', 14, 'G', 'deadline-invalid', 'error'],
          ['D:/台账/研究室.xlsx', '研究室', 14, 'B', 'category-unknown', 'info'],
        ],
      );
      assert.strictEqual(ledger.items[4].text.deadline, '下月中旬');
    });
  });

  it('honours the 1904 date system of a real xlsx file', () => {
    const grid = viaXlsx(
      [
        {
          name: 'Sheet1',
          aoa: [
            ['问题描述', '整改措施', '责任人', '完成时限', '整改状态', '销号日期'],
            ['问题', '措施', '张三', serial(2023, 6, 30, true), '已销号', serial(2023, 7, 1, true)],
          ],
        },
      ],
      { date1904: true },
    )[0];
    assert.strictEqual(grid.date1904, true);
    const item = readLedger(grid, opts()).items[0];
    assert.strictEqual(item.text.deadline, '2023-06-30');
    assert.deepStrictEqual(item.deadline, { kind: 'date', day: dayFromYMD(2023, 6, 30) });
    assert.strictEqual(item.text.closedOn, '2023-07-01');
  });

  it('reads Date cells (hosts that deliver them) as their calendar day', () => {
    const item = readLedger(
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['问题', '措施', '张三', new Date(2023, 5, 30), '整改中'],
        ],
      },
      opts(),
    ).items[0];
    assert.strictEqual(item.text.deadline, '2023-06-30');
    assert.deepStrictEqual(item.deadline, { kind: 'date', day: dayFromYMD(2023, 5 + 1, 30) });
  });

  it('uses opts.year for year-less deadlines when no title names a year', () => {
    const item = readLedger(
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['问题', '措施', '张三', '年底前', '整改中'],
        ],
      },
      opts({ year: 2024 }),
    ).items[0];
    assert.deepStrictEqual(item.deadline, { kind: 'date', day: dayFromYMD(2024, 12, 31) });
  });

  it('reads the 完成情况 column as status when it holds statuses, in a real xlsx file', () => {
    const grid = viaXlsx([
      {
        name: '机关党委',
        aoa: [
          ['问题描述', '整改措施', '责任人', '完成时限', '完成情况', '备注'],
          ['问题一', '措施一', '张三', '2023-06-30', '已完成', N],
          ['问题二', '措施二', '李四', '2023-08-31', '进行中', N],
        ],
      },
    ])[0];
    const ledger = readLedger(grid, opts());
    assert.ok(ledger.header);
    assert.strictEqual(ledger.header.columns.status, 4);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.status),
      ['已完成', '整改中'],
    );
    assert.deepStrictEqual(ledger.findings, []);
  });
});

describe('readLedger: sheets that are not ledgers, and odd rows', () => {
  it('returns header null and nothing else for an instruction sheet in a real xlsx file', () => {
    const [guide, sheet] = viaXlsx([
      { name: '填表说明', aoa: [['填表说明'], ['1. 问题描述、整改措施、责任人、完成时限为必填项。'], ['2. 整改状态从下拉列表中选择。']] },
      {
        name: '办公室',
        aoa: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['问题', '措施', '张三', '2023-06-30', '整改中'],
        ],
      },
    ]);
    assert.deepStrictEqual(readLedger(guide, opts()), {
      sheet: '填表说明',
      header: null,
      items: [],
      findings: [],
      skipped: [],
      rowsRead: 0,
    });
    assert.strictEqual(readLedger(sheet, opts()).items.length, 1);
  });

  it('keeps a numbered row with only a problem as an item (an incomplete item is never a section)', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          [1, '统筹谋划少的问题'],
          [2, '会议过多'],
        ],
      },
      opts(),
    );
    assert.deepStrictEqual(
      ledger.items.map((i) => i.text.problem),
      ['统筹谋划少的问题', '会议过多'],
    );
    assert.deepStrictEqual(ledger.skipped, []);
    assert.ok(ledger.findings.some((f) => f.row === 3 && f.code === 'required-empty' && f.key === 'measures'));
  });

  it('skips a column-numbering row under the header and sign-off lines under the table', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          [1, 2, 3, 4, 5, 6],
          [1, '会议过多', '精简会议', '张三', '2023-06-30', '整改中'],
          ['填表人：李四', N, N, '审核人：王五', '联系电话：12345678'],
          ['注：完成时限按年月日填写。'],
        ],
      },
      opts(),
    );
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [3],
    );
    assert.deepStrictEqual(ledger.skipped, [
      { row: 2, reason: 'numbering' },
      { row: 4, reason: 'footer' },
      { row: 5, reason: 'footer' },
    ]);
    assert.strictEqual(ledger.rowsRead, 4);
  });

  it('keeps an item whose cells happen to be numbers, and a problem that starts like a footer', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          [1, 2],
          [2, '注：会议纪要不规范', '规范纪要', '张三', '2023-06-30', '整改中'],
        ],
      },
      opts(),
    );
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [2, 3],
    );
  });

  it('takes section labels in one or two cells and strips their ordinals', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['（一）', '工作本领方面'],
          [1, '问题一', '措施', '张三', '2023-06-30', '整改中'],
          [N, '三、其他方面的问题'],
          [2, '问题二', '措施', '张三', '2023-06-30', '整改中'],
          ['第四部分：作风建设方面'],
          [3, '问题三', '措施', '张三', '2023-06-30', '整改中'],
          ['精神状态'],
          [4, '问题四', '措施', '张三', '2023-06-30', '整改中'],
          ['五', '纪律方面'],
          [5, '问题五', '措施', '张三', '2023-06-30', '整改中'],
        ],
      },
      opts(),
    );
    assert.deepStrictEqual(
      ledger.items.map((i) => i.category),
      ['工作本领', '其他', '作风建设方面', '精神状态', '纪律方面'],
    );
    assert.deepStrictEqual(
      ledger.skipped.map((s) => s.reason),
      ['section', 'section', 'section', 'section', 'section'],
    );
  });

  it('does not spread a header cell merged down into the data rows', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['问题描述', '整改措施', '责任人', '完成时限', '整改状态', '备注'],
          ['问题', '措施', '张三', '2023-06-30', '整改中', N],
        ],
        merges: [merge(0, 5, 1, 5)],
      },
      opts(),
    );
    assert.deepStrictEqual(
      ledger.items.map((i) => i.text.notes),
      [''],
    );
  });

  it('skips 合计/总计/小计 rows only when they carry no problem or measures', () => {
    const ledger = readLedger(
      {
        name: '办公室',
        rows: [
          ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
          ['小计', N, N, N, N, 2],
          ['总计：', N, N, N, N, 2],
          [1, '合计项目多', '合计', '张三', '2023-06-30', '整改中'],
        ],
      },
      opts(),
    );
    assert.deepStrictEqual(ledger.skipped, [
      { row: 2, reason: 'total' },
      { row: 3, reason: 'total' },
    ]);
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [4],
    );
  });

  it('handles sparse rows and a used range not starting at A1', () => {
    const rows: CellValue[][] = [];
    rows[0] = ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'];
    rows[3] = ['问题', '措施', '张三', '2023-06-30', '整改中'];
    rows[5] = [];
    rows[5][4] = '已完成';
    const ledger = readLedger({ name: '办公室', rows, firstRow: 9, firstCol: 3 }, opts());
    assert.deepStrictEqual(
      ledger.items.map((i) => i.row),
      [13, 15],
    );
    assert.strictEqual(ledger.header && ledger.header.row, 10);
    assert.ok(ledger.findings.some((f) => f.row === 15 && f.column === 'D' && f.key === 'problem'));
  });

  it('reads 100,000 rows fast', () => {
    const rows: CellValue[][] = [
      ['序号', '问题类别', '问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改进展', '整改状态', '销号日期', '备注'],
    ];
    const deadlines: CellValue[] = [45107, '2023年6月30日', '长期坚持', '6月底前'];
    const statuses = ['整改中', '已完成', '未启动', '已销号'];
    for (let i = 1; i <= 100000; i++) {
      rows.push([
        i,
        '统筹谋划少',
        '问题描述' + i,
        '整改措施' + i,
        '办公室',
        '张三',
        deadlines[i % 4],
        '正在推进',
        statuses[i % 4],
        i % 4 === 3 ? 45100 : N,
        N,
      ]);
    }
    // CPU time, not wall time: a busy machine must not fail the test, a slow algorithm must.
    const start = process.cpuUsage();
    const ledger = readLedger({ name: '办公室', rows }, opts());
    const used = process.cpuUsage(start);
    const ms = Math.round((used.user + used.system) / 1000);
    assert.strictEqual(ledger.items.length, 100000);
    // About 0.3-0.6 s of CPU here, cold; the bound leaves room for slower CI machines.
    assert.ok(ms < 1500, 'readLedger took ' + ms + ' ms of CPU for 100,000 rows');
  });

  it('every non-blank row below the header is an item or a skipped row (property)', () => {
    const kinds = ['item', 'blank', 'total', 'section', 'header', 'partial'] as const;
    const header = ['序号', '问题描述', '整改措施', '责任人', '完成时限', '整改状态'];
    const rowOf = (kind: (typeof kinds)[number], i: number): CellValue[] => {
      switch (kind) {
        case 'item':
          return [i, '问题' + i, '措施', '张三', '2023-06-30', '整改中'];
        case 'blank':
          return i % 2 ? [] : [N, '  ', N];
        case 'total':
          return ['合计', N, N, N, N, i];
        case 'section':
          return ['一、统筹谋划少'];
        case 'header':
          return header.slice();
        case 'partial':
          return [N, N, N, '李四'];
      }
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds), { maxLength: 40 }), (list) => {
        const rows: CellValue[][] = [['标题'], header];
        for (let i = 0; i < list.length; i++) rows.push(rowOf(list[i], i));
        const ledger = readLedger({ name: '办公室', rows }, opts());
        const nonBlank = list.filter((k) => k !== 'blank').length;
        assert.strictEqual(ledger.rowsRead, nonBlank);
        assert.strictEqual(ledger.items.length + ledger.skipped.length, nonBlank);
        assert.strictEqual(ledger.items.length, list.filter((k) => k === 'item' || k === 'partial').length);
      }),
    );
  });
});

describe('department fallback', () => {
  it('uses the 责任部门 cell, then the sheet name, then the file name', () => {
    const rows: CellValue[][] = [
      ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'],
      ['问题', '措施', '办公室', '张三', '2023-06-30', '整改中'],
      ['问题', '措施', N, '张三', '2023-06-30', '整改中'],
    ];
    const bySheet = readLedger({ name: '研究室台账', rows }, opts({ file: 'x/整改台账.xlsx' }));
    assert.deepStrictEqual(
      bySheet.items.map((i) => [i.department, i.departmentFrom]),
      [
        ['办公室', 'cell'],
        ['研究室', 'sheet'],
      ],
    );
    const byFile = readLedger({ name: 'Sheet1', rows }, opts({ file: 'C:\\台账\\2023年代表工作室问题整改台账（1）.xlsx' }));
    assert.deepStrictEqual(byFile.items[1].department, '代表工作室');
    assert.deepStrictEqual(byFile.items[1].departmentFrom, 'file');
    const none = readLedger({ name: '台账', rows }, opts({ file: '整改台账.xlsx' }));
    assert.deepStrictEqual([none.items[1].department, none.items[1].departmentFrom], ['', 'none']);
    assert.ok(none.findings.some((f) => f.row === 3 && f.code === 'required-empty' && f.key === 'department' && f.column === 'C'));
    assert.ok(!bySheet.findings.some((f) => f.key === 'department'));
  });

  it('treats default and generic sheet names as no department', () => {
    for (const name of [
      'Sheet1',
      'sheet 2',
      'Sheet',
      '工作表1',
      '台账',
      '整改台账',
      '问题整改台账',
      '问题清单',
      '汇总',
      '总表',
      '2023年整改台账',
      '表1',
      '新建 Microsoft Excel 工作表',
    ]) {
      assert.strictEqual(departmentFromName(name), '', name);
    }
  });

  it('strips years, brackets, quotes and generic words from names', () => {
    const cases: [string, string][] = [
      ['办公室', '办公室'],
      ['2023年办公室问题整改台账', '办公室'],
      ['2023年度 研究室 整改台账（1）', '研究室'],
      ['代表工作室-台账', '代表工作室'],
      ['机关党委“机关建设年”问题整改台账', '机关党委'],
      ['财经工委问题清单_20230715', '财经工委'],
      ['法制工委整改台账 - 副本', '法制工委'],
    ];
    for (const [name, want] of cases) assert.strictEqual(departmentFromName(name), want, name);
  });

  it('takes the file name without folder and extension', () => {
    assert.strictEqual(fileBaseName('C:\\台账\\办公室.xlsx'), '办公室');
    assert.strictEqual(fileBaseName('/data/2023/研究室.整改台账.xls'), '研究室.整改台账');
    assert.strictEqual(fileBaseName('办公室'), '办公室');
    assert.deepStrictEqual(departmentFallback('Sheet1', '/data/2023/研究室.整改台账.xls'), { department: '研究室', from: 'file' });
    assert.deepStrictEqual(departmentFallback('Sheet1'), { department: '', from: 'none' });
  });

  it('names the category a section label sets', () => {
    assert.strictEqual(sectionCategory('一、独立完成多、统筹谋划少', schema.categories), '统筹谋划少');
    assert.strictEqual(sectionCategory('（二）工作本领方面', schema.categories), '工作本领');
    assert.strictEqual(sectionCategory('3. 作风建设方面', schema.categories), '作风建设方面');
  });
});
