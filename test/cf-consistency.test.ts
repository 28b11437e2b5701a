// The conditional formats that colour a ledger in Excel must agree with the
// core's traffic lights. A generated ledger goes through real xlsx bytes, the
// core reads and classifies it, and the light formulas are evaluated for every
// row (first match wins, as priority + stopIfTrue make Excel do) by a formula
// engine, for several as-of dates and warning windows.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { isEmptyCell } from '../ledger/cells';
import { dayFromYMD, formatDay, serialFromDay } from '../ledger/days';
import { formatSpecs, FormatSpec, RuleLayout } from '../ledger/excel-rules';
import { classify } from '../ledger/lights';
import { readLedger, SheetLedger } from '../ledger/read';
import { compileSchema } from '../ledger/compile';
import { COLUMN_KEYS, columnSpec, defaultSchema } from '../ledger/schema';
import { CellValue, ColumnKey, Day, Item, Light, SheetGrid } from '../ledger/types';
import { evaluateFormatFormula } from './formula/evaluate';
import { convertWith } from './libreoffice';
import { viaXlsx } from './via-xlsx';
import { wpsWrittenFormats } from './wps-host/written-formats';

const schema = compileSchema(defaultSchema());
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
const COL: { [K in ColumnKey]: number } = {} as { [K in ColumnKey]: number };
COLUMN_KEYS.forEach((key, i) => (COL[key] = i));
const LAYOUT: RuleLayout = {
  columns: COL,
  firstDataRow: FIRST_DATA_ROW,
  lastRow: 1048576,
  firstCol: 0,
  lastCol: COLUMN_KEYS.length - 1,
};
/** A numeric deadline is a date for the core only inside 1990..2100. */
const FIRST_SERIAL = serialFromDay(dayFromYMD(1990, 1, 1));
const LAST_SERIAL = serialFromDay(dayFromYMD(2100, 12, 31));

interface Case {
  asOf: Day;
  warnDays: number;
}

const CASES: Case[] = [
  { asOf: dayFromYMD(2023, 7, 15), warnDays: 7 },
  { asOf: dayFromYMD(2023, 12, 28), warnDays: 7 },
  { asOf: dayFromYMD(2024, 2, 26), warnDays: 3 },
  { asOf: dayFromYMD(2023, 3, 1), warnDays: 0 },
];

/** Serial deadlines around every boundary of every case, some with a time of day. */
function numericDeadlines(): number[] {
  const out: number[] = [];
  for (const c of CASES) {
    const w = c.warnDays;
    for (const offset of [-400, -1, 0, 1, w - 1, w, w + 1, w + 2, 200]) out.push(serialFromDay(c.asOf + offset));
    for (const offset of [-1, 0, w, w + 1]) out.push(serialFromDay(c.asOf + offset) + 0.75);
  }
  return out.filter((v, i) => out.indexOf(v) === i);
}

/** Deadlines a formula reads differently from the core, or not at all. */
const TEXT_DEADLINES: CellValue[] = ['2023年6月底', '2023-07-20', '年底前', '2024年2月29日', '12月31日前', '2023.7.18'];
const OTHER_DEADLINES: CellValue[] = [
  ...schema.ongoingDeadlines,
  '长期 坚持',
  '常\u3000态化',
  '长期坚持，每月调度',
  '待定',
  '',
  null,
  20230720, // YYYYMMDD typed as a number: a date for the core only
  5,
  serialFromDay(dayFromYMD(2101, 1, 1)),
  true,
];

function statusCells(): string[] {
  const words: string[] = [];
  for (const s of schema.statuses) words.push(s.name, ...s.synonyms);
  words.push(...schema.standingStatuses, ...schema.extensionStatuses.requested, ...schema.extensionStatuses.granted);
  words.push(
    '整改中（申请延期）',
    '',
    '待定',
    ' 已完成 ',
    '已完成（待验收）',
    '已销号 ',
    '整改中（长期坚持）',
    '长期坚持(每月调度)',
    '进行中 ',
  );
  // Spaces inside a word, ASCII and full-width (U+3000), as clerks type them: the core drops them.
  words.push('已 完成', '已\u3000销号', '长期 坚持', '持续\u3000推进', ' 已 整 改 ');
  return words;
}

interface Generated {
  aoa: CellValue[][];
  /** Sheet rows without 问题描述 and 整改措施 that the core still reads as items. */
  bareRows: number[];
  /** Sheet rows that are no items: blank, section, total. */
  plainRows: number[];
}

function generate(): Generated {
  const header = COLUMN_KEYS.map((key) => columnSpec(schema, key).header);
  const aoa: CellValue[][] = [['2023年研究室问题整改台账'], header];
  const bareRows: number[] = [];
  const plainRows: number[] = [];
  const statuses = statusCells();
  const deadlines = [...numericDeadlines(), ...TEXT_DEADLINES, ...OTHER_DEADLINES];
  let n = 0;
  const item = (status: CellValue, deadline: CellValue, problem: CellValue, measures: CellValue): void => {
    n++;
    const row: CellValue[] = new Array(COLUMN_KEYS.length).fill(null);
    row[COL.id] = n;
    row[COL.category] = schema.categories[n % schema.categories.length];
    row[COL.problem] = problem;
    row[COL.measures] = measures;
    row[COL.department] = n % 9 === 0 ? null : '研究室';
    row[COL.owner] = n % 5 === 0 ? null : n % 11 === 0 ? '  ' : '责任人' + (n % 4);
    row[COL.deadline] = deadline;
    row[COL.status] = status;
    row[COL.closedOn] = n % 2 === 0 ? serialFromDay(dayFromYMD(2023, 7, 1)) : null;
    aoa.push(row);
  };
  deadlines.forEach((deadline, i) => {
    for (let k = 0; k < 6; k++) {
      const j = i * 6 + k;
      const problem = j % 7 === 3 ? null : '问题' + j;
      const measures = j % 13 === 5 ? '   ' : '措施' + j;
      item(statuses[j % statuses.length], deadline, problem, measures);
    }
    if (i % 10 === 4) {
      aoa.push([]);
      plainRows.push(aoa.length);
    }
    if (i === 20) {
      aoa.push(['二、顶层设计少']);
      plainRows.push(aoa.length);
    }
  });
  // Item rows a clerk left without problem and measures: the core reads them, the formulas skip them.
  for (const [status, deadline] of [
    ['整改中', numericDeadlines()[1]],
    ['已完成', null],
    ['长期坚持', null],
    ['', numericDeadlines()[0]],
  ] as [CellValue, CellValue][]) {
    item(status, deadline, null, null);
    bareRows.push(aoa.length);
  }
  aoa.push(['合计', '共' + n + '项']);
  plainRows.push(aoa.length);
  return { aoa, bareRows, plainRows };
}

function cellGetter(grid: SheetGrid): (row: number, col: number) => CellValue {
  return (row, col) => {
    const r = grid.rows[row - 1];
    return r ? r[col] : null;
  };
}

/** The light the formats give a sheet row: the first light formula that holds. */
function formatLight(lights: FormatSpec[], grid: SheetGrid, row: number, col: number, asOf: Day): Light | null {
  const getCell = cellGetter(grid);
  for (const spec of lights) {
    if (evaluateFormatFormula(spec.formula, { row: FIRST_DATA_ROW, col: 0 }, { row, col }, getCell, asOf)) {
      // 'light-green-standing' and 'light-green' both paint green.
      return spec.id.split('-')[1] as Light;
    }
  }
  return null;
}

function isSerialDate(v: CellValue): boolean {
  return typeof v === 'number' && v >= FIRST_SERIAL && v < LAST_SERIAL + 1;
}

/**
 * Known difference: a not-done item whose light comes from a deadline that is
 * not a date serial (text such as "2023年6月底", a YYYYMMDD number) — the core
 * parses it, a formula cannot, so the row stays uncoloured.
 */
function lightFromUnparsedDeadline(item: Item, light: Light | null): boolean {
  return (
    light !== null &&
    item.status !== '已销号' &&
    item.status !== '已完成' &&
    !item.standing &&
    item.deadline.kind === 'date' &&
    !isSerialDate(item.raw.deadline)
  );
}

/** The core's id of a format WPS holds, known by its fill and range among the core's own specs. */
function wpsFormatId(warnDays: number): (fill: string | undefined, address: string) => string {
  const specs = formatSpecs(LAYOUT, schema, warnDays);
  return (fill, address) => (specs.find((s) => s.fill === fill && s.address === address) || { id: 'unknown' }).id;
}

describe('conditional formats agree with the core lights @tz', () => {
  const generated = generate();
  // Real xlsx bytes, read back as the merge reads workbooks.
  const [grid] = viaXlsx([{ name: '研究室', aoa: generated.aoa }]);
  const lastRow = grid.rows.length;
  /** Known difference: the formats colour only rows with 问题描述 or 整改措施 text. */
  const bare = (row: number): boolean => {
    const cells = grid.rows[row - 1] || [];
    return isEmptyCell(cells[COL.problem]) && isEmptyCell(cells[COL.measures]);
  };

  function read(c: Case): SheetLedger {
    const ledger = readLedger(grid, { schema, year: 2023, asOf: c.asOf });
    assert.ok(ledger.header, 'header found');
    assert.strictEqual(ledger.header.row, HEADER_ROW);
    assert.deepStrictEqual(ledger.header.columns, COL);
    return ledger;
  }

  it('reads a ledger of a few hundred rows with every status word and deadline form', () => {
    const ledger = read(CASES[0]);
    assert.ok(ledger.items.length >= 300, String(ledger.items.length));
    for (const row of generated.bareRows) assert.ok(bare(row) && ledger.items.some((i) => i.row === row), 'bare item row ' + row);
    const statuses = ledger.items.map((i) => String(i.raw.status));
    for (const word of statusCells()) assert.ok(statuses.includes(word), 'status “' + word + '” in the ledger');
    assert.deepStrictEqual(
      ledger.skipped.map((s) => s.row).sort((a, b) => a - b),
      generated.plainRows.filter((r) => (grid.rows[r - 1] || []).some((v) => !isEmptyCell(v))),
    );
  });

  /** The formulas as the core makes them, and as the WPS adapter leaves them in WPS. */
  const sources: { name: string; specs: (warnDays: number) => Promise<FormatSpec[]> }[] = [
    { name: '', specs: (warnDays) => Promise.resolve(formatSpecs(LAYOUT, schema, warnDays)) },
    { name: ' (as written in WPS)', specs: (warnDays) => wpsWrittenFormats(grid, { ...schema, warnDays }, wpsFormatId(warnDays)) },
  ];

  for (const c of CASES)
    for (const source of sources) {
      it('colours every row as the core does on ' + formatDay(c.asOf) + ' with a ' + c.warnDays + '-day window' + source.name, async () => {
        const ledger = read(c);
        const lights = (await source.specs(c.warnDays)).filter((s) => s.id.indexOf('light-') === 0);
        const byRow: { [row: number]: Item } = {};
        for (const item of ledger.items) byRow[item.row] = item;
        const seen: { [key: string]: number } = {};
        const count = (key: string): void => {
          seen[key] = (seen[key] || 0) + 1;
        };
        const boundaries = new Set([-1, 0, c.warnDays, c.warnDays + 1]);
        const mismatches: string[] = [];
        for (let row = FIRST_DATA_ROW; row <= lastRow; row++) {
          const col = row % COLUMN_KEYS.length;
          const actual = formatLight(lights, grid, row, col, c.asOf);
          const item = byRow[row];
          if (!item) {
            if (actual !== null) mismatches.push('row ' + row + ' is no item but is coloured ' + actual);
            count('plain');
            continue;
          }
          const core = classify(item, c.asOf, c.warnDays).light;
          let expected = core;
          if (bare(row)) {
            expected = null;
            count('bare:' + core);
          } else if (lightFromUnparsedDeadline(item, core)) {
            expected = null;
            count('unparsed:' + core);
          } else {
            count('light:' + core);
            if (item.deadline.kind === 'date' && boundaries.has(item.deadline.day - c.asOf)) count('boundary');
          }
          if (actual !== expected) {
            mismatches.push(
              'row ' +
                row +
                ' status “' +
                String(item.raw.status) +
                '” deadline ' +
                JSON.stringify(item.raw.deadline) +
                ': formats ' +
                actual +
                ', expected ' +
                expected +
                ' (core ' +
                core +
                ')',
            );
          }
        }
        assert.deepStrictEqual(mismatches, []);
        // Every light, every boundary and each known difference was really exercised.
        for (const light of ['grey', 'blue', 'green', 'red', 'amber', 'null']) {
          assert.ok(seen['light:' + light] > 0, 'no row lit ' + light + ': ' + JSON.stringify(seen));
        }
        assert.ok(seen.boundary >= 4 * 4, 'boundary rows: ' + seen.boundary);
        assert.ok(seen['bare:blue'] && seen['bare:green'] && seen['bare:red'], JSON.stringify(seen));
        // Text deadlines: the core lights these rows, the formats leave them plain.
        assert.ok(
          Object.keys(seen).some((k) => k.indexOf('unparsed:') === 0),
          JSON.stringify(seen),
        );
        assert.ok(seen.plain >= generated.plainRows.length);
      });
    }

  for (const source of sources)
    it('highlights exactly the empty required cells the core reports' + source.name, async () => {
      const c = CASES[0];
      const ledger = read(c);
      const required = (await source.specs(c.warnDays)).filter((s) => s.id.indexOf('required-') === 0);
      const getCell = cellGetter(grid);
      const reported = new Set(
        ledger.findings
          .filter((f) => f.row > 0 && (f.code === 'required-empty' || f.code === 'closed-without-date'))
          .map((f) => f.row + ':' + f.key),
      );
      const mismatches: string[] = [];
      let highlighted = 0;
      for (let row = FIRST_DATA_ROW; row <= lastRow; row++) {
        for (const spec of required) {
          const key = spec.id.slice('required-'.length) as ColumnKey;
          const on = evaluateFormatFormula(spec.formula, { row: FIRST_DATA_ROW, col: COL[key] }, { row, col: COL[key] }, getCell, c.asOf);
          if (on) highlighted++;
          // Rows without problem and measures are not highlighted (see excel-rules.ts).
          const expected = reported.has(row + ':' + key) && !bare(row);
          if (on !== expected) mismatches.push('row ' + row + ' ' + key + ': highlighted ' + on + ', reported ' + expected);
        }
      }
      assert.deepStrictEqual(mismatches, []);
      assert.ok(highlighted > 50, String(highlighted));
    });
});

describe('conditional formats agree with the core on spaced status words, in LibreOffice', function () {
  this.timeout(180000);

  it('evaluates the status formulas as the core reads the words (spaces inside, full-width, line breaks)', () => {
    const statuses = [
      '已完成',
      '已 完成',
      '已\u3000完成',
      '已\n完成',
      ' 已 完 成（待 验收）',
      '已销号',
      '已\u3000销号',
      '长期 坚持',
      '整改中（持续 推进）',
      '整改中',
      '待定',
    ];
    const rules = formatSpecs(LAYOUT, schema, 7).filter((s) => ['light-grey', 'light-blue', 'light-green-standing'].includes(s.id));
    const header = COLUMN_KEYS.map((key) => columnSpec(schema, key).header);
    const aoa: CellValue[][] = [['台账'], header];
    const rowOf = (status: string, deadline: CellValue): CellValue[] => {
      const row: CellValue[] = COLUMN_KEYS.map(() => null);
      row[COL.problem] = '问题';
      row[COL.measures] = '措施';
      row[COL.owner] = '张三';
      row[COL.status] = status;
      row[COL.deadline] = deadline;
      return row;
    };
    for (const s of statuses) aoa.push(rowOf(s, serialFromDay(dayFromYMD(2020, 1, 1))));
    aoa.push(rowOf('整改中', '长期 坚持'), rowOf('整改中', '常\u3000态化'));
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    for (let r = FIRST_DATA_ROW; r <= aoa.length; r++) {
      rules.forEach((rule, k) => {
        const f = rule.formula.slice(1).replace(/\$([A-L])3\b/g, '$$$1' + r);
        ws[XLSX.utils.encode_cell({ r: r - 1, c: COLUMN_KEYS.length + k })] = { t: 'b', v: false, f };
      });
    }
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: aoa.length - 1, c: COLUMN_KEYS.length + rules.length - 1 } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-lo-'));
    try {
      const file = path.join(dir, 'rules.xlsx');
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, '研究室');
      XLSX.writeFile(wb, file);
      const csv = XLSX.read(
        fs.readFileSync(convertWith(file, 'csv:Text - txt - csv (StarCalc):44,34,76', { recalculate: true, outDir: dir })),
        {
          type: 'buffer',
          raw: true,
        },
      );
      const out = XLSX.utils.sheet_to_json<string[]>(csv.Sheets[csv.SheetNames[0]], { header: 1, raw: false, defval: '' });
      const ledger = readLedger({ name: '研究室', rows: aoa }, { schema, year: 2023, asOf: dayFromYMD(2023, 7, 15) });
      const mismatches: string[] = [];
      for (const item of ledger.items) {
        const core = classify(item, dayFromYMD(2023, 7, 15), 7).light;
        const cells = out[item.row - 1].slice(COLUMN_KEYS.length).map((v) => v.toUpperCase() === 'TRUE');
        const office = rules.findIndex((_rule, k) => cells[k]);
        const light = office < 0 ? null : rules[office].id.split('-')[1];
        const expected = core === 'grey' || core === 'blue' || core === 'green' ? core : null;
        if (light !== expected)
          mismatches.push(
            JSON.stringify(item.raw.status) + '/' + JSON.stringify(item.raw.deadline) + ': LibreOffice ' + light + ', core ' + core,
          );
      }
      assert.deepStrictEqual(mismatches, []);
      assert.strictEqual(ledger.items.length, statuses.length + 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
