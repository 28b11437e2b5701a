// LibreOffice as the judge of what we write: converts xlsx/docx headless (to pdf, xlsx, csv …).
// One private user profile per test process, so runs in parallel never share LibreOffice's lock.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toolPath } from './tools';

export interface ConvertOptions {
  /** Recalculate every formula on load (LibreOffice keeps cached xlsx results by default). */
  recalculate?: boolean;
  /** Output folder; default: a fresh temp folder. */
  outDir?: string;
  /** A fontconfig file LibreOffice renders with instead of the system's (to judge text under given fonts). */
  fontconfig?: string;
}

const profiles: { [mode: string]: string } = {};

/** The soffice binary, as the test set-up finds it, or an Error naming what to install. */
export function sofficePath(): string {
  return toolPath('soffice');
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
  return convertAllWith([file], format, options)[0];
}

/**
 * Converts several files in one LibreOffice run (its start-up is most of a conversion's time);
 * returns the output paths in the order of `files`, whose names must differ.
 */
export function convertAllWith(files: string[], format: string, options: ConvertOptions = {}): string[] {
  const outDir = options.outDir || fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
  const profile = 'file://' + profileDir(!!options.recalculate);
  const ext = format.split(':')[0];
  const outputs = files.map((file) => path.join(outDir, path.basename(file, path.extname(file)) + '.' + ext));
  if (new Set(outputs).size !== outputs.length) throw new Error('two files of one name: ' + files.join(', '));
  const r = spawnSync(
    sofficePath(),
    ['-env:UserInstallation=' + profile, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
    {
      encoding: 'utf8',
      timeout: 180000,
      env: options.fontconfig ? { ...process.env, FONTCONFIG_FILE: options.fontconfig } : process.env,
    },
  );
  if (r.error) throw r.error;
  files.forEach((file, i) => {
    if (!fs.existsSync(outputs[i])) {
      throw new Error('LibreOffice wrote nothing for ' + file + ' (' + format + '): ' + r.stdout + r.stderr);
    }
  });
  return outputs;
}
