// The in-memory Excel host keeps Office.js's rules; these tests pin those rules down.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ExcelHost, HostOptions, createExcelHost } from './excel-host';
import { formulaProblem } from './excel-host/formula-syntax';
import { repoRoot } from './repo-root';

type Ctx = Excel.RequestContext;

function ledgerHost(extra: Partial<HostOptions> = {}): ExcelHost {
  return createExcelHost({
    sheets: [
      {
        name: '台账',
        values: [
          ['某部门整改台账', null, null],
          ['序号', '问题描述', '完成时限'],
          [1, '问题一', 45107],
          [2, '问题二', '长期坚持'],
        ],
        numberFormats: [[], [], ['General', 'General', 'yyyy-mm-dd']],
        merges: ['A1:C1'],
      },
      { name: '填表说明', values: [['说明']] },
      { name: '空表', values: [] },
    ],
    ...extra,
  });
}

function run<T>(host: ExcelHost, batch: (ctx: Ctx) => Promise<T>): Promise<T> {
  return host.Excel.run(batch);
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: { code?: string; message?: string }) => {
    assert.strictEqual(e.code, code, 'expected ' + code + ', got ' + e.code + ': ' + e.message);
    return true;
  });
}

/** Queues a batch and syncs it once; that sync must reject with code. */
function syncRejects(host: ExcelHost, queue: (ctx: Ctx) => void, code: string): Promise<void> {
  return rejectsWith(
    run(host, async (ctx) => {
      queue(ctx);
      await ctx.sync();
    }),
    code,
  );
}

function throwsWith(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: { code?: string }) => e.code === code);
}

describe('excel-host: load and sync', () => {
  it('throws PropertyNotLoaded for an unloaded property, and before the sync of a load', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('台账').getRange('A2:C3');
      throwsWith(() => range.values, 'PropertyNotLoaded');
      range.load('values');
      throwsWith(() => range.values, 'PropertyNotLoaded');
      await ctx.sync();
      assert.deepStrictEqual(range.values, [
        ['序号', '问题描述', '完成时限'],
        [1, '问题一', 45107],
      ]);
      throwsWith(() => range.address, 'PropertyNotLoaded');
    });
  });

  it('reads empty cells as empty strings and loads every spec form', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      const a = sheet.getRange('A1:C1').load(['values', 'address']);
      const b = sheet.getRange('C3').load({ select: 'text,numberFormat' });
      const c = sheet.getRange('B2').load({ rowIndex: true, columnIndex: true, format: { font: { bold: true } } });
      const d = sheet.getRange('A1:B2').load();
      await ctx.sync();
      assert.deepStrictEqual(a.values, [['某部门整改台账', '', '']]);
      assert.strictEqual(a.address, '台账!A1:C1');
      assert.deepStrictEqual(b.text, [['2023-06-30']]);
      assert.deepStrictEqual(b.numberFormat, [['yyyy-mm-dd']]);
      assert.strictEqual(c.rowIndex, 1);
      assert.strictEqual(c.columnIndex, 1);
      assert.strictEqual(c.format.font.bold, false);
      assert.strictEqual(d.rowCount, 2);
      assert.strictEqual(d.columnCount, 2);
    });
  });

  it('lets a set value be read back at once, and navigation properties without load', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('台账').getRange('E1');
      range.values = [['新值']];
      assert.deepStrictEqual(range.values, [['新值']]);
      const font = range.format.font;
      assert.ok(font === range.format.font, 'navigation properties are the same proxy each time');
      throwsWith(() => font.color, 'PropertyNotLoaded');
      assert.strictEqual(host.values('台账')[0][4], undefined, 'nothing reaches the workbook before sync');
      await ctx.sync();
      assert.strictEqual(host.values('台账')[0][4], '新值');
    });
  });

  it('loads collections: items, nested paths and the items/name shorthand', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      throwsWith(() => sheets.items, 'PropertyNotLoaded');
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      assert.deepStrictEqual(
        sheets.items.map((s) => s.name),
        ['台账', '填表说明', '空表'],
      );
      assert.deepStrictEqual(
        sheets.items.map((s) => s.visibility),
        ['Visible', 'Visible', 'Visible'],
      );
      throwsWith(() => sheets.items[0].position, 'PropertyNotLoaded');
      const again = ctx.workbook.worksheets;
      again.load('position');
      await ctx.sync();
      assert.deepStrictEqual(
        again.items.map((s) => s.position),
        [0, 1, 2],
      );
    });
  });

  it('rejects loading a property Office does not have', async () => {
    const host = ledgerHost();
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('台账').getRange('A1').load('colour');
      },
      'InvalidArgument',
    );
  });
});

describe('excel-host: counting round trips', () => {
  it('counts syncs, queued operations and the largest batch', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet(); // 1
      const used = sheet.getUsedRange(); // 2
      used.load('values'); // 3
      await ctx.sync();
      sheet.getRange('E1').values = [['x']]; // getRange + set = 2
      sheet.getRange('E2').format.font.bold = true; // 2 (navigation is free)
      await ctx.sync();
    });
    assert.deepStrictEqual(host.counters, { syncs: 2, queuedOps: 7, maxOpsPerSync: 4 });
    host.resetCounters();
    assert.deepStrictEqual(host.counters, { syncs: 0, queuedOps: 0, maxOpsPerSync: 0 });
  });

  it('syncs what a batch leaves queued when Excel.run ends', async () => {
    const host = ledgerHost();
    const result = await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('D1').values = [['尾']];
      return 'done';
    });
    assert.strictEqual(result, 'done');
    assert.strictEqual(host.counters.syncs, 1);
    assert.strictEqual(host.values('台账')[0][3], '尾');
  });

  it('runs Excel.run(object, batch) in the request context of the object’s batch, where its loads still hold', async () => {
    const host = ledgerHost();
    const range = await run(host, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('台账').getRange('B3').load('values');
      await ctx.sync();
      return r;
    });
    const again = await host.Excel.run(range, async (ctx) => {
      assert.strictEqual(ctx, range.context);
      range.values = [[range.values[0][0] + '（改）']];
      await ctx.sync();
      return range.values[0][0];
    });
    assert.strictEqual(again, '问题一（改）');
    assert.strictEqual(host.counters.syncs, 2);
  });
});

describe('excel-host: requirement sets', () => {
  it('answers isSetSupported for the emulated version, comparing minor versions as numbers', () => {
    const at = (apiVersion: HostOptions['apiVersion']) => ledgerHost({ apiVersion }).Office.context.requirements;
    assert.strictEqual(at('1.1').isSetSupported('ExcelApi', '1.1'), true);
    assert.strictEqual(at('1.1').isSetSupported('ExcelApi', '1.2'), false);
    assert.strictEqual(at('1.6').isSetSupported('ExcelApi', '1.6'), true);
    assert.strictEqual(at('1.6').isSetSupported('ExcelApi', '1.7'), false);
    assert.strictEqual(at('1.8').isSetSupported('excelapi', 1.8), true);
    assert.strictEqual(at('1.9').isSetSupported('ExcelApi', '1.10'), false);
    assert.strictEqual(at('latest').isSetSupported('ExcelApi', '1.13'), true);
    assert.strictEqual(at('latest').isSetSupported('ExcelApi', '1.18'), false);
    assert.strictEqual(at('latest').isSetSupported('WordApi', '1.1'), false);
  });

  it('at 1.1 runs basic reads and writes, and rejects newer APIs at sync with ApiNotFound', async () => {
    const host = ledgerHost({ apiVersion: '1.1' });
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRange().load('address');
      sheet.getRange('B4').select();
      await ctx.sync();
      assert.strictEqual(used.address, '台账!A1:C4');
    });
    const attempts: ((ctx: Ctx) => void)[] = [
      (ctx) => ctx.workbook.worksheets.getItemOrNullObject('台账'),
      (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange('A3:A10').conditionalFormats.add('Custom'),
      (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A3').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      },
      (ctx) => ctx.workbook.worksheets.getActiveWorksheet().freezePanes.freezeRows(2),
      (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').format.autofitColumns(),
      (ctx) => ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').conditionalFormats.load('items'),
    ];
    for (const attempt of attempts) {
      await syncRejects(host, attempt, 'ApiNotFound');
    }
    assert.deepStrictEqual(host.conditionalFormats('台账'), []);
    assert.deepStrictEqual(host.dataValidations('台账'), []);
    assert.strictEqual(host.frozenRows('台账'), 0);
  });

  it('at 1.6 has conditional formats but not data validation; at 1.8 validation but not autofilter or merged areas', async () => {
    const v16 = ledgerHost({ apiVersion: '1.6' });
    await run(v16, async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('A3:C10').conditionalFormats.add('Custom').custom.rule.formula = '=$A3=1';
      await ctx.sync();
    });
    assert.strictEqual(v16.conditionalFormats('台账').length, 1);
    await syncRejects(
      v16,
      (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A3').dataValidation.clear();
      },
      'ApiNotFound',
    );

    const v18 = ledgerHost({ apiVersion: '1.8' });
    await run(v18, async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('B3:B20').dataValidation.rule = {
        list: { inCellDropDown: true, source: '未启动,整改中' },
      };
      ctx.workbook.worksheets.getActiveWorksheet().freezePanes.freezeRows(2);
      await ctx.sync();
    });
    assert.strictEqual(v18.dataValidations('台账').length, 1);
    assert.strictEqual(v18.frozenRows('台账'), 2);
    await syncRejects(
      v18,
      (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet();
        sheet.autoFilter.apply(sheet.getRange('A2:C4'));
      },
      'ApiNotFound',
    );
    await syncRejects(
      v18,
      (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:C4').getMergedAreasOrNullObject().load('address');
      },
      'ApiNotFound',
    );
  });

  it('applies the operations queued before a failing one, as Office batches are not transactions', async () => {
    const host = ledgerHost({ apiVersion: '1.1' });
    await syncRejects(
      host,
      (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet();
        sheet.getRange('E1').values = [['先']];
        sheet.freezePanes.freezeRows(1);
        sheet.getRange('E2').values = [['后']];
      },
      'ApiNotFound',
    );
    assert.strictEqual(host.values('台账')[0][4], '先');
    assert.strictEqual(host.values('台账')[1][4], null);
  });
});

describe('excel-host: null objects and missing items', () => {
  it('reports isNullObject only after a sync', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('逾期清单');
      const present = ctx.workbook.worksheets.getItemOrNullObject('台账');
      throwsWith(() => missing.isNullObject, 'PropertyNotLoaded');
      await ctx.sync();
      assert.strictEqual(missing.isNullObject, true);
      assert.strictEqual(present.isNullObject, false);
    });
  });

  it('gives null used ranges and merged areas where there are none', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const empty = ctx.workbook.worksheets.getItem('空表');
      const used = empty.getUsedRangeOrNullObject(true);
      const plain = empty.getUsedRange().load('address');
      const merged = ctx.workbook.worksheets.getItem('台账').getRange('A2:C4').getMergedAreasOrNullObject();
      await ctx.sync();
      assert.strictEqual(used.isNullObject, true);
      assert.strictEqual(plain.address, '空表!A1');
      assert.strictEqual(merged.isNullObject, true);
    });
  });

  it('rejects getItem of a missing sheet, and operations on a null object, with ItemNotFound', async () => {
    const host = ledgerHost();
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('没有').load('name');
      },
      'ItemNotFound',
    );
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('没有').activate();
      },
      'ItemNotFound',
    );
  });
});

describe('excel-host: payload limit', () => {
  function bigHost(limit: number): ExcelHost {
    const values: (string | number | null)[][] = [];
    for (let r = 0; r < 2000; r++) values.push([r + 1, '整改事项描述文字第' + r + '行', 45000 + r, '整改中']);
    return createExcelHost({ sheets: [{ name: 'S', values }], payloadLimitBytes: limit });
  }

  it('rejects a sync whose loaded response passes the limit, and accepts the same data in chunks', async () => {
    const host = bigHost(40000);
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('S').getUsedRange().load('values');
      },
      'RequestPayloadSizeLimitExceeded',
    );
    const rows: unknown[][] = [];
    await run(host, async (ctx) => {
      for (let start = 0; start < 2000; start += 500) {
        const chunk = ctx.workbook.worksheets
          .getItem('S')
          .getRange('A' + (start + 1) + ':D' + (start + 500))
          .load('values');
        await ctx.sync();
        rows.push(...chunk.values);
      }
    });
    assert.strictEqual(rows.length, 2000);
    assert.deepStrictEqual(rows[1999], [2000, '整改事项描述文字第1999行', 46999, '整改中']);
  });

  it('counts every loaded matrix (values, text, formulas, numberFormat) together', async () => {
    const host = bigHost(100000);
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getUsedRange().load('values');
      await ctx.sync();
    });
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('S').getUsedRange().load('values,text,formulas,numberFormat');
      },
      'RequestPayloadSizeLimitExceeded',
    );
  });

  it('rejects a request that writes more than the limit', async () => {
    const host = bigHost(10000);
    const rows: string[][] = [];
    for (let i = 0; i < 1000; i++) rows.push(['一段很长的文字']);
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('F1:F1000').values = rows;
      },
      'RequestPayloadSizeLimitExceeded',
    );
    assert.strictEqual(host.values('S')[0].length, 4, 'nothing was written');
  });
});

describe('excel-host: cell values and addresses', () => {
  it('writes matrices, fills scalars, skips nulls and rejects wrong sizes', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      sheet.getRange('E1:F2').values = [
        ['a', null],
        [true, 2.5],
      ];
      // office.js applies one value to every cell, though its type asks for a matrix.
      sheet.getRange('G1:G3').values = '填' as unknown as string[][];
      sheet.getRange('A4').values = [[null]];
      await ctx.sync();
    });
    const v = host.values('台账');
    assert.deepStrictEqual(v[0].slice(4), ['a', null, '填']);
    assert.deepStrictEqual(v[1].slice(4), [true, 2.5, '填']);
    assert.strictEqual(v[3][0], 2, 'null leaves the cell unchanged');
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('台账').getRange('A1:B2').values = [['only one row']];
      },
      'InvalidArgument',
    );
  });

  it('converts written text as Excel does: formulas, numbers, dates (US order for m/d/y), but not in text cells', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('空表');
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('A1:A6').values = [['=1+1'], ['42'], ['2023-06-30'], ['7/1/2023'], ["'=文本"], ['TRUE']];
      sheet.getRange('B1').values = [['=不是公式']];
      const r = sheet.getRange('A1:B3').load('values,formulas,text');
      await ctx.sync();
      assert.deepStrictEqual(r.values, [
        [null, '=不是公式'],
        [42, ''],
        [45107, ''],
      ]);
      assert.deepStrictEqual(r.formulas, [
        ['=1+1', '=不是公式'],
        [42, ''],
        [45107, ''],
      ]);
      assert.deepStrictEqual(r.text[2], ['2023/6/30', '']);
    });
    const v = host.values('空表');
    assert.strictEqual(v[3][0], 45108);
    assert.strictEqual(v[4][0], '=文本');
    assert.strictEqual(v[5][0], true);
    assert.strictEqual(host.numberFormat('空表', 'A3'), 'yyyy/m/d');
  });

  it('keeps serial dates raw and shows them through their number format', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('空表');
      sheet.getRange('A1:A2').values = [[45107], [45107]];
      sheet.getRange('A1:A2').numberFormat = [['yyyy"年"m"月"d"日"'], ['yyyy-mm-dd']];
      const r = sheet.getRange('A1:A2').load('text,values');
      await ctx.sync();
      assert.deepStrictEqual(r.text, [['2023年6月30日'], ['2023-06-30']]);
      assert.deepStrictEqual(r.values, [[45107], [45107]]);
    });
    assert.strictEqual(host.numberFormat('空表', 'A2'), 'yyyy-mm-dd');
  });

  it('resolves addresses, whole rows and columns, sheet prefixes and derived ranges', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.add('Sheet 2');
      await ctx.sync();
      const sheet = ctx.workbook.worksheets.getItem('台账');
      const base = sheet.getRange('b2:$C$3');
      const got = [
        sheet.getRange('A:A'),
        sheet.getRange('3:3'),
        sheet.getRange('台账!B2'),
        sheet.getRange('A3:L1048576'),
        sheet.getRange(),
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(1),
        base.getResizedRange(2, 0),
        base.getOffsetRange(1, 1),
        base.getEntireColumn(),
        base.getLastRow(),
        ctx.workbook.worksheets.getItem('Sheet 2').getRange('A1'),
      ];
      got.forEach((r) => r.load('address'));
      await ctx.sync();
      assert.deepStrictEqual(
        got.map((r) => r.address),
        [
          '台账!A:A',
          '台账!3:3',
          '台账!B2',
          '台账!A3:L1048576',
          '台账!1:1048576',
          '台账!C3',
          '台账!B2:C2',
          '台账!C2:C3',
          '台账!B2:C5',
          '台账!C3:D4',
          '台账!B:C',
          '台账!B3:C3',
          "'Sheet 2'!A1",
        ],
      );
    });
    for (const bad of ['A0', 'XFE1', 'A1:B2:C3', '1A', '台账!']) {
      await syncRejects(
        host,
        (ctx) => {
          ctx.workbook.worksheets.getItem('台账').getRange(bad).load('address');
        },
        'InvalidArgument',
      );
    }
  });

  it('finds the used range, within a range too, and merged areas', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      const inCol = sheet.getRange('C:C').getUsedRange(true).load('address');
      const merged = sheet.getRange('A1:L4').getMergedAreasOrNullObject().load('address,areaCount,areas/items/address');
      await ctx.sync();
      assert.strictEqual(inCol.address, '台账!C1:C4', "the sheet's used range cut to the column");
      assert.strictEqual(merged.address, '台账!A1:C1');
      assert.strictEqual(merged.areaCount, 1);
      assert.deepStrictEqual(
        merged.areas.items.map((r) => r.address),
        ['台账!A1:C1'],
      );
    });
  });
});

describe('excel-host: worksheets, selection, view', () => {
  it('selects a range (activating its sheet) and reports it', async () => {
    const host = ledgerHost();
    assert.deepStrictEqual(host.selection(), { sheet: '台账', address: 'A1' });
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('填表说明').getRange('B3:C3').select();
      const sel = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      assert.strictEqual(sel.address, '填表说明!B3:C3');
    });
    assert.deepStrictEqual(host.selection(), { sheet: '填表说明', address: 'B3:C3' });
    assert.strictEqual(host.activeSheet(), '填表说明');
  });

  it("adds, renames, hides, activates and deletes sheets with Excel's rules", async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const added = ctx.workbook.worksheets.add('逾期清单');
      added.load('name,position,visibility');
      await ctx.sync();
      assert.deepStrictEqual([added.name, added.position, added.visibility], ['逾期清单', 3, 'Visible']);
      added.activate();
      ctx.workbook.worksheets.getItem('空表').visibility = 'Hidden';
      await ctx.sync();
    });
    assert.deepStrictEqual(host.sheetNames(), ['台账', '填表说明', '空表', '逾期清单']);
    assert.strictEqual(host.activeSheet(), '逾期清单');
    assert.strictEqual(host.visibility('空表'), 'Hidden');
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.add('逾期清单');
      },
      'ItemAlreadyExists',
    );
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.add('a/b');
      },
      'InvalidArgument',
    );
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('逾期清单').delete();
      await ctx.sync();
    });
    assert.deepStrictEqual(host.sheetNames(), ['台账', '填表说明', '空表']);
    assert.notStrictEqual(host.activeSheet(), '逾期清单');
    const single = createExcelHost({ sheets: [{ name: 'Only', values: [] }] });
    await syncRejects(
      single,
      (ctx) => {
        ctx.workbook.worksheets.getItem('Only').delete();
      },
      'InvalidOperation',
    );
  });

  it('finds a sheet by its id (a braced GUID that survives renaming) as well as by its name', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('填表说明').load('id');
      await ctx.sync();
      assert.match(sheet.id, /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/i);
      sheet.name = '说明';
      const byId = ctx.workbook.worksheets.getItem(sheet.id).load('name');
      await ctx.sync();
      assert.strictEqual(byId.name, '说明');
    });
  });

  it('freezes header rows and applies and removes an autofilter', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      sheet.freezePanes.freezeRows(2);
      sheet.autoFilter.apply(sheet.getRange('A2:C1048576'));
      await ctx.sync();
    });
    assert.strictEqual(host.frozenRows('台账'), 2);
    assert.strictEqual(host.autoFilter('台账'), 'A2:C1048576');
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      sheet.freezePanes.unfreeze();
      sheet.autoFilter.remove();
      await ctx.sync();
    });
    assert.strictEqual(host.frozenRows('台账'), 0);
    assert.strictEqual(host.autoFilter('台账'), null);
  });

  it('formats cells: font, fill, wrap and column width, readable back', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const header = ctx.workbook.worksheets.getItem('台账').getRange('A2:C2');
      header.format.font.bold = true;
      header.format.fill.color = '#dbe7f5';
      header.format.wrapText = true;
      header.format.columnWidth = 80;
      const back = ctx.workbook.worksheets.getItem('台账').getRange('A2:C2').load('format/columnWidth,format/font/bold,format/fill/color');
      await ctx.sync();
      assert.strictEqual(back.format.columnWidth, 80);
      assert.strictEqual(back.format.font.bold, true);
      assert.strictEqual(back.format.fill.color, '#DBE7F5');
    });
    assert.deepStrictEqual(host.cellFormat('台账', 'B2'), {
      numberFormat: 'General',
      fill: '#DBE7F5',
      fontColor: '#000000',
      bold: true,
      fontSize: 11,
      wrapText: true,
    });
    assert.deepStrictEqual(host.values('台账')[1], ['序号', '问题描述', '完成时限'], 'formatting leaves values alone');
  });
});

describe('excel-host: hyperlinks and print setup', () => {
  it('links a cell to a cell of the workbook, its text shown, and reads the link back; clear() removes it', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('填表说明').getRange('B2');
      cell.hyperlink = { documentReference: "'台账'!A3", textToDisplay: '台账 第 3 行' };
      const back = ctx.workbook.worksheets.getItem('填表说明').getRange('B2').load('hyperlink');
      await ctx.sync();
      assert.deepStrictEqual(back.hyperlink, { documentReference: "'台账'!A3", textToDisplay: '台账 第 3 行' });
    });
    assert.deepStrictEqual(host.hyperlink('填表说明', 'B2'), { documentReference: "'台账'!A3", textToDisplay: '台账 第 3 行' });
    assert.strictEqual(host.values('填表说明')[1][1], '台账 第 3 行');
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('填表说明').getRange().clear();
      await ctx.sync();
    });
    assert.strictEqual(host.hyperlink('填表说明', 'B2'), null);
  });

  it('refuses a link Excel could not follow: the xlsx file form, a sheet that is not there, a sheet name that needs quotes', async () => {
    const host = createExcelHost({
      sheets: [
        { name: '台账', values: [['x']] },
        { name: 'My sheet', values: [['y']] },
      ],
    });
    for (const documentReference of ["#'台账'!A3", "'没有这张表'!A3", 'My sheet!A1', "'台账'!第3行", '']) {
      await rejectsWith(
        run(host, async (ctx) => {
          ctx.workbook.worksheets.getItem('台账').getRange('B1').hyperlink = { documentReference };
          await ctx.sync();
        }),
        'InvalidArgument',
      );
    }
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('B1').hyperlink = { documentReference: "'My sheet'!A1" };
      ctx.workbook.worksheets.getItem('台账').getRange('B2').hyperlink = { documentReference: '台账!A1:C1' };
      await ctx.sync();
    });
  });

  it('needs ExcelApi 1.7 for links and 1.9 for page layout', async () => {
    const old = ledgerHost({ apiVersion: '1.6' });
    await rejectsWith(
      run(old, async (ctx) => {
        ctx.workbook.worksheets.getItem('台账').getRange('D1').hyperlink = { documentReference: "'台账'!A1" };
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    const mid = ledgerHost({ apiVersion: '1.8' });
    await run(mid, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('D1').hyperlink = { documentReference: "'台账'!A1" };
      await ctx.sync();
    });
    await rejectsWith(
      run(mid, async (ctx) => {
        ctx.workbook.worksheets.getItem('台账').pageLayout.orientation = 'Landscape';
        await ctx.sync();
      }),
      'ApiNotFound',
    );
  });

  it('sets paper, orientation, fit to one page wide and print title rows, refusing what Excel refuses', async () => {
    const host = ledgerHost();
    assert.deepStrictEqual(host.pageLayout('台账'), {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printTitleRows: null,
    });
    await run(host, async (ctx) => {
      const page = ctx.workbook.worksheets.getItem('台账').pageLayout;
      page.orientation = 'Landscape';
      page.paperSize = 'A4';
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintTitleRows('$1:$2');
      await ctx.sync();
    });
    assert.deepStrictEqual(host.pageLayout('台账'), {
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '1:2',
    });
    const refused: ((page: Excel.PageLayout) => void)[] = [
      (page) => page.setPrintTitleRows('A1:C2'),
      (page) => {
        page.zoom = { scale: 80, horizontalFitToPages: 1 };
      },
      (page) => {
        page.zoom = { scale: 5 };
      },
      (page) => {
        page.paperSize = 'A7' as Excel.PaperType;
      },
      (page) => {
        page.orientation = 'Sideways' as Excel.PageOrientation;
      },
    ];
    for (const change of refused) {
      await rejectsWith(
        run(host, async (ctx) => {
          change(ctx.workbook.worksheets.getItem('台账').pageLayout);
          await ctx.sync();
        }),
        'InvalidArgument',
      );
    }
  });
});

describe('excel-host: data validation', () => {
  const list = { list: { inCellDropDown: true, source: '未启动,整改中,已完成,已销号' } };

  it('stores rule, prompt and alert per range and replaces them when applied again', async () => {
    const host = ledgerHost();
    for (let i = 0; i < 2; i++) {
      await run(host, async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem('台账').getRange('D3:D1048576').dataValidation;
        dv.clear();
        dv.rule = list;
        dv.prompt = { showPrompt: true, title: '整改状态', message: '请从下拉列表选择' };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: '输入有误', message: '只能选择列表中的状态' };
        await ctx.sync();
      });
    }
    assert.deepStrictEqual(host.dataValidations('台账'), [
      {
        address: 'D3:D1048576',
        rule: list,
        prompt: { showPrompt: true, title: '整改状态', message: '请从下拉列表选择' },
        errorAlert: { showAlert: true, style: 'Stop', title: '输入有误', message: '只能选择列表中的状态' },
        ignoreBlanks: true,
      },
    ]);
    await run(host, async (ctx) => {
      const one = ctx.workbook.worksheets.getItem('台账').getRange('D10').dataValidation.load('type,rule');
      const mixed = ctx.workbook.worksheets.getItem('台账').getRange('C10:D10').dataValidation.load('type');
      await ctx.sync();
      assert.strictEqual(one.type, 'List');
      assert.deepStrictEqual(one.rule, list);
      assert.strictEqual(mixed.type, 'Inconsistent');
    });
  });

  it('splits a validation area when part of it is cleared, and removes it when all is', async () => {
    const host = ledgerHost();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      sheet.getRange('D3:D100').dataValidation.rule = { custom: { formula: '=ISNUMBER(D3)' } };
      sheet.getRange('D50:D60').dataValidation.clear();
      await ctx.sync();
    });
    assert.deepStrictEqual(
      host.dataValidations('台账').map((d) => d.address),
      ['D3:D49', 'D61:D100'],
    );
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('D:D').dataValidation.clear();
      await ctx.sync();
    });
    assert.deepStrictEqual(host.dataValidations('台账'), []);
  });

  it('rejects rules Excel rejects: several types, a list over 255 characters, an over-long prompt title', async () => {
    const host = ledgerHost();
    const rules: unknown[] = [
      { list: { source: 'a' }, custom: { formula: '=TRUE' } },
      { list: { source: new Array(130).join('长,') } },
      {},
    ];
    for (const rule of rules) {
      await syncRejects(
        host,
        (ctx) => {
          // Rules Excel refuses, so not of office.js's rule type.
          ctx.workbook.worksheets.getItem('台账').getRange('D3').dataValidation.rule = rule as Excel.DataValidationRule;
        },
        'InvalidArgument',
      );
    }
    await syncRejects(
      host,
      (ctx) => {
        ctx.workbook.worksheets.getItem('台账').getRange('D3').dataValidation.prompt = {
          showPrompt: true,
          title: new Array(40).join('题'),
          message: '',
        };
      },
      'InvalidArgument',
    );
    assert.deepStrictEqual(host.dataValidations('台账'), []);
  });
});

describe('excel-host: conditional formats', () => {
  async function addRed(host: ExcelHost, address: string, formula: string): Promise<void> {
    await run(host, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('台账').getRange(address).conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      cf.stopIfTrue = true;
      await ctx.sync();
    });
  }

  it('adds custom formats first in priority and reads them back through nested loads', async () => {
    const host = ledgerHost();
    await addRed(host, 'A3:L1048576', '=$C3<TODAY()');
    await addRed(host, 'A3:L1048576', '=$D3="已销号"');
    assert.deepStrictEqual(host.conditionalFormats('台账'), [
      {
        address: 'A3:L1048576',
        type: 'Custom',
        formula: '=$D3="已销号"',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        stopIfTrue: true,
        priority: 0,
      },
      {
        address: 'A3:L1048576',
        type: 'Custom',
        formula: '=$C3<TODAY()',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        stopIfTrue: true,
        priority: 1,
      },
    ]);
    await run(host, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('台账').getRange('B5').conditionalFormats;
      cfs.load('items/type,items/priority,items/custom/rule/formula,items/custom/format/fill/color');
      const count = cfs.getCount();
      const second = cfs.getItemAt(1);
      const where = second.getRange().load('address');
      await ctx.sync();
      assert.strictEqual(count.value, 2);
      assert.deepStrictEqual(
        cfs.items.map((c) => [c.type, c.priority, c.custom.rule.formula, c.custom.format.fill.color]),
        [
          ['Custom', 0, '=$D3="已销号"', '#FFC7CE'],
          ['Custom', 1, '=$C3<TODAY()', '#FFC7CE'],
        ],
      );
      assert.strictEqual(where.address, '台账!A3:L1048576');
      second.priority = 0;
      await ctx.sync();
    });
    assert.strictEqual(host.conditionalFormats('台账')[0].formula, '=$C3<TODAY()');
  });

  it('deletes single formats and clears a range without touching formats elsewhere', async () => {
    const host = ledgerHost();
    await addRed(host, 'A3:L1048576', '=1');
    await addRed(host, 'N1:N5', '=2');
    await addRed(host, 'A3:L1048576', '=3');
    await run(host, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('台账').getRange('A3:L1048576').conditionalFormats;
      cfs.load('items/custom/rule/formula');
      await ctx.sync();
      cfs.items.filter((c) => c.custom.rule.formula === '=3').forEach((c) => c.delete());
      await ctx.sync();
    });
    assert.deepStrictEqual(
      host.conditionalFormats('台账').map((c) => [c.formula, c.priority]),
      [
        ['=2', 0],
        ['=1', 1],
      ],
    );
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('A3:L1048576').conditionalFormats.clearAll();
      await ctx.sync();
    });
    assert.deepStrictEqual(
      host.conditionalFormats('台账').map((c) => c.address),
      ['N1:N5'],
    );
  });

  it('refuses the custom part of a non-custom format', async () => {
    const host = ledgerHost();
    await syncRejects(
      host,
      (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('台账').getRange('A1').conditionalFormats.add('CellValue');
        cf.custom.rule.formula = '=1';
      },
      'InvalidArgument',
    );
  });
});

describe('excel-host: document settings', () => {
  it('shows unsaved settings to get() only, and persists them on saveAsync', async () => {
    const host = ledgerHost({ settings: { warnDays: 7 } });
    const settings = host.Office.context.document.settings;
    assert.strictEqual(settings.get('warnDays'), 7);
    assert.strictEqual(settings.get('missing'), null);
    settings.set('rules', { cf: ['{cf1}'], at: 'A3:L1048576' });
    settings.remove('warnDays');
    assert.deepStrictEqual(settings.get('rules'), { cf: ['{cf1}'], at: 'A3:L1048576' });
    assert.deepStrictEqual(host.settings(), { warnDays: 7 });
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    assert.strictEqual(result.status, host.Office.AsyncResultStatus.Succeeded);
    assert.deepStrictEqual(host.settings(), { rules: { cf: ['{cf1}'], at: 'A3:L1048576' } });
  });
});

describe('excel-host: Office globals', () => {
  it('installs Office and Excel on a target and reports host, platform and language', async () => {
    const host = ledgerHost({ displayLanguage: 'en-US' });
    const target: { Office?: unknown; Excel?: unknown } = {};
    host.install(target);
    assert.strictEqual(target.Office, host.Office);
    assert.strictEqual(target.Excel, host.Excel);
    const info = await target.Office.onReady();
    assert.deepStrictEqual(info, { host: target.Office.HostType.Excel, platform: 'PC' });
    assert.strictEqual(target.Office.context.displayLanguage, 'en-US');
    assert.strictEqual(createExcelHost({ sheets: [{ name: 'A', values: [] }] }).Office.context.displayLanguage, 'zh-CN');
  });
});

describe('excel-host: huge ranges', () => {
  it('applies and clears rules on A3:L1048576 without touching every cell', async () => {
    const host = ledgerHost();
    const started = Date.now();
    await run(host, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('台账');
      const all = sheet.getRange('A3:L1048576');
      for (let i = 0; i < 5; i++) {
        const cf = all.conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=$A3=' + i;
        cf.custom.format.fill.color = '#FFEB9C';
      }
      sheet.getRange('D3:D1048576').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      all.numberFormat = 'yyyy-mm-dd' as unknown as string[][];
      all.format.fill.color = '#FFFFFF';
      const used = sheet.getUsedRange(true).load('address');
      await ctx.sync();
      assert.strictEqual(used.address, '台账!A1:C4', 'formats do not extend the used range');
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      await ctx.sync();
    });
    assert.ok(Date.now() - started < 1000, 'took ' + (Date.now() - started) + ' ms');
    assert.deepStrictEqual(host.conditionalFormats('台账'), []);
    assert.strictEqual(host.numberFormat('台账', 'H999999'), 'yyyy-mm-dd');
  });

  it('reads a 50k-row used range in one sync', async () => {
    const values: (string | number)[][] = [];
    for (let r = 0; r < 50000; r++) values.push([r + 1, '问题', 45000 + (r % 400), '整改中']);
    const host = createExcelHost({ sheets: [{ name: 'S', values }] });
    const started = Date.now();
    const rows = await run(host, async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('values,rowCount');
      await ctx.sync();
      return used.values as unknown[][];
    });
    assert.strictEqual(rows.length, 50000);
    assert.strictEqual(host.counters.syncs, 1);
    assert.ok(Date.now() - started < 2000, 'took ' + (Date.now() - started) + ' ms');
  });
});

describe('excel-host: refuses what Excel refuses', () => {
  const accepted = [
    '=A1',
    '=SUM(A1:B2)',
    '=IF(A1,,1)',
    '=TODAY()',
    '=$A$3=1',
    "='My sheet'!A1",
    '=Sheet1!A1:B2',
    '=-2^2',
    '=A1%',
    '="a""b"&B1',
    '=AND(TRIM($J4)<>"",ISNUMBER(FIND("|"&TRIM($J4)&"|","|已完成|已销号|")))',
    '=A:A',
    '=3:3',
    '=#N/A',
    '=1E5',
    '=.5',
    '=COUNTA($A4:$L4)>0',
    '= SUM( A1 , B1 )',
    '=LOG10(A1)',
    '=台账范围',
    '=A1<>B1',
    '=A1>=-1',
  ];
  const refused = [
    '=SUM(A1',
    '=A1+',
    '=+',
    '=(A1',
    '=A1)',
    '="abc',
    '=1A',
    '=SUM（A1）',
    '=A1==B1',
    '=*A1',
    "='Sheet!A1",
    '={1,A1}',
    '=SUM(A1;B1)',
    '=A1 +',
    '=1:',
    '="a"&',
    '=IF(A1,1,2',
    '=""""&"',
  ];

  it('knows Excel’s formula syntax: what it accepts and what it refuses', () => {
    for (const f of accepted) assert.strictEqual(formulaProblem(f, false), null, f);
    for (const f of refused) assert.notStrictEqual(formulaProblem(f, false), null, f);
    assert.strictEqual(formulaProblem('="' + 'x'.repeat(255) + '"', false), null);
    assert.match(formulaProblem('="' + 'x'.repeat(256) + '"', false) || '', /255/);
    let nested = 'A1';
    for (let i = 0; i < 64; i++) nested = 'ABS(' + nested + ')';
    assert.strictEqual(formulaProblem('=' + nested, false), null);
    assert.match(formulaProblem('=ABS(' + nested + ')', false) || '', /nested/);
  });

  it('accepts array constants, unions and intersections in cells but not in rules', () => {
    for (const f of ['={1,2;3,4}', '=SUM((A1,B1))', '=SUM(A1:B2 B1:C3)']) {
      assert.strictEqual(formulaProblem(f, false), null, f);
      assert.notStrictEqual(formulaProblem(f, true), null, f);
    }
  });

  it('refuses a cell formula with a syntax error or over 8,192 characters, and text over 32,767', async () => {
    const longest = '=' + 'A1+'.repeat(2730) + 'A1';
    assert.strictEqual(longest.length - 1, 8192);
    const host = ledgerHost();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('E1:E3').values = [[longest], ["'" + '长'.repeat(32767)], ['长'.repeat(32767)]];
      await ctx.sync();
    });
    assert.strictEqual(host.values('台账')[0][4], longest);
    for (const v of ['=SUM(A1', longest + '+1', '长'.repeat(32768), "'" + '长'.repeat(32768)]) {
      for (const property of ['values', 'formulas'] as const) {
        const h = ledgerHost();
        await syncRejects(
          h,
          (ctx) => {
            ctx.workbook.worksheets.getItem('台账').getRange('E1')[property] = [[v]];
          },
          'InvalidArgument',
        );
        assert.deepStrictEqual(h.values('台账'), ledgerHost().values('台账'), property + ': nothing written');
      }
    }
  });

  it('refuses a conditional format formula with a syntax error, an array constant or over 8,192 characters', async () => {
    for (const formula of ['=AND($A3>1', '=$A3={1,2}', '=' + 'A3+'.repeat(2731) + 'A3', '=TRIM(（A3）)']) {
      await syncRejects(
        ledgerHost(),
        (ctx) => {
          ctx.workbook.worksheets.getItem('台账').getRange('A3:C10').conditionalFormats.add('Custom').custom.rule.formula = formula;
        },
        'InvalidArgument',
      );
    }
    const host = ledgerHost();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('A3:C10').conditionalFormats.add('Custom').custom.rule.formula =
        '=' + 'A3+'.repeat(2730) + 'A3';
      await ctx.sync();
    });
    assert.strictEqual(host.conditionalFormats('台账').length, 1);
  });

  it('refuses a validation formula with a syntax error, and an inline list source over 255 characters', async () => {
    const host = ledgerHost();
    const rules: unknown[] = [
      { custom: { formula: '=OR(D3="",ISNUMBER(D3)' } },
      { list: { inCellDropDown: true, source: '=$A$1:$A$' } },
      { date: { operator: 'Between', formula1: '=DATE(2023,1', formula2: '=TODAY()' } },
      { custom: { formula: '=D3={1,2}' } },
      { list: { inCellDropDown: true, source: '长'.repeat(256) } },
    ];
    for (const rule of rules) {
      await syncRejects(
        host,
        (ctx) => {
          // Rules Excel refuses, so not of office.js's rule type.
          ctx.workbook.worksheets.getItem('台账').getRange('D3').dataValidation.rule = rule as Excel.DataValidationRule;
        },
        'InvalidArgument',
      );
    }
    assert.deepStrictEqual(host.dataValidations('台账'), []);
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem('台账').getRange('D3').dataValidation.rule = {
        list: { inCellDropDown: true, source: '长'.repeat(255) },
      };
      await ctx.sync();
    });
    assert.strictEqual(host.dataValidations('台账').length, 1);
  });
});

describe('excel-host: typed as office.js', () => {
  /** Type errors of `source` compiled as a file in test/excel-host/, against the project's office.js types. */
  function typeErrors(source: string): string[] {
    const root = repoRoot(__dirname);
    const file = path.join(root, 'test', 'excel-host', '__probe.ts');
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
      types: ['office-js'],
      typeRoots: [path.join(root, 'node_modules', '@types')],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    };
    const compiler = ts.createCompilerHost(options);
    const read = compiler.getSourceFile;
    const exists = compiler.fileExists;
    compiler.getSourceFile = (f, v) => (f === file ? ts.createSourceFile(f, source, v) : read(f, v));
    compiler.fileExists = (f) => f === file || exists(f);
    const program = ts.createProgram([file], options, compiler);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && d.file.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }

  it('fails to compile a call Excel does not have, and a host proxy member office.js does not declare', function () {
    this.timeout(60000);
    const errors = typeErrors(
      [
        "import { createExcelHost } from './index';",
        "import { Extra, None } from './office-types';",
        "import { Range } from './range';",
        "export const call = createExcelHost({ sheets: [] }).Excel.run(async (ctx) => ctx.workbook.worksheets.getItem('a').getRange('A1').sparkle());",
        'class LoudRange extends Range { shout(): void { return; } }',
        'export type Check = None<Extra<LoudRange, Excel.Range>>;',
        "export const fine = createExcelHost({ sheets: [] }).Excel.run(async (ctx) => ctx.workbook.worksheets.getItem('a').getRange('A1').select());",
      ].join('\n'),
    );
    assert.strictEqual(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], /'sparkle' does not exist on type 'Range'/);
    assert.match(errors[1], /"shout".*never/);
  });
});

describe('excel-host: independence from the code under test', () => {
  it('imports nothing from ledger/, addin/ or scripts/, so the product cannot grade its own work', () => {
    const dir = path.join(__dirname, 'excel-host');
    const outside: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const compiled = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const r of compiled.match(/require\("[^"]+"\)/g) || []) if (!/^require\("\.\/[\w-]+"\)$/.test(r)) outside.push(file + ': ' + r);
    }
    assert.deepStrictEqual(outside, []);
  });
});
