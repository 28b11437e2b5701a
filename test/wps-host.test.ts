// The in-memory WPS keeps the ET model's rules for what the 逾期清单 needs; these tests pin them down:
// links (Hyperlinks.Add), print setup (PageSetup), column widths, fills and font sizes.
import * as assert from 'assert';
import { createWpsHost, WpsHost, WpsHostOptions } from './wps-host';

function book(extra: Partial<WpsHostOptions> = {}): WpsHost {
  return createWpsHost({
    sheets: [
      { name: '台账', values: [['某部门整改台账'], ['序号', '问题描述'], [1, '问题一']] },
      { name: 'My sheet', values: [['y']] },
      { name: '清单', values: [['台账 第 3 行'], []] },
    ],
    active: '清单',
    ...extra,
  });
}

function refuses(work: () => unknown, message: RegExp): void {
  assert.throws(work, (e: Error & { number?: number }) => {
    assert.strictEqual(e.number, -2146827284, 'a COM error: ' + e.message);
    assert.match(e.message, message);
    return true;
  });
}

describe('wps-host: Hyperlinks.Add', () => {
  it('links a cell to a place in the workbook by SubAddress, keeping the cell’s value; an empty cell shows the reference', () => {
    const wps = book();
    const sheet = wps.Application.ActiveSheet!;
    sheet.Hyperlinks.Add(sheet.Range('A1'), '', "'台账'!A3");
    assert.deepStrictEqual(wps.hyperlink('清单', 'A1'), { documentReference: "'台账'!A3" });
    assert.strictEqual(wps.values('清单')[0][0], '台账 第 3 行');
    sheet.Hyperlinks.Add(sheet.Range('A2'), '', "'My sheet'!A1", '打开', '说明');
    assert.deepStrictEqual(wps.hyperlink('清单', 'A2'), { documentReference: "'My sheet'!A1", screenTip: '打开', textToDisplay: '说明' });
    assert.strictEqual(wps.values('清单')[1][0], '说明');
    sheet.Hyperlinks.Add(sheet.Range('B2'), '', '台账!A1:B1');
    assert.strictEqual(wps.values('清单')[1][1], '台账!A1:B1');
    sheet.Cells.Clear();
    assert.strictEqual(wps.hyperlink('清单', 'A1'), null, 'Clear removes links');
  });

  it('refuses what Excel’s VBA model refuses: no Range anchor, another sheet’s range, no Address, nothing to link to, a reference Excel cannot follow', () => {
    const wps = book();
    const sheet = wps.Application.ActiveSheet!;
    const links = sheet.Hyperlinks;
    const cell = sheet.Range('A1');
    const other = wps.Application.ActiveWorkbook!.Worksheets.Item('台账').Range('A1');
    refuses(() => links.Add({} as never, '', "'台账'!A3"), /Anchor must be a Range/);
    refuses(() => links.Add(other, '', "'台账'!A3"), /another sheet/);
    refuses(() => (links.Add as (...a: unknown[]) => unknown)(cell, undefined, "'台账'!A3"), /Address is required/);
    refuses(() => links.Add(cell, ''), /needs an Address or a SubAddress/);
    for (const sub of ["#'台账'!A3", "'没有这张表'!A3", 'My sheet!A1', "'台账'!第3行"])
      refuses(() => links.Add(cell, '', sub), /SubAddress/);
    refuses(() => (links.Add as (...a: unknown[]) => unknown)(cell, '', "'台账'!A3", undefined, 7), /TextToDisplay must be a string/);
    wps.protect('清单');
    refuses(() => links.Add(cell, '', "'台账'!A3"), /protected/);
    assert.strictEqual(wps.hyperlink('清单', 'A1'), null);
  });
});

describe('wps-host: PageSetup', () => {
  it('sets landscape A4, one page wide and as many tall, and the print title rows, reported as Office.js reports them', () => {
    const wps = book();
    const page = wps.Application.ActiveSheet!.PageSetup;
    assert.deepStrictEqual(
      [page.Orientation, page.PaperSize, page.Zoom, page.FitToPagesWide, page.FitToPagesTall, page.PrintTitleRows],
      [1, 1, 100, 1, 1, ''],
    );
    page.FitToPagesWide = 1;
    assert.deepStrictEqual(wps.pageLayout('清单').zoom, { scale: 100 }, 'the pages apply once Zoom is False');
    page.Orientation = 2;
    page.PaperSize = 9;
    page.Zoom = false;
    page.FitToPagesTall = false;
    page.PrintTitleRows = '$1:$3';
    assert.deepStrictEqual(wps.pageLayout('清单'), {
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '1:3',
    });
    assert.strictEqual(page.PrintTitleRows, '$1:$3');
    page.PrintTitleRows = '';
    assert.strictEqual(wps.pageLayout('清单').printTitleRows, null);
  });

  it('refuses values outside the enumerations and ranges, title rows that are not entire rows, and a member the model lacks', () => {
    const page = book().Application.ActiveSheet!.PageSetup;
    const set = (name: string, v: unknown) => () => ((page as unknown as { [k: string]: unknown })[name] = v);
    refuses(set('Orientation', 3), /Orientation/);
    refuses(set('PaperSize', 0), /PaperSize/);
    refuses(set('PaperSize', 'A4'), /PaperSize/);
    refuses(set('Zoom', 5), /Zoom/);
    refuses(set('Zoom', true), /Zoom/);
    refuses(set('FitToPagesWide', 0), /FitToPagesWide/);
    refuses(set('FitToPagesTall', 1.5), /FitToPagesTall/);
    refuses(set('PrintTitleRows', 'A1:C2'), /entire rows/);
    refuses(set('PrintTitleRows', "'台账'!$1:$2"), /another sheet/);
    assert.throws(set('FitToPagesHigh', 1), /has no property FitToPagesHigh/);
  });

  it('refuses every change on a PC without a printer', () => {
    const wps = book({ printer: false });
    const page = wps.Application.ActiveSheet!.PageSetup;
    refuses(() => (page.Orientation = 2), /no printer/);
    refuses(() => (page.PrintTitleRows = '$1:$2'), /no printer/);
    assert.strictEqual(page.Orientation, 1);
  });
});

describe('wps-host: column widths, fills, font sizes', () => {
  it('counts ColumnWidth in digit widths (8.43 by default) and keeps points for the inspection; AutoFit takes Columns or Rows only', () => {
    const wps = book();
    const sheet = wps.Application.ActiveSheet!;
    assert.strictEqual(sheet.Range('B1').ColumnWidth, 8.43);
    sheet.Range('B1:C9').ColumnWidth = 20;
    assert.deepStrictEqual([sheet.Range('B:B').ColumnWidth, wps.columnWidth('清单', 'C')], [20, 108.75]);
    assert.strictEqual(sheet.Range('A1:B1').ColumnWidth, null, 'columns of different widths');
    refuses(() => (sheet.Range('D1').ColumnWidth = 256), /ColumnWidth/);
    sheet.Range('A1:A2').Columns.AutoFit();
    assert.ok(wps.columnWidth('清单', 'A') > 48, 'A fits 台账 第 3 行');
    refuses(() => sheet.Range('A1').AutoFit(), /Rows or Columns/);
  });

  it('fills with BGR colours, sizes fonts in points, wraps text, all refused on a protected sheet', () => {
    const wps = book();
    const sheet = wps.Application.ActiveSheet!;
    assert.strictEqual(sheet.Range('A1').Interior.Color, 0xffffff, 'no fill reads as white');
    sheet.Range('A1:B1').Interior.Color = 0x6c6ce0;
    sheet.Range('A1').Font.Size = 14;
    sheet.Range('A1').WrapText = true;
    assert.deepStrictEqual(wps.cellFormat('清单', 'A1'), {
      numberFormat: 'General',
      fill: '#E06C6C',
      fontColor: '#000000',
      bold: false,
      fontSize: 14,
      wrapText: true,
    });
    assert.strictEqual(sheet.Range('A1:B1').Interior.Color, 0x6c6ce0);
    refuses(() => (sheet.Range('A1').Font.Size = 0), /Size/);
    refuses(() => (sheet.Range('A1').WrapText = 1 as unknown as boolean), /WrapText/);
    wps.protect('清单');
    refuses(() => (sheet.Range('A1').Interior.Color = 0), /protected/);
    refuses(() => (sheet.Range('A1').ColumnWidth = 5), /protected/);
  });
});
