// Running the single-file executables in release/ as a clerk would, without Node: natively when the
// target is this machine's, the Windows one under Wine and the ARM64 one under qemu on Linux x64.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { exeName, hostName, RELEASE_DIR, Target } from '../../scripts/package/pins';
import { repoRoot } from '../repo-root';
import { toolPath } from '../tools';

export interface ExeResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function exePath(target: Target): string {
  const file = path.join(RELEASE_DIR, exeName(target));
  if (!fs.existsSync(file)) throw new Error(file + ' 不存在：先运行 npm run package（npm test 会先打包）');
  return file;
}

/** PATH without any folder that holds a `node`, so the executable cannot lean on one. */
export function pathWithoutNode(): string {
  return (process.env.PATH || '')
    .split(path.delimiter)
    .filter((dir) => dir && !fs.existsSync(path.join(dir, process.platform === 'win32' ? 'node.exe' : 'node')))
    .join(path.delimiter);
}

/** Wine's own Windows, told to be Windows 10 (Node refuses older ones), made once per checkout. */
function winePrefix(): string {
  const prefix = path.join(repoRoot(__dirname), 'node_modules', '.cache', 'wine-prefix');
  const ready = path.join(prefix, '.windows-10');
  if (!fs.existsSync(ready)) {
    fs.mkdirSync(prefix, { recursive: true });
    const r = spawnSync(toolPath('wine'), ['reg', 'add', 'HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10', '/f'], {
      env: { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all' },
      encoding: 'utf8',
      timeout: 300000,
    });
    if (r.status !== 0) throw new Error('Wine could not set up ' + prefix + ': ' + (r.error || r.stderr));
    fs.writeFileSync(ready, '');
  }
  return prefix;
}

/** The command line that runs `target`'s executable here, or an error saying why it cannot run. */
export function exeCommand(
  target: Target,
  args: string[],
  options: { terminal?: boolean } = {},
): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  const exe = exePath(target);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathWithoutNode() };
  let file = exe;
  let argv = args;
  if (target !== hostName()) {
    if (hostName() !== 'linux-x64')
      throw new Error(exeName(target) + ' cannot run on ' + hostName() + ': the executable tests need Linux x64 (with Wine and qemu)');
    if (target === 'win-x64') {
      env.WINEPREFIX = winePrefix();
      env.WINEDEBUG = '-all';
      file = toolPath('wine');
      argv = [exe, ...args];
    } else {
      file = toolPath('qemuAarch64');
      argv = ['-L', toolPath('arm64Sysroot'), exe, ...args];
    }
  }
  if (options.terminal) {
    // script(1) gives the program a pseudo-terminal, as a console window or a shell would.
    const quoted = [file, ...argv].map((a) => "'" + a.replace(/'/g, "'\\''") + "'").join(' ');
    return { file: toolPath('script'), args: ['-qec', quoted, '/dev/null'], env };
  }
  return { file, args: argv, env };
}

/** Runs a program and collects its output through files, not pipes: Node under Wine cannot write to a Linux pipe. */
function runCollecting(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ExeResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exe-run-'));
  const outFile = path.join(dir, 'stdout');
  const errFile = path.join(dir, 'stderr');
  const out = fs.openSync(outFile, 'w');
  const err = fs.openSync(errFile, 'w');
  try {
    const r = spawnSync(file, args, { cwd, env, stdio: ['ignore', out, err], timeout: 120000 });
    if (r.error) throw r.error;
    return { code: r.status === null ? -1 : r.status, stdout: fs.readFileSync(outFile, 'utf8'), stderr: fs.readFileSync(errFile, 'utf8') };
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function runExe(target: Target, args: string[], cwd: string, options: { terminal?: boolean } = {}): ExeResult {
  const cmd = exeCommand(target, args, options);
  return runCollecting(cmd.file, cmd.args, cwd, cmd.env);
}

/** Runs a copy of this machine's executable found elsewhere (as a clerk's copy in a folder of ledgers). */
export function runExeAt(file: string, args: string[], cwd: string): ExeResult {
  return runCollecting(file, args, cwd, { ...process.env, PATH: pathWithoutNode() });
}

/** Every part of an xlsx or docx file, with the creation time (which differs between any two runs) masked. */
export function zipParts(file: string): { [part: string]: string } {
  const parts = unzipSync(fs.readFileSync(file));
  const out: { [part: string]: string } = {};
  for (const name of Object.keys(parts).sort()) {
    const text = Buffer.from(parts[name]).toString('utf8');
    out[name] = name === 'docProps/core.xml' ? text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME') : text;
  }
  return out;
}
