// Reading an earlier JSON report into columns, on a worker thread as the merge does: the reader's
// source runs on its own (the worker, in the single-file executable too, has nothing else), the
// worker hands over what a direct read gives, and edited or foreign files read as before.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { compileSchema } from '../../ledger/compile';
import { defaultSchema } from '../../ledger/schema';
import { CompactRead, JsonFs, MAX_JSON_REPORT_BYTES, readCompactJson, SNAPSHOT_LAYOUT } from '../../scripts/tracking/compact-json';
import { EarlierRead, readInBackground } from '../../scripts/tracking/report-worker';
import { readJsonReport } from '../../scripts/tracking/read-json-report';
import { EarlierReportError } from '../../scripts/tracking/types';
import { runCli, tempDir } from './cli-helpers';
import { AS_OF, writeDepartmentSet } from './department-set';
import { d, writeWorkbook } from './fixtures';

const SCHEMA = compileSchema(defaultSchema());

function report(items: unknown[], extra: { [key: string]: unknown } = {}): string {
  return JSON.stringify({ asOf: '2026-11-25', warnDays: 7, items, ...extra }, null, 2);
}

const ITEM = {
  id: '1',
  problem: '会议纪律执行不严',
  measures: '修订会议制度',
  department: '办公室',
  owner: '张伟',
  deadline: '2026-11-30',
  progress: '制度已起草',
  status: '整改中',
  light: 'amber',
  daysLeft: 5,
  effectiveDeadline: '2026-11-30',
  source: { file: '办公室.xlsx', sheet: '台账', row: 4 },
  runs: { overdue: 0, progress: 2 },
};

/** The JSON read of a file read ahead. */
function jsonOf(read: EarlierRead | undefined): CompactRead {
  assert.ok(read && 'json' in read, 'read as JSON');
  return read.json;
}

/** A read as plain data, typed arrays as arrays, to compare two reads. */
function plain(r: CompactRead): unknown {
  return JSON.parse(JSON.stringify(r, (_, v) => (v instanceof Float64Array || v instanceof Int32Array ? Array.from(v) : v)));
}

/** A report's snapshot as JSON.parse gives it, to be edited. */
interface SnapshotJson {
  [key: string]: unknown;
  text: { [field: string]: { all: string; lengths: unknown[] } };
  coded: { [field: string]: { values: unknown[]; codes: unknown[] } };
  numbers: { [field: string]: unknown[] };
}

/** readCompactJson run from its source text in a context of its own, as the worker runs it. */
function fromSourceText(file: string, fileSystem: JsonFs): CompactRead {
  const context = { file, fs: fileSystem, max: MAX_JSON_REPORT_BYTES, layout: SNAPSHOT_LAYOUT, JSON, Int32Array, Float64Array, Buffer };
  return vm.runInNewContext('(' + readCompactJson.toString() + ')(file, fs, max, layout)', context);
}

describe('merge --previous: reading an earlier JSON report', function () {
  this.timeout(60000);
  let work: string;
  let files: { [name: string]: string };

  before(() => {
    work = tempDir('json-read-');
    const write = (name: string, text: string) => {
      const file = path.join(work, name);
      fs.writeFileSync(file, text);
      return file;
    };
    files = {
      good: write(
        'good.json',
        report([ITEM, { ...ITEM, id: '2', problem: '公文处理环节多', progress: '', runs: undefined }], {
          previous: { asOf: '2026-11-18' },
          tool: { version: '9.9' },
        }),
      ),
      odd: write(
        'odd.json',
        report([
          7,
          null,
          {
            ...ITEM,
            id: 3,
            daysLeft: 'x',
            light: 'purple',
            effectiveDeadline: 20261130,
            source: 'here',
            runs: { overdue: 2.7, progress: -1 },
          },
        ]),
      ),
      notJson: write('not.json', '{"asOf": '),
      foreign: write('foreign.json', '{"a": 1}'),
      missing: path.join(work, 'missing.json'),
    };
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs from its own source text alone, as the worker runs it', () => {
    for (const file of Object.values(files)) {
      assert.deepStrictEqual(
        plain(fromSourceText(file, fs)),
        plain(readCompactJson(file, fs, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT)),
        file,
      );
    }
  });

  it('hands over from the worker thread exactly what a direct read gives', async () => {
    const all = Object.values(files);
    const reads = await readInBackground(all).done();
    assert.deepStrictEqual([...reads.keys()].sort(), all.slice().sort());
    for (const file of all)
      assert.deepStrictEqual(
        plain(jsonOf(reads.get(file))),
        plain(readCompactJson(file, fs, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT)),
        file,
      );
  });

  it('gives the items a report states, with their streaks, and names what is no report', () => {
    const good = readJsonReport(files.good, 'good.json', SCHEMA);
    assert.strictEqual(good.hasRuns, true);
    assert.strictEqual(good.version, '9.9');
    const [a, b] = good.snapshot.items;
    assert.deepStrictEqual(
      [
        a.department,
        a.id,
        a.problem,
        a.measures,
        a.owner,
        a.deadlineText,
        a.status,
        a.progress,
        a.light,
        a.daysLeft,
        a.progressRuns,
        a.overdueRuns,
      ],
      ['办公室', '1', '会议纪律执行不严', '修订会议制度', '张伟', '2026-11-30', '整改中', '制度已起草', 'amber', 5, 2, undefined],
    );
    assert.deepStrictEqual(a.source, { file: '办公室.xlsx', sheet: '台账', row: 4 });
    assert.deepStrictEqual([b.id, b.problem, b.progress, b.progressRuns], ['2', '公文处理环节多', '', undefined]);
    const cases: [string, RegExp, boolean][] = [
      [files.notJson, /不是有效的 JSON/, true],
      [files.foreign, /缺少 asOf 或 items/, true],
      [files.missing, /无法读取：ENOENT/, false],
    ];
    for (const [file, message, notOurs] of cases) {
      assert.throws(
        () => readJsonReport(file, path.basename(file), SCHEMA),
        (e: unknown) => e instanceof EarlierReportError && message.test(e.message) && e.notOurs === notOurs,
        file,
      );
    }
  });

  it('refuses a file without a snapshot beyond the size a string holds before reading it whole, naming both sizes', () => {
    assert.deepStrictEqual(readCompactJson(files.good, fs, 100, SNAPSHOT_LAYOUT), { ok: false, tooLarge: fs.statSync(files.good).size });
    const head = Buffer.from('{\n  "asOf": "2026-11-25",\n');
    const huge = {
      statSync: () => ({ size: MAX_JSON_REPORT_BYTES + 1 }),
      openSync: () => 3,
      readSync: (_fd: number, buffer: Uint8Array) => head.copy(buffer),
      closeSync: () => undefined,
      readFileSync: (): Buffer => assert.fail('read whole'),
    };
    assert.throws(
      () => readJsonReport('big.json', 'big.json', SCHEMA, readCompactJson('big.json', huge, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT)),
      /上期报告“big\.json”有 512 MB，超过 512 MB 的上限，无法读取。/,
    );
  });

  it('reads what another program left in an item as a report would have written it, and passes over what is no item', () => {
    const odd = readJsonReport(files.odd, 'odd.json', SCHEMA);
    assert.strictEqual(odd.snapshot.items.length, 1);
    const item = odd.snapshot.items[0];
    // A number id as text; no light, deadline or days from values of another kind; streaks of one or more, whole.
    assert.deepStrictEqual([item.id, item.light, item.deadline, item.overdueRuns, item.progressRuns], ['3', null, null, 2, undefined]);
    assert.deepStrictEqual(item.source, { file: '', sheet: '', row: 0 });
  });
});

describe('merge --previous: the snapshot a JSON report opens with', function () {
  this.timeout(120000);
  let work: string;
  /** Week 1's report (never compared) and week 2's (compared with week 1: it has streaks). */
  let reports: string[];

  /** The report `file` with its text changed by `edit`, written beside it. */
  function edited(file: string, name: string, edit: (text: string) => string): string {
    const out = path.join(work, name);
    fs.writeFileSync(out, edit(fs.readFileSync(file, 'utf8')));
    return out;
  }

  /** The report's lines; the snapshot is the second. */
  const lines = (text: string) => text.split('\n');

  /** The report with its snapshot line changed by `edit` (given the snapshot, returning it or another value). */
  function withSnapshot(file: string, name: string, edit: (s: SnapshotJson) => unknown): string {
    return edited(file, name, (text) => {
      const all = lines(text);
      const s = JSON.parse(all[1].replace(/^ {2}"snapshot": /, '').replace(/,$/, ''));
      all[1] = '  "snapshot": ' + JSON.stringify(edit(s)) + ',';
      return all.join('\n');
    });
  }

  /** The report as one written before the snapshot existed. */
  const withoutSnapshot = (file: string) =>
    edited(file, 'old-' + path.basename(file), (text) =>
      lines(text)
        .filter((_, i) => i !== 1)
        .join('\n'),
    );

  const read = (file: string, fileSystem: typeof fs = fs) =>
    plain(readCompactJson(file, fileSystem, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT));

  /** fs, but reading a file whole fails the test. */
  const noWholeRead = { ...fs, readFileSync: (): Buffer => assert.fail('read whole') } as unknown as typeof fs;

  before(() => {
    work = tempDir('json-snapshot-');
    const inputs = path.join(work, 'ledgers');
    writeDepartmentSet(inputs);
    // Text a single line of JSON must keep: line breaks, quotes, backslashes, characters beyond the BMP, a line separator.
    writeWorkbook(path.join(inputs, '信访室.xlsx'), [
      {
        name: '台账',
        rows: [
          ['序号', '问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改进展', '整改状态'],
          ['1-1', '群众来信“回复慢”\n第二行', '措施\\反斜杠', '信访室', '郑一', d(2026, 12, 5), '已回复 😀 一半\u2028另起', '整改中'],
          [2, '来访登记不全', '', '信访室', '', '长期坚持', '', '已完成'],
        ],
      },
    ]);
    reports = [path.join(work, 'r1.json'), path.join(work, 'r2.json')];
    const first = runCli([inputs, '--as-of', '2026-11-18', '--out', path.join(work, 'r1.xlsx'), '--json', reports[0]], work);
    assert.strictEqual(first.code, 0, first.stderr);
    const second = runCli(
      [inputs, '--as-of', AS_OF, '--out', path.join(work, 'r2.xlsx'), '--json', reports[1], '--previous', reports[0]],
      work,
    );
    assert.strictEqual(second.code, 0, second.stderr);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('is the second line, read without reading the rest, and gives exactly what the items give', () => {
    for (const file of reports) {
      const text = fs.readFileSync(file, 'utf8');
      assert.match(lines(text)[1], /^ {2}"snapshot": \{"format":1,.*\},$/s, file);
      const fromSnapshot = read(file, noWholeRead);
      assert.deepStrictEqual(fromSnapshot, read(withoutSnapshot(file)), file);
      assert.strictEqual((fromSnapshot as { report: { items: number } }).report.items, JSON.parse(text).items.length, file);
    }
    const [, compared] = reports.map((file) => readJsonReport(file, path.basename(file), SCHEMA));
    assert.strictEqual(compared.hasRuns, true);
    const awkward = compared.snapshot.items.find((i) => i.department === '信访室' && i.id === '1-1');
    assert.ok(awkward);
    assert.deepStrictEqual(
      [awkward.problem, awkward.measures, awkward.progress],
      ['群众来信“回复慢”\n第二行', '措施\\反斜杠', '已回复 😀 一半\u2028另起'],
    );
  });

  it('is read alike by its own source text and on the worker thread, as the merge reads it', async () => {
    const reads = await readInBackground(reports).done();
    for (const file of reports) {
      assert.deepStrictEqual(plain(fromSourceText(file, noWholeRead)), read(file), file);
      assert.deepStrictEqual(plain(jsonOf(reads.get(file))), read(file), file);
    }
  });

  it('is read from a report of any size, reading only as far as its end', () => {
    const text = fs.readFileSync(reports[1]);
    const huge = {
      statSync: () => ({ size: MAX_JSON_REPORT_BYTES * 2 }),
      openSync: () => 3,
      readSync: (_fd: number, buffer: Uint8Array, offset: number, length: number, position: number) =>
        text.copy(buffer, offset, position, position + length),
      closeSync: () => undefined,
      readFileSync: (): Buffer => assert.fail('read whole'),
    };
    assert.deepStrictEqual(plain(readCompactJson('huge.json', huge, MAX_JSON_REPORT_BYTES, SNAPSHOT_LAYOUT)), read(reports[1]));
  });

  it('is still read from a report re-indented, or with the line ends an editor on Windows writes', () => {
    const file = reports[1];
    assert.deepStrictEqual(read(edited(file, 'indented.json', (t) => JSON.stringify(JSON.parse(t), null, 4))), read(file));
    assert.deepStrictEqual(
      read(
        edited(file, 'crlf.json', (t) => t.replace(/\n/g, '\r\n')),
        noWholeRead,
      ),
      read(file),
    );
  });

  it('gives way to the items when it was edited into something this version did not write', () => {
    const file = reports[1];
    const items = read(withoutSnapshot(file));
    const edits: [string, (s: SnapshotJson) => unknown][] = [
      ['none', () => null],
      ['another format', (s) => ({ ...s, format: 2 })],
      ['no as-of day', (s) => ({ ...s, asOf: 20261125 })],
      ['a count that is none', (s) => ({ ...s, items: -1 })],
      ['a text longer than its lengths', (s) => ((s.text.problem.all += '多'), s)],
      ['a length that is none', (s) => ((s.text.id.lengths[0] = 'x'), s)],
      ['a code beyond its values', (s) => ((s.coded.status.codes[0] = s.coded.status.values.length), s)],
      ['a value that is no text', (s) => ((s.coded.department.values[0] = 1), s)],
      ['a column lost', (s) => (delete s.coded.owner, s)],
      ['a column cut short', (s) => (s.numbers.daysLeft.pop(), s)],
    ];
    for (const [name, edit] of edits) assert.deepStrictEqual(read(withSnapshot(file, name + '.json', edit)), items, name);
  });

  it('cut short is no JSON: a clear message, and the merge still writes its report', () => {
    const cut = edited(reports[1], 'cut.json', (t) => {
      const all = lines(t);
      all[1] = all[1].slice(0, all[1].length >> 1);
      return all.join('\n');
    });
    const truncated = edited(reports[1], 'truncated.json', (t) => t.slice(0, lines(t)[0].length + 1 + (lines(t)[1].length >> 1)));
    for (const file of [cut, truncated]) {
      assert.throws(
        () => readJsonReport(file, path.basename(file), SCHEMA),
        (e: unknown) => e instanceof EarlierReportError && /不是有效的 JSON/.test(e.message),
        file,
      );
    }
    const out = path.join(work, 'r3.xlsx');
    const r = runCli([path.join(work, 'ledgers'), '--as-of', '2026-12-02', '--out', out, '--previous', cut], work);
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /“[^”]*cut\.json”不是本工具生成的合并报告（不是有效的 JSON）。本次不作比较/);
    assert.ok(fs.existsSync(out));
  });
});
