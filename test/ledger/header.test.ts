import * as assert from 'assert';
import { detectHeader, HEADER_SCAN_ROWS } from '../../ledger/header';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CellValue, Merge, SheetGrid } from '../../ledger/types';
import { viaXlsx } from '../via-xlsx';

const schema = compileSchema(defaultSchema());

function grid(rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: '办公室', rows, ...extra };
}

function merge(r1: number, c1: number, r2: number, c2: number): Merge {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

const STANDARD = [
  '序号',
  '问题类别',
  '问题描述',
  '整改措施',
  '责任部门',
  '责任人',
  '责任领导',
  '完成时限',
  '整改进展',
  '整改状态',
  '销号日期',
  '备注',
];

describe('detectHeader', () => {
  it('maps a standard one-row header in row 1', () => {
    const h = detectHeader(
      grid([STANDARD, [1, '其他', '问题', '措施', '办公室', '张三', '李四', '2023-06-30', '', '整改中', '', '']]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 1);
    assert.strictEqual(h.lastRow, 1);
    assert.deepStrictEqual(h.columns, {
      id: 0,
      category: 1,
      problem: 2,
      measures: 3,
      department: 4,
      owner: 5,
      leader: 6,
      deadline: 7,
      progress: 8,
      status: 9,
      closedOn: 10,
      notes: 11,
    });
    assert.strictEqual(h.headers.deadline, '完成时限');
  });

  it('skips title and 填报单位 rows above the header', () => {
    const h = detectHeader(
      grid([
        ['研究室“机关建设年”问题整改台账'],
        [],
        ['填报单位：研究室', null, null, '填报日期：2023年7月1日'],
        ['序号', '存在问题', '具体措施', '责任人', '完成时限', '状态'],
        [1, '调研不深入', '制定调研计划', '王五', '2023年6月底', '整改中'],
      ]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 4);
    assert.deepStrictEqual(h.columns, { id: 0, problem: 1, measures: 2, owner: 3, deadline: 4, status: 5 });
    assert.deepStrictEqual(h.headers, {
      id: '序号',
      problem: '存在问题',
      measures: '具体措施',
      owner: '责任人',
      deadline: '完成时限',
      status: '状态',
    });
  });

  it('adds the used range offset: 1-based sheet rows, 0-based sheet columns', () => {
    const h = detectHeader(grid([['问题描述', '整改措施', '责任人', '完成时限']], { firstRow: 4, firstCol: 2 }), schema);
    assert.ok(h);
    assert.strictEqual(h.row, 5);
    assert.deepStrictEqual(h.columns, { problem: 2, measures: 3, owner: 4, deadline: 5 });
  });

  it('matches headers with spaces, line breaks, markers, notes and longer wording', () => {
    const h = detectHeader(
      grid([['序 号', '*问题\n描述', '具体整改措施', '※责任人', '完成时限（年月日）', '整改进展情况', '当前状态：', '责任部门(单位)']]),
      schema,
    );
    assert.ok(h);
    assert.deepStrictEqual(h.columns, { id: 0, problem: 1, measures: 2, owner: 3, deadline: 4, progress: 5, status: 6, department: 7 });
    assert.strictEqual(h.headers.problem, '*问题描述');
    assert.strictEqual(h.headers.deadline, '完成时限（年月日）');
  });

  it('gives two-character words less room when matching longer headers', () => {
    const h = detectHeader(grid([['问题描述及原因分析', '整改措施', '责任人', '完成时限', '工作状态评价意见', '办理进度']]), schema);
    assert.ok(h);
    assert.strictEqual(h.columns.problem, 0);
    assert.strictEqual(h.columns.status, 5);
    assert.strictEqual(h.headers.status, '办理进度');
  });

  it('tells 完成时间 (deadline) from 完成日期 and 实际完成时间 (销号日期)', () => {
    const a = detectHeader(grid([['问题描述', '整改措施', '责任人', '完成时间', '整改状态', '完成日期']]), schema);
    assert.ok(a);
    assert.strictEqual(a.columns.deadline, 3);
    assert.strictEqual(a.columns.closedOn, 5);
    const b = detectHeader(grid([['问题描述', '整改措施', '责任人', '计划完成时间', '整改状态', '实际完成时间']]), schema);
    assert.ok(b);
    assert.strictEqual(b.columns.deadline, 3);
    assert.strictEqual(b.columns.closedOn, 5);
  });

  it('does not match long text that merely contains a header word', () => {
    const h = detectHeader(
      grid([
        ['关于报送问题清单和整改措施的通知', '整改措施要具体可行', '责任人要落实到个人', '完成时限不得晚于年底'],
        ['问题描述', '整改措施', '责任人', '完成时限'],
      ]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 2);
  });

  it('reads a two-row header whose group cells are merged across and the others down', () => {
    const rows: CellValue[][] = [
      ['代表工作室问题整改台账'],
      ['序号', '问题描述', '整改措施', '责任主体', null, '完成时限', '整改情况', null, '备注'],
      [null, null, null, '责任部门', '责任人', null, '整改进展', '整改状态', null],
      [1, '问题', '措施', '代表工作室', '赵六', '2023-09-30', '已召开座谈会', '整改中', ''],
    ];
    const merges = [
      merge(0, 0, 0, 8),
      merge(1, 0, 2, 0),
      merge(1, 1, 2, 1),
      merge(1, 2, 2, 2),
      merge(1, 3, 1, 4),
      merge(1, 5, 2, 5),
      merge(1, 6, 1, 7),
      merge(1, 8, 2, 8),
    ];
    const h = detectHeader(grid(rows, { merges }), schema);
    assert.ok(h);
    assert.strictEqual(h.row, 2);
    assert.strictEqual(h.lastRow, 3);
    assert.deepStrictEqual(h.columns, {
      id: 0,
      problem: 1,
      measures: 2,
      department: 3,
      owner: 4,
      deadline: 5,
      progress: 6,
      status: 7,
      notes: 8,
    });
    assert.strictEqual(h.headers.status, '整改状态');
  });

  it('reads a two-row header without merges (group label over its first column only)', () => {
    const h = detectHeader(
      grid([
        ['序号', '问题描述', '整改措施', '责任主体', null, '完成时限', '整改情况', null],
        [null, null, null, '责任部门', '责任人', null, '整改进展', '整改状态'],
        [1, '问题', '措施', '办公室', '张三', '2023-09-30', '已完成初稿', '整改中'],
      ]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 1);
    assert.strictEqual(h.lastRow, 2);
    assert.deepStrictEqual(h.columns, { id: 0, problem: 1, measures: 2, department: 3, owner: 4, deadline: 5, progress: 6, status: 7 });
  });

  it('does not read a merged title row and a one-row header as a two-row header', () => {
    const h = detectHeader(
      grid([['办公室问题清单'], ['问题描述', '整改措施', '责任人', '完成时限', '状态'], ['问题', '措施', '张三', '2023-06-30', '整改中']], {
        merges: [merge(0, 0, 0, 4)],
      }),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 2);
    assert.strictEqual(h.lastRow, 2);
  });

  it('does not take the first data row as a second header row', () => {
    const h = detectHeader(
      grid([
        ['问题类别', '问题描述', '整改措施', '责任人', '完成时限', '备注'],
        ['精神状态', '工作状态不佳', '开展谈心谈话', '张三', '2023-06-30', null],
      ]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.lastRow, 1);
    assert.strictEqual(h.columns.category, 0);
    assert.strictEqual(h.columns.status, undefined);
  });

  describe('完成情况: status or progress, decided by the values below', () => {
    const header = ['问题描述', '整改措施', '责任人', '完成时限', '完成情况'];

    it('is the status column when its values are statuses', () => {
      const h = detectHeader(
        grid([
          header,
          ['a', 'b', '张三', '2023-06-30', '已完成'],
          ['c', 'd', '李四', '2023-07-30', '整改中'],
          ['e', 'f', '王五', '长期坚持', '持续推进'],
        ]),
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.status, 4);
      assert.strictEqual(h.columns.progress, undefined);
      assert.strictEqual(h.headers.status, '完成情况');
    });

    it('is the progress column when its values are narrative', () => {
      const h = detectHeader(
        grid([header, ['a', 'b', '张三', '2023-06-30', '已修订制度两项'], ['c', 'd', '李四', '2023-07-30', '正在征求意见']]),
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.progress, 4);
      assert.strictEqual(h.columns.status, undefined);
    });

    it('beats a 进度 column holding percentages, which becomes progress', () => {
      const h = detectHeader(
        grid([
          ['问题描述', '整改措施', '责任人', '完成时限', '进度', '完成情况'],
          ['a', 'b', '张三', '2023-06-30', '80%', '整改中'],
          ['c', 'd', '李四', '2023-07-30', '100%', '已完成'],
        ]),
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.status, 5);
      assert.strictEqual(h.columns.progress, 4);
    });

    it('is the status column next to a 整改进展 column when there is no other status column', () => {
      const h = detectHeader(
        grid([
          ['问题描述', '整改措施', '责任人', '完成时限', '整改进展', '完成情况'],
          ['a', 'b', '张三', '2023-06-30', '已修订制度两项', '已完成'],
          ['c', 'd', '李四', '2023-07-30', '正在征求意见', '未开始'],
        ]),
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.progress, 4);
      assert.strictEqual(h.columns.status, 5);
    });

    it('leaves a real status column alone', () => {
      const h = detectHeader(
        grid([
          ['问题描述', '整改措施', '责任人', '完成时限', '完成情况', '整改状态'],
          ['a', 'b', '张三', '2023-06-30', '已完成', '已完成'],
        ]),
        schema,
      );
      assert.ok(h);
      assert.strictEqual(h.columns.status, 5);
      assert.strictEqual(h.columns.progress, 4);
    });
  });

  it('returns null for an instruction sheet (填表说明)', () => {
    const h = detectHeader(
      {
        name: '填表说明',
        rows: [
          ['填表说明'],
          ['1. 问题描述：写明问题的具体表现。'],
          ['2. 整改措施：措施要具体、可操作。'],
          ['3. 完成时限：填写具体日期，长期事项填“长期坚持”。'],
          ['4. 整改状态：从下拉列表中选择。'],
        ],
      },
      schema,
    );
    assert.strictEqual(h, null);
  });

  it('needs 问题描述 and two other required columns', () => {
    assert.strictEqual(detectHeader(grid([['问题描述', '整改措施', '备注', '序号', '责任领导']]), schema), null);
    assert.strictEqual(detectHeader(grid([['序号', '整改措施', '责任人', '完成时限', '整改状态']]), schema), null);
    assert.ok(detectHeader(grid([['问题描述', '整改措施', '责任人']]), schema));
  });

  it('prefers the row with more required columns over one with more optional ones', () => {
    const h = detectHeader(
      grid([
        ['问题描述', '整改措施', '责任人', '序号', '类别', '备注', '说明', '责任领导', '整改进展'],
        ['问题描述', '整改措施', '责任人', '完成时限', '整改状态'],
      ]),
      schema,
    );
    assert.ok(h);
    assert.strictEqual(h.row, 2);
  });

  it('looks for the header within the first HEADER_SCAN_ROWS rows only', () => {
    const pad = (n: number): CellValue[][] => {
      const rows: CellValue[][] = [];
      for (let i = 0; i < n; i++) rows.push(['说明文字' + i]);
      return rows;
    };
    const header = ['问题描述', '整改措施', '责任人', '完成时限'];
    const found = detectHeader(grid(pad(HEADER_SCAN_ROWS - 1).concat([header])), schema);
    assert.ok(found);
    assert.strictEqual(found.row, HEADER_SCAN_ROWS);
    assert.strictEqual(detectHeader(grid(pad(HEADER_SCAN_ROWS).concat([header])), schema), null);
  });

  it('returns null for an empty sheet', () => {
    assert.strictEqual(detectHeader(grid([]), schema), null);
  });

  it('uses synonyms added to the schema', () => {
    const custom = defaultSchema();
    custom.columns[2].synonyms.push('查摆问题');
    assert.strictEqual(detectHeader(grid([['查摆问题', '整改措施', '责任人', '完成时限']]), schema), null);
    const h = detectHeader(grid([['查摆问题', '整改措施', '责任人', '完成时限']]), compileSchema(custom));
    assert.ok(h);
    assert.strictEqual(h.columns.problem, 0);
  });

  describe('in real xlsx files', () => {
    it('finds a two-row merged header below a merged title, from a used range not at A1', () => {
      const [g] = viaXlsx([
        {
          name: '办公室',
          aoa: [
            ['2023年办公室问题整改台账'],
            ['填报单位：办公室', null, null, null, null, '填报日期：2023年7月1日'],
            ['序号', '问题描述', '整改措施', '责任主体', null, '完成时限', '整改情况', null],
            [null, null, null, '责任部门', '责任人', null, '整改进展', '整改状态'],
            [1, '问题', '措施', '办公室', '张三', 45107, '已起草', '整改中'],
          ],
          merges: [
            merge(0, 0, 0, 7),
            merge(2, 0, 3, 0),
            merge(2, 1, 3, 1),
            merge(2, 2, 3, 2),
            merge(2, 3, 2, 4),
            merge(2, 5, 3, 5),
            merge(2, 6, 2, 7),
          ],
          origin: 'B3',
        },
      ]);
      // The merge reads from A1: the rows above the table and the column left of it are blank.
      const blank = (v: CellValue): boolean => v === null || v === undefined;
      assert.ok(g.rows[0].every(blank) && g.rows[1].every(blank));
      assert.ok(g.rows.every((row) => blank(row[0])));
      const h = detectHeader(g, schema);
      assert.ok(h);
      assert.strictEqual(h.row, 5);
      assert.strictEqual(h.lastRow, 6);
      assert.deepStrictEqual(h.columns, { id: 1, problem: 2, measures: 3, department: 4, owner: 5, deadline: 6, progress: 7, status: 8 });
    });

    it('recognises an instruction sheet written to xlsx as no ledger', () => {
      const [g] = viaXlsx([
        { name: '填表说明', aoa: [['填表说明'], ['问题描述、整改措施、责任人、完成时限为必填项。'], ['整改状态请从下拉列表选择。']] },
      ]);
      assert.strictEqual(detectHeader(g, schema), null);
    });
  });
});
