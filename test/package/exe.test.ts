// The single-file executables `npm run package` writes to release/, run as the clerks run them: no
// Node installed, files dropped on them or double-clicked in a folder of ledgers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYMD, serialFromDay, todayDay } from '../../ledger/days';
import { defaultReportName } from '../../scripts/merge-args';
import { hasSignature, peLayout, rcdataResources } from '../../scripts/package/pe';
import { ROOT, Target } from '../../scripts/package/pins';
import { addinIdentity, findManifest } from '../../scripts/template/addin-settings';
import { readReport, runCli, table, tempDir } from '../merge/cli-helpers';
import { FillRow, fillLedger, runTemplateCli } from '../template/fixtures';
import { ExeResult, exePath, pathWithoutNode, runExe, runExeAt, zipParts } from './exe';

const AS_OF = ['--as-of', '2026-11-25'];
/** The first week's ledgers: five files of every kind a department sends. */
const EXAMPLES = path.join(ROOT, 'examples', '第1周');

type Parts = { [part: string]: string };

interface Outputs extends ExeResult {
  json: Buffer;
  xlsx: string;
  /** The 督查通报 (`bulletin`) and each 督办通知单 by file name, when asked for. */
  notices?: { [document: string]: Parts };
}

/** The notices a run wrote into `dir`: `<name>.docx` and the files of `<name>.通知单`. */
function noticeParts(dir: string, name: string): { [document: string]: Parts } {
  const out: { [document: string]: Parts } = { bulletin: zipParts(path.join(dir, name + '.docx')) };
  const forms = path.join(dir, name + '.通知单');
  for (const file of fs.readdirSync(forms).sort()) out[file] = zipParts(path.join(forms, file));
  return out;
}

/** A run's output with the `<name>.json` and `<name>.xlsx` (and notices) it wrote into `dir`. */
function outputs(dir: string, name: string, r: ExeResult, notices: boolean): Outputs {
  const out: Outputs = { ...r, json: fs.readFileSync(path.join(dir, name + '.json')), xlsx: path.join(dir, name + '.xlsx') };
  if (notices) out.notices = noticeParts(dir, name);
  return out;
}

function mergeArgs(inputs: string[], out: string, notices: boolean): string[] {
  const args = [...inputs, '--out', out + '.xlsx', '--json', out + '.json', ...AS_OF];
  return notices ? [...args, '--notice', out + '.docx', '--notices-dir', out + '.通知单'] : args;
}

/** The same merge by `npm run merge` (node build/scripts/merge.js) and by the executable, in one folder. */
function both(target: Target, inputs: string[], cwd: string, notices = false): { cli: Outputs; exe: Outputs } {
  const cli = outputs(cwd, 'cli', runCli(mergeArgs(inputs, 'cli', notices), cwd), notices);
  const exe = outputs(cwd, 'exe', runExe(target, mergeArgs(inputs, 'exe', notices), cwd), notices);
  return { cli, exe };
}

/** The templates a run wrote into `dir`, by file name. */
function templateParts(dir: string): { [file: string]: Parts } {
  const out: { [file: string]: Parts } = {};
  for (const file of fs.readdirSync(dir).sort()) out[file] = zipParts(path.join(dir, file));
  return out;
}

function templateArgs(dir: string): string[] {
  return ['--out', dir + '/整改台账模板.xlsx', '--departments', '办公室,研究室', '--out-dir', dir];
}

/** The same templates by `npm run template` and by `run` (the executable's template command), in one folder. */
function bothTemplates(run: (args: string[]) => ExeResult, cwd: string): { cli: ExeResult; exe: ExeResult } {
  const cli = runTemplateCli(templateArgs('cli'), cwd);
  assert.strictEqual(cli.code, 0, cli.stderr);
  const exe = run(templateArgs('exe'));
  assert.deepStrictEqual(templateParts(path.join(cwd, 'exe')), templateParts(path.join(cwd, 'cli')));
  return { cli, exe };
}

const day = (m: number, d: number) => serialFromDay(dayFromYMD(2026, m, d));

/** Rows a department types into its template: its own department left for the template to say. */
const FILLED: FillRow[] = [
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
    category: '制度落实',
    problem: '会议材料印发不及时',
    measures: '提前三天印发',
    owner: '张华',
    deadline: '长期坚持',
    status: '持续推进',
  },
  {
    id: 3,
    category: '其他',
    problem: '培训覆盖面不足',
    measures: '开展全员轮训',
    owner: '陈静',
    deadline: day(9, 30),
    status: '已销号',
    closedOn: day(10, 15),
  },
];

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

  it('docx is no part of the script, which starts without parsing it: the blob carries its build and the manifest as assets', () => {
    const script = fs.readFileSync(path.join(ROOT, 'build', 'sea', 'merge.js'), 'utf8');
    const blob = fs.readFileSync(path.join(ROOT, 'build', 'sea', 'merge.blob'));
    const docx = fs.readFileSync(require.resolve('docx'), 'utf8');
    const probe = docx.slice(docx.length >> 1, (docx.length >> 1) + 400);
    assert.strictEqual(script.indexOf(probe), -1, 'the script should not hold docx');
    assert.ok(blob.indexOf(probe) > 0, 'the blob should hold docx');
    assert.ok(blob.indexOf(fs.readFileSync(path.join(ROOT, 'manifest.xml'))) > 0, 'the blob should hold manifest.xml');
  });

  describe('linux-x64', () => {
    it('runs with no node on PATH', () => {
      assert.ok(
        !pathWithoutNode()
          .split(path.delimiter)
          .some((d) => fs.existsSync(path.join(d, 'node'))),
      );
      const r = runExe('linux-x64', ['--help'], work);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^用法：整改台账合并-linux-x64 \[文件或文件夹\.\.\.\] \[选项\]/);
    });

    it('merges the examples exactly as npm run merge does: the same JSON byte for byte, the same xlsx but for its creation time', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('linux-x64', ['examples'], work);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assertSameMerge(cli, exe);
      assert.deepStrictEqual(zipParts(exe.xlsx), zipParts(cli.xlsx));
    });

    it('writes the 督查通报 and the 督办通知单 as npm run merge does: the same files, every part the same but for its creation time', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('linux-x64', ['examples'], work, true);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assertSameMerge(cli, exe);
      assert.match(exe.stdout, /督查通报已写入 exe\.docx\n督办通知单 6 份已写入 exe\.通知单/);
      assert.deepStrictEqual(exe.notices, cli.notices);
    });

    it('compares with the week before (--previous) exactly as npm run merge does, from its workbook and from a folder with its JSON', () => {
      for (const week of ['第1周', '第2周']) fs.cpSync(path.join(ROOT, 'examples', week), path.join(work, week), { recursive: true });
      fs.mkdirSync(path.join(work, 'earlier'));
      const first = runCli(['第1周', '--out', 'earlier/w1.xlsx', '--json', 'earlier/w1.json', ...AS_OF], work);
      assert.strictEqual(first.code, 0, first.stderr);
      // The earlier report is read on a worker thread, which the executable starts from source text.
      for (const previous of [path.join('earlier', 'w1.xlsx'), 'earlier']) {
        const week2 = (out: string) => [
          '第2周',
          '--out',
          out + '.xlsx',
          '--json',
          out + '.json',
          '--as-of',
          '2026-12-02',
          '--previous',
          previous,
          '--debug',
        ];
        const cli = outputs(work, 'cli', runCli(week2('cli'), work), false);
        const exe = outputs(work, 'exe', runExe('linux-x64', week2('exe'), work), false);
        assert.strictEqual(cli.code, 0, cli.stderr);
        assert.match(cli.stdout, /与上期（截至2026年11月25日，earlier[\\/]w1\.(xlsx|json)）相比：/);
        assertSameMerge(cli, exe);
        assert.deepStrictEqual(zipParts(exe.xlsx), zipParts(cli.xlsx), previous);
        assert.ok(JSON.parse(exe.json.toString('utf8')).changes.length > 0, previous);
        assert.match(exe.stderr, /debug: earlier report earlier[\\/]w1\.(xlsx|json) read ahead on the worker thread/, previous);
      }
    });

    it('reads a GBK CSV and an old .xls (the codepage tables are inside)', () => {
      const csv = fs.readFileSync(path.join(EXAMPLES, '机关党委.csv'));
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(csv), 'the example CSV should be GBK, not UTF-8');
      assert.strictEqual(
        fs.readFileSync(path.join(EXAMPLES, '代表工作室整改台账.xls')).readUInt32LE(0),
        0xe011cfd0,
        'the example .xls should be an OLE file',
      );
      for (const [file, department] of [
        ['机关党委.csv', '机关党委'],
        ['代表工作室整改台账.xls', '代表工作室'],
      ]) {
        fs.copyFileSync(path.join(EXAMPLES, file), path.join(work, file));
        const { cli, exe } = both('linux-x64', [file], work);
        assertSameMerge(cli, exe);
        const items = (JSON.parse(exe.json.toString('utf8')) as { items: { department: string }[] }).items;
        assert.ok(
          items.length > 0 && items.every((i) => i.department === department),
          file + ': ' + JSON.stringify(items.map((i) => i.department)),
        );
      }
    });

    it('with arguments it is the same command: the same usage errors and exit codes', () => {
      for (const args of [
        ['nope.xlsx', '--out', 'r.xlsx'],
        ['a.xlsx', '--verbose'],
        ['a.xlsx', '--out', 'r.csv'],
      ]) {
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

    it('template (or 模板) first: the template command, writing what npm run template writes, with the add-in of the manifest it carries', () => {
      // A copy away from any checkout: no manifest.xml to be found from where it runs or lies.
      const exe = path.join(work, path.basename(exePath('linux-x64')));
      fs.linkSync(exePath('linux-x64'), exe);
      assert.strictEqual(findManifest(work), null);
      const { cli, exe: r } = bothTemplates((args) => runExeAt(exe, ['模板', ...args], work), work);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stderr, cli.stderr);
      assert.strictEqual(r.stdout.replace(/exe\//g, 'cli/'), cli.stdout);
      const identity = addinIdentity(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
      const extension = zipParts(path.join(work, 'exe', '办公室整改台账.xlsx'))['xl/webextensions/webextension1.xml'];
      assert.ok(extension.indexOf('<we:reference id="' + identity.id + '" version="' + identity.version + '"') > 0, extension);
    });

    it('a template it wrote comes back filled in and it merges it with no data problem, knowing the template and its department', () => {
      const t = runExe('linux-x64', ['template', '--departments', '办公室', '--out-dir', 'sent'], work);
      assert.strictEqual(t.code, 0, t.stderr);
      const id = (/模板编号 (ZGTZ-[0-9A-F]{12})/.exec(t.stdout) as RegExpExecArray)[1];
      fs.mkdirSync(path.join(work, 'back'));
      fs.writeFileSync(
        path.join(work, 'back', '办公室整改台账.xlsx'),
        fillLedger(fs.readFileSync(path.join(work, 'sent', '办公室整改台账.xlsx')), FILLED, 4),
      );
      const r = runExe('linux-x64', ['back', '--out', 'r.xlsx', '--json', 'r.json', ...AS_OF], work);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /发现数据问题 0 条；/);
      const report = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8')) as {
        files: { template?: unknown }[];
        items: { department: string }[];
        problems: unknown[];
      };
      assert.deepStrictEqual(report.problems, []);
      assert.deepStrictEqual(
        report.files.map((f) => f.template),
        [{ id, department: '办公室' }],
      );
      assert.deepStrictEqual(
        report.items.map((i) => i.department),
        FILLED.map(() => '办公室'),
      );
    });

    it("the template command's help and usage errors name the executable; the merge's help names the template command", () => {
      const command = path.basename(exePath('linux-x64'));
      for (const word of ['template', '模板']) {
        const r = runExe('linux-x64', [word, '--help'], work);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.ok(
          r.stdout.startsWith(
            '用法：' + command + ' ' + word + ' --out <模板.xlsx> [选项]\n      ' + command + ' ' + word + ' --departments',
          ),
          r.stdout,
        );
      }
      for (const args of [['--rows', '0', '--out', 'a.xlsx'], ['--out-dir', 'x'], ['--bogus']]) {
        const cli = runTemplateCli(args, work);
        const r = runExe('linux-x64', ['template', ...args], work);
        assert.strictEqual(cli.code, 2, args.join(' '));
        assert.strictEqual(r.code, cli.code);
        assert.strictEqual(r.stderr, cli.stderr.replace('npm run template --', command + ' template'));
      }
      const merge = runExe('linux-x64', ['--help'], work);
      assert.match(merge.stdout, new RegExp('^ {6}' + command + ' template \\[选项\\]（生成下发各部门的台账模板', 'm'));
    });

    it('a folder named template or 模板 dropped on it is merged: a drop passes full paths', () => {
      for (const name of ['template', '模板']) {
        copyExamples(path.join(work, name));
        const r = runExe('linux-x64', [path.join(work, name), ...AS_OF], '/');
        assert.strictEqual(r.code, 0, r.stderr);
        assert.match(r.stdout, /已合并 5 个文件/);
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

    it('under Wine, merges the examples and writes the notices as npm run merge does (Windows path separators aside)', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('win-x64', ['examples'], work, true);
      assert.strictEqual(cli.code, 0, cli.stderr);
      // File names in messages and JSON: examples\a.xlsx on Windows (JSON-escaped as examples\\a.xlsx).
      assertSameMerge(cli, exe, (t) => t.split('examples\\\\').join('examples/').split('examples\\').join('examples/'));
      assert.deepStrictEqual(Object.keys(zipParts(exe.xlsx)), Object.keys(zipParts(cli.xlsx)));
      assert.deepStrictEqual(exe.notices, cli.notices);
    });

    it('under Wine, the template command writes what npm run template writes', () => {
      const { cli, exe } = bothTemplates((args) => runExe('win-x64', ['template', ...args], work), work);
      assert.strictEqual(exe.code, 0, exe.stderr);
      assert.strictEqual(exe.stdout.replace(/exe[\\/]/g, 'cli/'), cli.stdout);
    });

    it('under Wine in a terminal, exits without asking for Enter', () => {
      const r = runExe('win-x64', ['nope.xlsx'], work, { terminal: true });
      assert.strictEqual(r.code, 2, r.stdout);
      assert.match(r.stdout, /找不到输入文件或文件夹：nope\.xlsx/);
      assert.doesNotMatch(r.stdout, /按回车键/);
    });
  });

  describe('linux-arm64', () => {
    it('under qemu, merges the examples and writes the notices exactly as npm run merge does', () => {
      copyExamples(path.join(work, 'examples'));
      const { cli, exe } = both('linux-arm64', ['examples'], work, true);
      assert.strictEqual(cli.code, 0, cli.stderr);
      assertSameMerge(cli, exe);
      assert.deepStrictEqual(zipParts(exe.xlsx), zipParts(cli.xlsx));
      assert.deepStrictEqual(exe.notices, cli.notices);
    });

    it('under qemu, the template command writes what npm run template writes', () => {
      const { cli, exe } = bothTemplates((args) => runExe('linux-arm64', ['template', ...args], work), work);
      assert.strictEqual(exe.code, 0, exe.stderr);
      assert.strictEqual(exe.stdout.replace(/exe\//g, 'cli/'), cli.stdout);
    });
  });
});
