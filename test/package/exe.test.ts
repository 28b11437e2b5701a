// The single-file executables `npm run package` writes to release/, run as the clerks run them: no
// Node installed, files dropped on them or double-clicked in a folder of ledgers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { todayDay } from '../../ledger/days';
import { defaultReportName } from '../../scripts/merge-args';
import { hasSignature, peLayout, rcdataResources } from '../../scripts/package/pe';
import { ROOT, Target } from '../../scripts/package/pins';
import { readReport, runCli, table, tempDir } from '../merge/cli-helpers';
import { exePath, pathWithoutNode, runExe, runExeAt, xlsxParts } from './exe';

const AS_OF = ['--as-of', '2026-11-25'];
/** The first week's ledgers: five files of every kind a department sends. */
const EXAMPLES = path.join(ROOT, 'examples', '第1周');

interface Outputs {
  code: number;
  stdout: string;
  stderr: string;
  json: Buffer;
  xlsx: string;
}

/** A run's output with the `<name>.json` and `<name>.xlsx` it wrote into `dir`. */
function outputs(dir: string, name: string, r: { code: number; stdout: string; stderr: string }): Outputs {
  return { ...r, json: fs.readFileSync(path.join(dir, name + '.json')), xlsx: path.join(dir, name + '.xlsx') };
}

function mergeArgs(inputs: string[], out: string): string[] {
  return [...inputs, '--out', out + '.xlsx', '--json', out + '.json', ...AS_OF];
}

/** The same merge by `npm run merge` (node build/scripts/merge.js) and by the executable, in one folder. */
function both(target: Target, inputs: string[], cwd: string): { cli: Outputs; exe: Outputs } {
  const cli = outputs(cwd, 'cli', runCli(mergeArgs(inputs, 'cli'), cwd));
  const exe = outputs(cwd, 'exe', runExe(target, mergeArgs(inputs, 'exe'), cwd));
  return { cli, exe };
}

function assertSameMerge(cli: Outputs, exe: Outputs, slashes: (text: string) => string = (t) => t): void {
  assert.strictEqual(exe.code, cli.code, exe.stderr);
  assert.strictEqual(slashes(exe.stdout).replace(/exe\./g, 'cli.'), cli.stdout);
  assert.strictEqual(slashes(exe.stderr), cli.stderr);
  assert.strictEqual(slashes(exe.json.toString('utf8')), cli.json.toString('utf8'));
}

function copyExamples(into: string): void {
  fs.cpSync(EXAMPLES, into, { recursive: true, filter: (src) => !src.endsWith('.md') });
}

describe('single-file executables (npm run package)', function () {
  this.timeout(180000);
  let work: string;

  beforeEach(() => {
    work = tempDir('exe-');
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('the blob inside every executable names no path of this checkout, so any checkout builds the same bytes', () => {
    const blob = fs.readFileSync(path.join(ROOT, 'build', 'sea', 'merge.blob'));
    assert.strictEqual(blob.indexOf(ROOT), -1);
    assert.ok(blob.indexOf('整改台账') > 0, 'the blob should hold the merge');
  });

  describe('linux-x64', () => {
    it('runs with no node on PATH', () => {
      assert.ok(!pathWithoutNode().split(path.delimiter).some((d) => fs.existsSync(path.join(d, 'node'))));
      const r = runExe('linux-x64', ['--help'], work);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^用法：整改台账合并-linux-x64 \[文件或文件夹\.\.\.\] \[选项\]/);
    });

    it('merges the examples exactly as npm run merge does: the same JSON byte for byte, the same xlsx but for its creation time', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('linux-x64', ['examples'], work);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assertSameMerge(cli, exe);
      assert.deepStrictEqual(xlsxParts(exe.xlsx), xlsxParts(cli.xlsx));
    });

    it('compares with the week before (--previous) exactly as npm run merge does, from its workbook and from a folder with its JSON', () => {
      for (const week of ['第1周', '第2周']) fs.cpSync(path.join(ROOT, 'examples', week), path.join(work, week), { recursive: true });
      fs.mkdirSync(path.join(work, 'earlier'));
      const first = runCli(['第1周', '--out', 'earlier/w1.xlsx', '--json', 'earlier/w1.json', ...AS_OF], work);
      assert.strictEqual(first.code, 0, first.stderr);
      // The folder's JSON is read on a worker thread, which the executable starts from source text.
      for (const previous of [path.join('earlier', 'w1.xlsx'), 'earlier']) {
        const week2 = (out: string) => ['第2周', '--out', out + '.xlsx', '--json', out + '.json', '--as-of', '2026-12-02', '--previous', previous];
        const cli = outputs(work, 'cli', runCli(week2('cli'), work));
        const exe = outputs(work, 'exe', runExe('linux-x64', week2('exe'), work));
        assert.strictEqual(cli.code, 0, cli.stderr);
        assert.match(cli.stdout, /与上期（截至2026年11月25日，earlier[\\/]w1\.(xlsx|json)）相比：/);
        assertSameMerge(cli, exe);
        assert.deepStrictEqual(xlsxParts(exe.xlsx), xlsxParts(cli.xlsx), previous);
        assert.ok(JSON.parse(exe.json.toString('utf8')).changes.length > 0, previous);
      }
    });

    it('reads a GBK CSV and an old .xls (the codepage tables are inside)', () => {
      const csv = fs.readFileSync(path.join(EXAMPLES, '机关党委.csv'));
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(csv), 'the example CSV should be GBK, not UTF-8');
      assert.strictEqual(fs.readFileSync(path.join(EXAMPLES, '代表工作室整改台账.xls')).readUInt32LE(0), 0xe011cfd0, 'the example .xls should be an OLE file');
      for (const [file, department] of [
        ['机关党委.csv', '机关党委'],
        ['代表工作室整改台账.xls', '代表工作室'],
      ]) {
        fs.copyFileSync(path.join(EXAMPLES, file), path.join(work, file));
        const { cli, exe } = both('linux-x64', [file], work);
        assertSameMerge(cli, exe);
        const items = (JSON.parse(exe.json.toString('utf8')) as { items: { department: string }[] }).items;
        assert.ok(items.length > 0 && items.every((i) => i.department === department), file + ': ' + JSON.stringify(items.map((i) => i.department)));
      }
    });

    it('with arguments it is the same command: the same usage errors and exit codes', () => {
      for (const args of [['nope.xlsx', '--out', 'r.xlsx'], ['a.xlsx', '--verbose'], ['a.xlsx', '--out', 'r.csv']]) {
        const cli = runCli(args, work);
        const exe = runExe('linux-x64', args, work);
        assert.strictEqual(exe.code, 2, args.join(' '));
        assert.strictEqual(exe.code, cli.code);
        assert.strictEqual(exe.stderr, cli.stderr);
      }
    });

    it('a folder dropped on it: 汇总报告（day）.xlsx lands beside the folder, naming files from there, whatever the working folder', () => {
      const ledgers = path.join(work, '各部门台账');
      copyExamples(ledgers);
      const r = runExe('linux-x64', [ledgers, ...AS_OF], '/');
      assert.strictEqual(r.code, 0, r.stderr);
      const report = path.join(work, '汇总报告（2026-11-25）.xlsx');
      assert.match(r.stdout, new RegExp('已合并 5 个文件.*报告已写入 ' + report.replace(/[()（）.]/g, '\\$&')));
      const sources = new Set(table(readReport(report)['汇总'], 2).map((x) => String(x['来源文件']).split('/')[0]));
      assert.deepStrictEqual([...sources], ['各部门台账']);
    });

    it('files dropped on it: the report lands beside the first file', () => {
      copyExamples(work);
      const files = ['机关党委.csv', '办公室整改台账.xlsx'].map((f) => path.join(work, f));
      const r = runExe('linux-x64', files, '/');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(fs.existsSync(path.join(work, defaultReportName(todayDay()))), r.stdout);
    });

    it('double-clicked (no arguments): merges the folder it sits in, into a report there, again on a second run', () => {
      copyExamples(work);
      const exe = path.join(work, path.basename(exePath('linux-x64')));
      fs.linkSync(exePath('linux-x64'), exe);
      const report = path.join(work, defaultReportName(todayDay()));
      for (let run = 0; run < 2; run++) {
        const r = runExeAt(exe, [], path.dirname(work));
        assert.strictEqual(r.code, 0, r.stderr);
        assert.match(r.stdout, /已合并 5 个文件、6 个工作表、27 项整改事项/);
        assert.ok(fs.existsSync(report), r.stdout);
      }
    });
  });

  describe('win-x64', () => {
    it('is a valid x64 PE file whose NODE_SEA_BLOB resource is the merge, with the fuse set and no broken signature', () => {
      const exe = fs.readFileSync(exePath('win-x64'));
      const layout = peLayout(exe);
      assert.strictEqual(layout.machine, 0x8664);
      assert.strictEqual(layout.magic, 0x20b);
      const blob = rcdataResources(exe).NODE_SEA_BLOB;
      assert.ok(blob, 'NODE_SEA_BLOB resource missing');
      assert.ok(blob.equals(fs.readFileSync(path.join(ROOT, 'build', 'sea', 'merge.blob'))), 'the resource is not the merge blob');
      assert.ok(exe.indexOf('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1') > 0, 'fuse not set');
      assert.strictEqual(hasSignature(exe), false);
    });

    it('under Wine, merges the examples as npm run merge does (Windows path separators aside)', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('win-x64', ['examples'], work);
      assert.strictEqual(cli.code, 0, cli.stderr);
      // File names in messages and JSON: examples\a.xlsx on Windows (JSON-escaped as examples\\a.xlsx).
      assertSameMerge(cli, exe, (t) => t.split('examples\\\\').join('examples/').split('examples\\').join('examples/'));
      assert.deepStrictEqual(Object.keys(xlsxParts(exe.xlsx)), Object.keys(xlsxParts(cli.xlsx)));
    });

    it('under Wine in a terminal, exits without asking for Enter', () => {
      const r = runExe('win-x64', ['nope.xlsx'], work, { terminal: true });
      assert.strictEqual(r.code, 2, r.stdout);
      assert.match(r.stdout, /找不到输入文件或文件夹：nope\.xlsx/);
      assert.doesNotMatch(r.stdout, /按回车键/);
    });
  });

  describe('linux-arm64', () => {
    it('under qemu, merges the examples exactly as npm run merge does', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('linux-arm64', ['examples'], work);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assertSameMerge(cli, exe);
      assert.deepStrictEqual(xlsxParts(exe.xlsx), xlsxParts(cli.xlsx));
    });
  });
});
