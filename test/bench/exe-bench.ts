// Executable benchmark: start-up of the single-file executable (Node and the bundled merge in one file)
// against `node build/scripts/merge.js` (and template.js), the same version of the commands, in the same run.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exeName, hostName, isTarget, RELEASE_DIR } from '../../scripts/package/pins';
import { median } from './table';

const BUILD = path.resolve(__dirname, '..', '..');
const MERGE = path.join(BUILD, 'scripts', 'merge.js');
const TEMPLATE = path.join(BUILD, 'scripts', 'template.js');
const EXAMPLES = path.join(BUILD, '..', 'examples', '第1周');
const REPEATS = 15;
/** The executable carries its whole merge in one script, so it should start no slower than Node loading it file by file. */
const TARGET_RATIO = 1.2;

function wallMs(file: string, args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, args, { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(file + ' failed: ' + (r.error || r.stderr));
  return ms;
}

export function runExeBench(out: (line: string) => void): void {
  const host = hostName();
  if (!isTarget(host)) throw new Error('no executable is made for ' + host);
  const exe = path.join(RELEASE_DIR, exeName(host));
  if (!fs.existsSync(exe)) throw new Error(exe + ' is missing: npm run bench packages first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exe-bench-'));
  try {
    const examples = [EXAMPLES, '--out', path.join(dir, 'r.xlsx'), '--as-of', '2026-11-25'];
    const notices = ['--notice', path.join(dir, 'n.docx'), '--notices-dir', path.join(dir, 'n')];
    // A new folder each run: replacing templates first reads them (nothing filled may be lost), a
    // SheetJS load the first generation does not have; that case is shown apart, for reference.
    const template = (folder: string) => ['--departments', '办公室,研究室', '--out-dir', folder];
    const fresh = (run: string) => {
      const folder = path.join(dir, 't-' + run);
      fs.mkdirSync(folder);
      return template(folder);
    };
    fs.mkdirSync(path.join(dir, 't'));
    // [name, script, arguments of run i ('node' or 'exe' + i), the executable's word before them, has a target]
    const cases: [string, string, (run: string) => string[], string[], boolean][] = [
      ['--help (start-up only)', MERGE, () => ['--help'], [], true],
      ['the 5 examples', MERGE, () => examples, [], true],
      ['the same with notices', MERGE, () => examples.concat(notices), [], true],
      ['template, 2 departments', TEMPLATE, fresh, ['template'], true],
      ['template, replacing', TEMPLATE, () => template(path.join(dir, 't')), ['template'], false],
    ];
    const scripts = path.relative(process.cwd(), path.dirname(MERGE));
    out(
      'exe: ' +
        path.basename(exe) +
        ' against node ' +
        scripts +
        '/merge.js or template.js (Node ' +
        process.version +
        '), wall time, median of ' +
        REPEATS,
    );
    for (const [name, script, args, word, targeted] of cases) {
      const node: number[] = [];
      const sea: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        node.push(wallMs(process.execPath, [script, ...args('node' + i)], dir));
        sea.push(wallMs(exe, word.concat(args('exe' + i)), dir));
      }
      const ratio = median(sea) / median(node);
      const met = ratio <= TARGET_RATIO;
      const verdict = targeted ? '(target ≤ ' + TARGET_RATIO + '×: ' + (met ? 'met' : 'MISSED') + ')' : '(for reference)';
      out(
        '  ' +
          name.padEnd(24) +
          'node ' +
          median(node).toFixed(0).padStart(4) +
          ' ms   exe ' +
          median(sea).toFixed(0).padStart(4) +
          ' ms   ratio ' +
          ratio.toFixed(2) +
          '×  ' +
          verdict,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
