// Line charts in the styled xlsx writer: the parts and relationships, the cached values, and
// LibreOffice drawing the chart (its title, legend and line appear in a PDF export).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { LineChart, OutSheet, writeXlsx } from '../scripts/xlsx-writer';
import { convertWith } from './libreoffice';
import { toolPath } from './tools';
import { assertWellFormed, unzip } from './xlsx-parts';

function trendSheet(name: string, charts: LineChart[] = [rateChart()]): OutSheet {
  return {
    name,
    rows: [
      ['完成率'],
      ['责任部门', '2026-11-25', '2026-12-02', '2026-12-09'],
      ['合计', 0.25, 0.4, 0.55],
      ['办公室', 0.3, null, 0.7],
      ['研究室', 0.1, 0.2, 0.2],
    ],
    colWidths: [14, 12, 12, 12],
    charts,
  };
}

function rateChart(title = '各部门完成率趋势'): LineChart {
  return {
    title,
    categories: { firstRow: 1, firstCol: 1, lastRow: 1, lastCol: 3 },
    series: [2, 3, 4].map((r) => ({ name: { row: r, col: 0 }, values: { firstRow: r, firstCol: 1, lastRow: r, lastCol: 3 } })),
    valueFormat: '0%',
    valueMin: 0,
    valueMax: 1,
    anchor: { fromRow: 6, fromCol: 0, toRow: 26, toCol: 8 },
  };
}

describe('xlsx writer: line charts', () => {
  it('adds a drawing and chart part per chart, related from the sheet, with content types', () => {
    // With a footer: the drawing follows headerFooter, as the schema orders them.
    const sheets = [{ name: '汇总', rows: [['x']] }, trendSheet('趋势', [rateChart(), rateChart('逾期')])];
    const parts = unzip(writeXlsx(sheets, { footer: '&C第 &P 页' }));
    for (const p of Object.keys(parts)) if (p.endsWith('.xml') || p.endsWith('.rels')) assertWellFormed(parts[p], p);
    const types = parts['[Content_Types].xml'];
    assert.match(
      types,
      /PartName="\/xl\/drawings\/drawing1\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.drawing\+xml"/,
    );
    for (const n of [1, 2]) {
      assert.match(
        types,
        new RegExp(
          `PartName="/xl/charts/chart${n}\\.xml" ContentType="application/vnd\\.openxmlformats-officedocument\\.drawingml\\.chart\\+xml"`,
        ),
      );
    }
    // The drawing is the sheet's only relationship; the sheet without charts has none.
    assert.match(
      parts['xl/worksheets/_rels/sheet2.xml.rels'],
      /Id="rId1" Type="[^"]+\/relationships\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/,
    );
    assert.strictEqual(parts['xl/worksheets/_rels/sheet1.xml.rels'], undefined);
    assert.match(parts['xl/worksheets/sheet2.xml'], /<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/);
    assert.doesNotMatch(parts['xl/worksheets/sheet1.xml'], /<drawing/);
    const drawingRels = parts['xl/drawings/_rels/drawing1.xml.rels'];
    assert.match(drawingRels, /Id="rId1" Type="[^"]+\/relationships\/chart" Target="\.\.\/charts\/chart1\.xml"/);
    assert.match(drawingRels, /Id="rId2" Type="[^"]+\/relationships\/chart" Target="\.\.\/charts\/chart2\.xml"/);
    const drawing = parts['xl/drawings/drawing1.xml'];
    assert.strictEqual((drawing.match(/<xdr:twoCellAnchor/g) || []).length, 2);
    assert.match(drawing, /<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>6<\/xdr:row>/);
    assert.match(drawing, /<c:chart [^>]*r:id="rId2"\/>/);
  });

  it('refers to the cells by quoted absolute ranges and caches their values, gaps left out', () => {
    const parts = unzip(writeXlsx([trendSheet("O'Brien 表")]));
    const chart = parts['xl/charts/chart1.xml'];
    assert.match(chart, /<c:roundedCorners val="0"\/>/);
    assert.match(chart, /<a:t>各部门完成率趋势<\/a:t>/);
    assert.match(
      chart,
      /<c:cat><c:strRef><c:f>'O''Brien 表'!\$B\$2:\$D\$2<\/c:f><c:strCache><c:ptCount val="3"\/><c:pt idx="0"><c:v>2026-11-25<\/c:v><\/c:pt>/,
    );
    assert.match(
      chart,
      /<c:tx><c:strRef><c:f>'O''Brien 表'!\$A\$4<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>办公室<\/c:v>/,
    );
    // 办公室 has no value at the second date: that point is missing from the cache (a gap, not 0).
    assert.match(
      chart,
      /<c:val><c:numRef><c:f>'O''Brien 表'!\$B\$4:\$D\$4<\/c:f><c:numCache><c:formatCode>0%<\/c:formatCode><c:ptCount val="3"\/><c:pt idx="0"><c:v>0\.3<\/c:v><\/c:pt><c:pt idx="2"><c:v>0\.7<\/c:v><\/c:pt><\/c:numCache>/,
    );
    assert.match(chart, /<c:dispBlanksAs val="gap"\/>/);
    assert.match(chart, /<c:scaling><c:orientation val="minMax"\/><c:max val="1"\/><c:min val="0"\/><\/c:scaling>/);
    assert.strictEqual((chart.match(/<c:ser>/g) || []).length, 3);
    // Explicit colours (no theme in the workbook): the palette's first three.
    assert.deepStrictEqual(
      chart.match(/<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="(\w+)"/g)!.map((s) => s.slice(-7, -1)),
      ['4472C4', 'ED7D31', 'A5A5A5'],
    );
  });

  it('leaves the cells readable as before', () => {
    const wb = XLSX.read(writeXlsx([trendSheet('趋势')]), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['趋势'], { header: 1, defval: null });
    assert.deepStrictEqual(rows[3], ['办公室', 0.3, null, 0.7]);
  });

  it('refuses a two-dimensional range, a missing sheet, a chart without series and a bad position', () => {
    const bad = (change: (c: LineChart) => void, message: RegExp) => {
      const c = rateChart();
      change(c);
      assert.throws(() => writeXlsx([trendSheet('趋势', [c])]), message);
    };
    bad((c) => (c.categories = { firstRow: 1, firstCol: 1, lastRow: 2, lastCol: 3 }), /一行或一列/);
    bad((c) => (c.series[0].values.sheet = '没有'), /工作表“没有”不存在/);
    bad((c) => (c.series = []), /没有数据系列/);
    bad((c) => (c.anchor = { fromRow: 5, fromCol: 0, toRow: 5, toCol: 3 }), /位置无效/);
  });
});

/** Pixels of a binary PPM (P6) image close to an RGB colour. */
function pixelsNear(ppm: Buffer, rgb: [number, number, number], tolerance = 40): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString('latin1', 0, 50));
  assert.ok(header, 'not a PPM image');
  const start = header[0].length;
  let n = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i] - rgb[0]) + Math.abs(ppm[i + 1] - rgb[1]) + Math.abs(ppm[i + 2] - rgb[2]) < tolerance) n++;
  }
  return n;
}

describe('xlsx writer: line charts in LibreOffice', function () {
  this.timeout(180000);

  it('draws the chart: title, legend and axis labels in the PDF text, the series colours on the page', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-lo-'));
    try {
      const file = path.join(dir, 'chart.xlsx');
      const sheet = trendSheet('趋势');
      sheet.landscape = true;
      fs.writeFileSync(file, writeXlsx([sheet]));
      const pdf = convertWith(file, 'pdf', { outDir: dir });
      const text = spawnSync(toolPath('pdftotext'), ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      assert.match(text, /各部门完成率趋势/);
      // Series names appear twice: in the cells and in the chart's legend.
      for (const name of ['合计', '办公室', '研究室']) assert.ok(text.split(name).length - 1 >= 2, name + ' in the legend');
      // Axis labels exist only in the chart.
      assert.match(text, /100%/);
      assert.match(text, /\b0%/);
      const ppm = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', pdf], { maxBuffer: 64 << 20 });
      assert.strictEqual(ppm.status, 0, String(ppm.stderr));
      assert.ok(pixelsNear(ppm.stdout, [0x44, 0x72, 0xc4]) > 50, 'the first series line is drawn');
      assert.ok(pixelsNear(ppm.stdout, [0xa5, 0xa5, 0xa5], 12) > 50, 'the third series line is drawn');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
