// The worker's own reader of earlier .xlsx reports (report-sheets.ts) against SheetJS, which reads
// the departments' ledgers: on every workbook below it either gives, sheet by sheet and cell by
// cell, what readWorkbook gives, or gives up where it must (and SheetJS then reads the file).
// A difference would misreport the changes between two weeks without a word.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { INPUT_LIMITS } from '../../scripts/input-policy';
import { readWorkbook } from '../../scripts/read-workbook';
import { INFO_LABELS, RUN_HEADERS } from '../../scripts/tracking/messages';
import { bookOfWorkbook } from '../../scripts/tracking/report-book';
import { EARLIER_SHEETS, readInBackground, SHEETS_REQUEST } from '../../scripts/tracking/report-worker';
import { convertAllWith } from '../libreoffice';
import { rewriteParts, unzip } from '../xlsx-parts';
import { readReport, runCli, tempDir } from './cli-helpers';
import { repoRoot } from './fixtures';
import { handMadeBook } from './hand-made-book';
import { exampleWeeks } from './make-weeks';
import { PIECES, randomBook, ROUND_WRITERS, RoundWriter, sheetJsStr, STR_GIVEN_UP, variedBooks } from './random-report';
import { dropColumn, recolour, resave } from './report-edits';
import { HAND_CASES, summary } from './report-sheets-cases';
import { assertGivesUp, assertReadAlike, fastRead, readAlikeByReadableBuild } from './sheets-compare';

const [SUMMARY, INFO] = EARLIER_SHEETS;
const ROUND_SEED = 20261125;
/** Variations of one book's markup. */
const VARIED = 400;

/** Hand-made case i written into `dir`. */
function writeHandCase(dir: string, i: number): string {
  const c = HAND_CASES[i];
  const bytes = handMadeBook(c.book);
  const file = path.join(dir, `hand-${i}.xlsx`);
  fs.writeFileSync(file, c.damage ? c.damage(bytes) : bytes);
  return file;
}

/** The random round as `writer` writes it, into `dir`. */
function writeRound(dir: string, writer: RoundWriter): string {
  const file = path.join(dir, 'random-' + writer.name.replace(/\W+/g, '-') + '.xlsx');
  fs.writeFileSync(file, writer.write(randomBook(ROUND_SEED, writer.pieces)));
  return file;
}

describe('merge --previous: the worker reads an .xlsx report as SheetJS does', function () {
  this.timeout(120000);
  let work: string;

  before(() => {
    work = tempDir('report-sheets-');
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('hand-made parts', () => {
    HAND_CASES.forEach((c, i) => {
      it(`${c.outcome === 'read' ? 'reads' : 'gives up'}: ${c.what}`, () => {
        const file = writeHandCase(work, i);
        if (c.outcome !== 'read') {
          assertGivesUp(file, c.outcome, c.what);
          return;
        }
        assert.ok(assertReadAlike(file, c.what) > 0, 'cells compared');
        const sheet = bookOfWorkbook(readWorkbook(file, INPUT_LIMITS, EARLIER_SHEETS)).sheet(SUMMARY);
        for (const [ref, value] of c.shows || []) {
          assert.ok(sheet, SUMMARY + ' read');
          const at = XLSX.utils.decode_cell(ref);
          assert.ok(
            Object.is(sheet.cell(at.r, at.c), value),
            `${c.what}: SheetJS gives ${JSON.stringify(sheet.cell(at.r, at.c))} at ${ref}`,
          );
        }
      });
    });

    it('gives up a sheet longer than the row limit, which SheetJS refuses with a message', () => {
      const file = path.join(work, 'long.xlsx');
      const rows = Array.from({ length: 12 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');
      fs.writeFileSync(file, handMadeBook(summary(rows)));
      const request = { ...SHEETS_REQUEST, limits: { ...SHEETS_REQUEST.limits, rows: 10 } };
      assertGivesUp(file, /limits/, 'row limit', request);
      assert.throws(() => readWorkbook(file, request.limits, EARLIER_SHEETS), /行/);
    });
  });

  describe('a seeded random round of awkward text', () => {
    ROUND_WRITERS.forEach((writer) => {
      it('reads text written by ' + writer.name, () => {
        assert.ok(assertReadAlike(writeRound(work, writer), writer.name) > 1000, 'cells compared');
      });
    });

    it('reads the same cells in markup varied as writers vary it as SheetJS does, wherever it reads them', () => {
      const books = variedBooks(ROUND_SEED, VARIED);
      let read = 0;
      books.forEach((book, i) => {
        const file = path.join(work, `varied-${i}.xlsx`);
        fs.writeFileSync(file, handMadeBook(book));
        if (fastRead(file).ok) {
          assert.ok(assertReadAlike(file, 'variation ' + i) > 10, 'cells compared');
          read++;
        }
      });
      // Most variations are forms it must read; the rest (a tab after <c, a comment) it gives up.
      assert.ok(read > 0.7 * VARIED, `read ${read} of ${VARIED}`);
    });

    it('gives up text SheetJS wrote with t="str" holding U+FFFF or <![CDATA[', () => {
      const file = path.join(work, 'random-given-up.xlsx');
      const book = randomBook(ROUND_SEED, PIECES);
      assert.ok(
        book.some((s) => s.rows.some((r) => r.some((v) => typeof v === 'string' && STR_GIVEN_UP.test(v)))),
        'the round holds such text',
      );
      fs.writeFileSync(file, sheetJsStr(book));
      assertGivesUp(file, /beyond ASCII|CDATA/, 'U+FFFF or <![CDATA[');
    });
  });

  describe('reports the merge wrote, re-saved by LibreOffice, edited by users', function () {
    // LibreOffice's start-up and conversions are most of this.
    this.timeout(300000);
    const weeks = exampleWeeks();
    let dir: string;
    /** Each week's report and JSON, by folder name. */
    const written: { [folder: string]: { xlsx: string; json: string } } = {};
    let edited: { [edit: string]: string };
    let resaved: string[];

    before(() => {
      dir = path.join(work, 'reports');
      fs.mkdirSync(dir);
      weeks.forEach((w, i) => {
        const xlsx = path.join(dir, w.folder + '.xlsx');
        const json = path.join(dir, w.folder + '.json');
        const args = [path.join(repoRoot(), 'examples', w.folder), '--as-of', w.asOf, '--out', xlsx, '--json', json];
        if (i > 0) args.push('--previous', written[weeks[i - 1].folder].xlsx);
        const run = runCli(args, dir);
        assert.strictEqual(run.code, 0, run.stderr);
        written[w.folder] = { xlsx, json };
      });
      const second = written[weeks[1].folder].xlsx;
      edited = {
        sorted: path.join(dir, 'sorted.xlsx'),
        recoloured: path.join(dir, 'recoloured.xlsx'),
        older: path.join(dir, 'older.xlsx'),
      };
      resave(second, edited.sorted, (header, data) => {
        header.splice(3, 0, '督办意见');
        for (const r of data) r.splice(3, 0, '请抓紧落实');
        data.sort((a, b) => String(b[4]).localeCompare(String(a[4])));
      });
      recolour(second, edited.recoloured);
      resave(second, edited.older, (header, data) => dropColumn(header, data, RUN_HEADERS.overdue), [INFO]);
      const lo = path.join(dir, 'libreoffice');
      fs.mkdirSync(lo);
      resaved = convertAllWith([...weeks.map((w) => written[w.folder].xlsx), edited.sorted, edited.recoloured], 'xlsx', { outDir: lo });
    });

    it('reads the three weeks’ reports, the later two with their streak columns', () => {
      weeks.forEach((w, i) => {
        const file = written[w.folder].xlsx;
        const header = readReport(file)[SUMMARY][2];
        assert.strictEqual(header.indexOf(RUN_HEADERS.overdue) >= 0, i > 0, w.folder + ': streak columns');
        assert.ok(assertReadAlike(file, w.folder) > 200, 'cells compared');
      });
    });

    it('reads them as LibreOffice saves them', () => {
      for (const file of resaved) assert.ok(assertReadAlike(file, 'LibreOffice: ' + path.basename(file)) > 200, 'cells compared');
    });

    it('reads a report sorted, filtered and given a column, one re-coloured, one of an earlier version', () => {
      for (const [edit, file] of Object.entries(edited)) assert.ok(assertReadAlike(file, edit) > 200, 'cells compared');
    });

    it('hands over from the worker thread what it reads directly', async () => {
      const dated = datedCopy(written[weeks[0].folder].xlsx, path.join(dir, 'dated.xlsx'));
      const files = [...weeks.map((w) => written[w.folder].xlsx), ...resaved, ...Object.values(edited), dated];
      const reads = await readInBackground(files).done();
      assert.deepStrictEqual([...reads.keys()].sort(), files.slice().sort());
      for (const file of files) assert.deepStrictEqual(reads.get(file), { sheets: fastRead(file) }, file);
      assert.ok(!fastRead(dated).ok, 'one given up among them');
    });

    it('compares week 2 with a week-1 report it gives up as with the one it reads: SheetJS reads it alike', () => {
      const [first, second] = weeks;
      const fallback = path.join(dir, 'fallback');
      fs.mkdirSync(fallback);
      // The same name as week 1's report, whose name the changes may show.
      const dated = datedCopy(written[first.folder].xlsx, path.join(fallback, first.folder + '.xlsx'));
      assertGivesUp(dated, /cell type d/, 'as-of day as a date cell');
      const json = path.join(fallback, 'changes.json');
      const out = path.join(fallback, 'report.xlsx');
      const args = [
        path.join(repoRoot(), 'examples', second.folder),
        '--as-of',
        second.asOf,
        '--out',
        out,
        '--json',
        json,
        '--previous',
        dated,
      ];
      const run = runCli(args, fallback);
      assert.strictEqual(run.code, 0, run.stderr);
      const changes = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')).changes as unknown[];
      const expected = changes(written[second.folder].json);
      assert.ok(expected.length >= second.expected.length && second.expected.length > 0, 'week 2 has changes');
      assert.deepStrictEqual(changes(json), expected);
    });

    it('every workbook of the suite reads alike under SheetJS’s readable build too (Node 22 and later read with it)', () => {
      const own = path.join(dir, 'readable');
      fs.mkdirSync(own);
      const files = [
        ...HAND_CASES.map((c, i) => (c.outcome === 'read' ? writeHandCase(own, i) : '')).filter((f) => f !== ''),
        ...ROUND_WRITERS.map((w) => writeRound(own, w)),
        ...variedBooks(ROUND_SEED, VARIED)
          .map((book, i) => {
            const file = path.join(own, `varied-${i}.xlsx`);
            fs.writeFileSync(file, handMadeBook(book));
            return file;
          })
          .filter((file) => fastRead(file).ok),
        ...weeks.map((w) => written[w.folder].xlsx),
        ...resaved,
        ...Object.values(edited),
      ];
      // A t="str" cell the two builds read differently, and whose value shows which one read.
      const probe = path.join(own, 'probe.xlsx');
      fs.writeFileSync(probe, handMadeBook(summary('<row r="1"><c r="A1" t="str"><v>a&#x4E2D;b</v></c></row>')));
      const checked = readAlikeByReadableBuild(files, probe);
      assert.strictEqual(checked.probe, 'a-b', 'read by the readable build');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build readWorkbook uses on Node 20
      const coreBuild = require('xlsx/dist/xlsx.core.min.js') as typeof XLSX;
      const core = coreBuild.read(fs.readFileSync(probe), { type: 'buffer', dense: true });
      assert.notStrictEqual(core.Sheets[SUMMARY]['!data']?.[0][0].v, 'a-b', 'the probe tells the builds apart');
      assert.deepStrictEqual(checked.failures, []);
    });
  });
});

/** A copy of a report whose as-of day in 报告信息 is a date cell (t="d"), as another writer may store it. */
function datedCopy(from: string, to: string): string {
  const asOf = asOfOf(from);
  const bytes = fs.readFileSync(from);
  const parts = unzip(bytes);
  const index = parts['xl/sharedStrings.xml']
    .split('<si>')
    .slice(1)
    .findIndex((si) => si.indexOf('>' + asOf + '<') >= 0);
  const names: string[] = parts['xl/workbook.xml'].match(/<sheet name="[^"]*"/g) || [];
  const sheetPart = `xl/worksheets/sheet${names.indexOf(`<sheet name="${INFO}"`) + 1}.xml`;
  assert.ok(index >= 0 && parts[sheetPart], 'the as-of day among the shared strings, 报告信息 among the sheets');
  let replaced = 0;
  const out = rewriteParts(bytes, (part, text) =>
    part !== sheetPart
      ? undefined
      : text().replace(new RegExp(`(<c r="B\\d+"[^>]*?) t="s"><v>${index}</v>`), (_m, open) => {
          replaced++;
          return `${open} t="d"><v>${asOf}</v>`;
        }),
  );
  assert.strictEqual(replaced, 1, 'the as-of cell rewritten');
  fs.writeFileSync(to, out);
  return to;
}

/** The as-of day a report states in 报告信息. */
function asOfOf(file: string): string {
  const row = readReport(file)[INFO].find((r) => r[0] === INFO_LABELS.asOf);
  assert.ok(row && typeof row[1] === 'string', 'an as-of day');
  return row[1] as string;
}
