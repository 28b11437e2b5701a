// Workbooks written part by part, to put before a reader the XML forms that no writer at hand
// produces: every part is given as text and zipped with fflate as it stands.
import { strToU8, zipSync } from 'fflate';
import { EARLIER_SHEETS } from '../../scripts/tracking/report-worker';
import { NS_MAIN, NS_PKG_REL, NS_REL } from '../../scripts/xlsx-writer/xml';

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface HandSheet {
  /** The name attribute as written in workbook.xml (escaped as the case wants). */
  name: string;
  /** The sheetData's content, or with `xml` the whole part. */
  rows?: string;
  xml?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface HandBook {
  sheets: HandSheet[];
  /** The <si> elements' contents; no shared string part without it. */
  sst?: string[];
  /** Attributes of <workbookPr>, e.g. 'date1904="1"'. */
  workbookPr?: string;
  /** Rewrites the parts' text (a relationship, a content type) before `parts` applies. */
  edit?: (parts: { [path: string]: string }) => void;
  /** Parts replaced or added (as text or bytes), or left out (null). */
  parts?: { [path: string]: string | Uint8Array | null };
}

/** A worksheet part around `rows`. */
export function worksheet(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** A cell of inline text. */
export function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The sheets a comparison reads, 汇总 holding `rows`; 报告信息 and 统计 with a few plain cells. */
export function reportSheets(rows: string): HandSheet[] {
  const [summary, info, stats] = EARLIER_SHEETS;
  return [
    { name: summary, rows },
    { name: info, rows: `<row r="1">${inline('A1', '截至日期')}<c r="B1"><v>46351</v></c></row>` },
    { name: stats, rows: `<row r="2">${inline('A2', '合计')}<c r="B2"><v>12</v></c><c r="C2" t="b"><v>1</v></c></row>` },
  ];
}

/** The parts of `book`. */
export function bookParts(book: HandBook): { [path: string]: string | Uint8Array } {
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const overrides = book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`);
  if (book.sst) overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
  const rels = book.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (book.sst) rels.push(`<Relationship Id="rIdS" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const text: { [path: string]: string } = {
    '[Content_Types].xml':
      decl +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      overrides.join('') +
      '</Types>',
    '_rels/.rels': `${decl}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${decl}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      (book.workbookPr !== undefined ? `<workbookPr ${book.workbookPr}/>` : '') +
      '<sheets>' +
      book.sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': `${decl}<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`,
  };
  book.sheets.forEach((s, i) => {
    text[`xl/worksheets/sheet${i + 1}.xml`] = s.xml !== undefined ? s.xml : worksheet(s.rows || '');
  });
  if (book.sst) {
    text['xl/sharedStrings.xml'] =
      `${decl}<sst xmlns="${NS_MAIN}" count="${book.sst.length}" uniqueCount="${book.sst.length}">` +
      book.sst.map((si) => `<si>${si}</si>`).join('') +
      '</sst>';
  }
  if (book.edit) book.edit(text);
  const parts: { [path: string]: string | Uint8Array } = text;
  for (const [path, part] of Object.entries(book.parts || {})) {
    if (part === null) delete parts[path];
    else parts[path] = part;
  }
  return parts;
}

/** `book` as .xlsx bytes. */
export function handMadeBook(book: HandBook): Buffer {
  const parts = bookParts(book);
  const bytes: { [path: string]: Uint8Array } = {};
  for (const [path, part] of Object.entries(parts)) bytes[path] = typeof part === 'string' ? strToU8(part) : part;
  return Buffer.from(zipSync(bytes, { level: 6 }));
}
