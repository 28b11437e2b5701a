// Making templates in the tests, reading their parts, and filling them in as a department would:
// values typed into the prepared cells, every rule, style and part of the file left as it was.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { columnLetter } from '../../ledger/cells';
import { COLUMN_KEYS } from '../../ledger/schema';
import { ColumnKey } from '../../ledger/types';
import { main } from '../../scripts/template';
import { repoRoot } from '../repo-root';

export type Parts = { [path: string]: string };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real command, as a process. */
export function runTemplateCli(args: string[], cwd: string): CliRun {
  const script = path.join(repoRoot(), 'build', 'scripts', 'template.js');
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status === null ? -1 : r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command's main(), in this process: the same code without a process start. */
export function makeTemplates(args: string[], cwd: string): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, cwd);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export function parts(file: string): Parts {
  const files = unzipSync(fs.readFileSync(file));
  const out: Parts = {};
  for (const k of Object.keys(files)) out[k] = strFromU8(files[k]);
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The document settings held in the web extension part, parsed from their JSON. */
export function documentSettings(p: Parts): { [name: string]: unknown } {
  const xml = p['xl/webextensions/webextension1.xml'];
  const out: { [name: string]: unknown } = {};
  const re = /<we:property name="([^"]*)" value="([^"]*)"\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out[unescapeXml(m[1])] = JSON.parse(unescapeXml(m[2]));
  return out;
}

export interface SheetRule {
  sqref: string;
  formula: string;
  dxfId?: number;
  stopIfTrue: boolean;
}

/** The conditional formats of a sheet part, in priority order. */
export function conditionalFormats(sheetXml: string): SheetRule[] {
  const out: (SheetRule & { priority: number })[] = [];
  const re = /<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sheetXml))) {
    const ruleRe = /<cfRule ([^>]*)>[\s\S]*?<formula>([\s\S]*?)<\/formula>[\s\S]*?<\/cfRule>/g;
    let r: RegExpExecArray | null;
    while ((r = ruleRe.exec(m[2]))) {
      const attr = (name: string): string | undefined => (new RegExp('\\b' + name + '="([^"]*)"').exec(r![1]) || [])[1];
      out.push({
        sqref: m[1],
        formula: unescapeXml(r[2]),
        dxfId: attr('dxfId') === undefined ? undefined : Number(attr('dxfId')),
        stopIfTrue: attr('stopIfTrue') === '1' || attr('stopIfTrue') === 'true',
        priority: Number(attr('priority')),
      });
    }
  }
  return out
    .sort((a, b) => a.priority - b.priority)
    .map(({ sqref, formula, dxfId, stopIfTrue }) => ({ sqref, formula, dxfId, stopIfTrue }));
}

export interface SheetValidation {
  sqref: string;
  type: string;
  attrs: string;
  formula1: string;
  formula2?: string;
}

export function dataValidations(sheetXml: string): SheetValidation[] {
  const out: SheetValidation[] = [];
  const re = /<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sheetXml))) {
    const f1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2]);
    const f2 = /<formula2>([\s\S]*?)<\/formula2>/.exec(m[2]);
    out.push({
      sqref: (/\bsqref="([^"]*)"/.exec(m[1]) || [])[1],
      type: (/\btype="([^"]*)"/.exec(m[1]) || ['', 'none'])[1],
      attrs: m[1],
      formula1: f1 ? unescapeXml(f1[1]) : '',
      formula2: f2 ? unescapeXml(f2[1]) : undefined,
    });
  }
  return out;
}

/** The fill colour (#RRGGBB) of each differential format in styles.xml. */
export function dxfFills(stylesXml: string): string[] {
  const block = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(stylesXml);
  if (!block) return [];
  return (block[1].match(/<dxf>[\s\S]*?<\/dxf>/g) || []).map((d) => {
    const rgb = /<(?:bg|fg)Color rgb="FF([0-9A-F]{6})"/i.exec(d);
    return rgb ? '#' + rgb[1].toUpperCase() : '';
  });
}

/** A ledger row to type in, by column key; numbers are date serials or numbers. */
export type FillRow = { [K in ColumnKey]?: string | number };

/** A formula to put in a column to the right of the ledger, per data row (1-based sheet row). */
export interface FormulaColumn {
  formula: (row: number) => string;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function valueCell(ref: string, style: string, v: string | number): string {
  if (typeof v === 'number') return `<c r="${ref}"${style}><v>${v}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

/**
 * Types `rows` into the first data rows of the template's ledger sheet (the first sheet, columns
 * in the default schema's order, data from row `firstRow`), and formulas in columns after them.
 */
export function fillLedger(template: Uint8Array, rows: FillRow[], firstRow: number, formulas: FormulaColumn[] = []): Uint8Array {
  const files = unzipSync(template);
  let xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  rows.forEach((row, i) => {
    const r = firstRow + i;
    COLUMN_KEYS.forEach((key, c) => {
      const v = row[key];
      if (v === undefined || v === '') return;
      const ref = columnLetter(c) + r;
      const cell = new RegExp(`<c r="${ref}"( s="\\d+")?/>`);
      const m = cell.exec(xml);
      if (!m) throw new Error('no prepared cell ' + ref);
      xml = xml.replace(cell, valueCell(ref, m[1] || '', v));
    });
    if (formulas.length > 0) {
      const end = `</row>`;
      const at = xml.indexOf(end, xml.indexOf(`<row r="${r}"`));
      const cells = formulas
        .map((h, k) => `<c r="${columnLetter(COLUMN_KEYS.length + k)}${r}"><f>${escapeText(h.formula(r))}</f></c>`)
        .join('');
      xml = xml.slice(0, at) + cells + xml.slice(at);
    }
  });
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  return zipSync(files);
}
