// Reading the notices back for the tests: the docx's XML parts (unzipped with fflate), and the
// PDF LibreOffice makes of it, read with poppler's pdftotext / pdfinfo / pdftoppm.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { convertWith } from '../libreoffice';

/** Every XML part of a .docx by its path in the package. */
export function docxParts(file: string): { [part: string]: string } {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const out: { [part: string]: string } = {};
  for (const name of Object.keys(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(files[name]);
  return out;
}

function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw new Error(tool + ' not found: apt-get install -y poppler-utils (' + r.error.message + ')');
  if (r.status !== 0) throw new Error(tool + ' failed: ' + r.stderr);
  return r.stdout;
}

export function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = poppler('pdfinfo', [pdf]);
  return { pages: Number((/^Pages:\s+(\d+)/m.exec(info) || [])[1]), size: ((/^Page size:\s+(.*)$/m.exec(info) || [])[1] || '').trim() };
}

/** The text of each page; `layout` keeps the lines as laid out. */
export function pdfPages(pdf: string, layout = false): string[] {
  const text = poppler('pdftotext', (layout ? ['-layout'] : []).concat([pdf, '-']));
  return text.split('\f').slice(0, -1);
}

const PAGE_NUMBER_LINE = /^\s*—\s*\d+\s*—\s*$/gm;

/**
 * All pages' text without page numbers or white space (LibreOffice spaces digits from Chinese);
 * `layout` reads a table row by row, as long as each cell holds one line.
 */
export function compactText(pdf: string, layout = false): string {
  return pdfPages(pdf, layout)
    .map((p) => p.replace(PAGE_NUMBER_LINE, ''))
    .join('')
    .replace(/\s+/g, '');
}

/** The page number lines ("— 1 —") of a PDF, page by page. */
export function pageNumberLines(pdf: string): string[] {
  return pdfPages(pdf, true).map((p) => ((p.match(PAGE_NUMBER_LINE) || [''])[0] || '').replace(/\s+$/, ''));
}

/**
 * Fonts for LibreOffice's rendering only: the 公文 font names mapped to the closest CJK fonts
 * Debian has (AR PL UMing/UKai, WenQuanYi Zen Hei; the tests' set-up installs them). The page grid
 * is judged with these: with whatever CJK font fontconfig picks instead, LibreOffice set 21 lines on
 * some pages where the grid asks 22.
 */
function fontConfig(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-fonts-'));
  const alias = (family: string, prefer: string): string =>
    '<alias binding="same"><family>' + family + '</family><prefer><family>' + prefer + '</family></prefer></alias>';
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
      [
        alias('仿宋_GB2312', 'AR PL UMing CN'),
        alias('方正小标宋简体', 'AR PL UMing CN'),
        alias('宋体', 'AR PL UMing CN'),
        alias('楷体_GB2312', 'AR PL UKai CN'),
        alias('黑体', 'WenQuanYi Zen Hei'),
      ].join('\n') +
      '\n</fontconfig>\n',
  );
  return file;
}

let fonts: string | null = null;

/** The PDF LibreOffice makes of a .docx, in outDir. */
export function docxToPdf(docx: string, outDir: string): string {
  if (fonts === null) fonts = fontConfig();
  return convertWith(docx, 'pdf', { outDir, fontconfig: fonts });
}

/** The first page as a PNG (for the README), at a resolution that reads on screen. */
export function firstPagePng(pdf: string, png: string): void {
  poppler('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, '')]);
}
