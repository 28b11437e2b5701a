// The CJK fonts that stand in for 宋体 where it is not installed (LibreOffice and WPS on Linux,
// UOS, Kylin), as fontconfig set-ups LibreOffice can be run with one at a time.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The common fallbacks, the Debian package of each, and a Latin font a system pairs them with. */
const FALLBACKS = [
  { family: 'Noto Sans CJK SC', install: 'fonts-noto-cjk' },
  { family: 'WenQuanYi Micro Hei', install: 'fonts-wqy-microhei' },
  { family: 'WenQuanYi Zen Hei', install: 'fonts-wqy-zenhei' },
];
const LATIN = { family: 'DejaVu Sans', install: 'fonts-dejavu-core' };
/** Names a Chinese workbook asks for that a Linux desktop maps to its CJK font. */
const CHINESE_NAMES = ['宋体', 'SimSun', '新宋体', 'NSimSun'];

export interface FontSetup {
  /** e.g. "Noto Sans CJK SC, 宋体 mapped to it". */
  name: string;
  /** FONTCONFIG_FILE for LibreOffice. */
  fontconfig: string;
}

/** Every file of the family (regular, bold …). */
function fontFiles(family: string, install: string): string[] {
  const r = spawnSync('fc-list', [':family=' + family, 'file'], { encoding: 'utf8' });
  const files: string[] = [];
  for (const line of (r.stdout || '').split('\n')) {
    const file = line.replace(/:\s*$/, '');
    if (file && files.indexOf(file) < 0) files.push(file);
  }
  if (files.length === 0) throw new Error(`font "${family}" not found (fc-list): apt-get install -y ${install}`);
  return files;
}

// LibreOffice ignores fonts reached through symlinks: the config names the fonts' own folders
// and accepts only the given files from them.
function writeConfig(dir: string, name: string, files: string[], alias: string | null): string {
  const folders: string[] = [];
  for (const f of files) if (folders.indexOf(path.dirname(f)) < 0) folders.push(path.dirname(f));
  const aliases = alias
    ? CHINESE_NAMES.map((n) => `<alias binding="same"><family>${n}</family><prefer><family>${alias}</family></prefer></alias>`).join('')
    : '';
  const file = path.join(dir, name + '.conf');
  fs.writeFileSync(
    file,
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>' +
      folders.map((f) => `<dir>${f}</dir>`).join('') +
      `<cachedir>${path.join(dir, 'cache')}</cachedir>` +
      '<selectfont><rejectfont><glob>*</glob></rejectfont><acceptfont>' +
      files.map((f) => `<glob>${f}</glob>`).join('') +
      `</acceptfont></selectfont>${aliases}</fontconfig>\n`,
  );
  return file;
}

/** The fallback families, widest first. */
export const CJK_FALLBACKS = FALLBACKS.map((f) => f.family);

/**
 * A set-up for one fallback: `mapped`, 宋体 maps to it outright (as a distribution's fontconfig
 * does); otherwise only its CJK glyphs stand in and Latin text takes DejaVu Sans. Throws, naming
 * the package, when a font is not installed.
 */
export function cjkFallbackSetup(family: string, mapped: boolean): FontSetup {
  const spec = FALLBACKS.filter((f) => f.family === family)[0];
  if (!spec) throw new Error('not a known fallback: ' + family);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjk-fonts-'));
  const cjk = fontFiles(spec.family, spec.install);
  return mapped
    ? { name: family + ', 宋体 mapped to it', fontconfig: writeConfig(dir, 'mapped', cjk, family) }
    : {
        name: family + ' for CJK glyphs, DejaVu Sans for Latin',
        fontconfig: writeConfig(dir, 'glyphs', cjk.concat(fontFiles(LATIN.family, LATIN.install)), null),
      };
}
