// LibreOffice as the judge of what we write: converts xlsx/docx headless (to pdf, xlsx, csv …).
// One private user profile per test process, so runs in parallel never share LibreOffice's lock.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface ConvertOptions {
  /** Recalculate every formula on load (LibreOffice keeps cached xlsx results by default). */
  recalculate?: boolean;
  /** Output folder; default: a fresh temp folder. */
  outDir?: string;
  /** Extra environment for LibreOffice (e.g. FONTCONFIG_FILE). */
  env?: NodeJS.ProcessEnv;
}

const profiles: { [mode: string]: string } = {};

/** The soffice binary, or an Error naming what to install. */
export function sofficePath(): string {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('LibreOffice (soffice) not found: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui');
}

// LibreOffice reads its settings from the profile; the recalc-on-load switch lives there.
function profileDir(recalculate: boolean): string {
  const mode = recalculate ? 'recalc' : 'plain';
  if (profiles[mode]) return profiles[mode];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-' + mode + '-'));
  if (recalculate) {
    const user = path.join(dir, 'user');
    fs.mkdirSync(user, { recursive: true });
    const item = (prop: string): string =>
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="' +
      prop +
      '" oor:op="fuse"><value>0</value></prop></item>';
    fs.writeFileSync(
      path.join(user, 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        item('OOXMLRecalcMode') +
        item('ODFRecalcMode') +
        '</oor:items>\n',
    );
  }
  profiles[mode] = dir;
  return dir;
}

/**
 * Converts `file` with LibreOffice headless to `format` (e.g. "pdf", "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76")
 * and returns the output path. Throws with LibreOffice's output when nothing was written.
 */
export function convertWith(file: string, format: string, options: ConvertOptions = {}): string {
  const outDir = options.outDir || fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
  const profile = 'file://' + profileDir(!!options.recalculate);
  const r = spawnSync(
    sofficePath(),
    ['-env:UserInstallation=' + profile, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 180000, env: options.env ? { ...process.env, ...options.env } : process.env },
  );
  const ext = format.split(':')[0];
  const out = path.join(outDir, path.basename(file, path.extname(file)) + '.' + ext);
  if (r.error) throw r.error;
  if (!fs.existsSync(out)) {
    throw new Error('LibreOffice wrote nothing for ' + file + ' (' + format + '): ' + r.stdout + r.stderr);
  }
  return out;
}
