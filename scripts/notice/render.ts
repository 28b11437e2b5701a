// A document spec laid out as a Word file in the 公文 layout: A4, GB/T 9704 margins, a grid of
// 22 lines × 28 characters, page numbers "— 1 —" at the outer bottom edge, tables with a header
// row repeated on every page, and the signature right-aligned with its date 右空四字.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { BODY_PT, chars, DATE_RIGHT_CHARS, FOOTER, GRID, MARGIN, PAGE, PAGE_NUMBER_PT, SIZE_PT, TABLE_PT, TEXT_WIDTH } from './layout';
import { Block, DocumentSpec, TableSpec } from './outline';
import { blankLine, bodyParagraph, cellParagraph, fontSlots, fontTableXml, plainParagraph, runs } from './styles';
import { FORM } from './wording';

const HEADING_FONTS = { 1: 'heading1', 2: 'heading2', 3: 'body', 4: 'body' } as const;
/** Cell padding: 1 mm each side, so eight columns of figures fit the 版心. */
const CELL_MARGIN = 57;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Characters of the longest cell of a row kept on one page; a longer row may break, or it would not fit. */
const UNSPLIT_ROW_CHARS = 300;

function tableRow(cells: string[], spec: TableSpec, header: boolean, strong: boolean): TableRow {
  return new TableRow({
    tableHeader: header || undefined,
    cantSplit: cells.every((c) => c.length <= UNSPLIT_ROW_CHARS) || undefined,
    children: cells.map(
      (text, i) =>
        new TableCell({
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(text, header || !!spec.columns[i].center, strong ? 'heading1' : 'body', TABLE_PT)],
        }),
    ),
  });
}

function table(spec: TableSpec): Table {
  const total = spec.columns.reduce((s, c) => s + c.width, 0);
  const widths = spec.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / total));
  const last = spec.rows.length - 1;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      tableRow(
        spec.columns.map((c) => c.header),
        spec,
        true,
        true,
      ),
    ].concat(spec.rows.map((r, i) => tableRow(r, spec, false, !!spec.totals && i === last))),
  });
}

function blockParagraphs(block: Block, last: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [bodyParagraph(block.text, 'body', last)];
    case 'heading':
      return [bodyParagraph(block.text, HEADING_FONTS[block.level])];
    case 'table':
      // A table ends on the line below it, so the next paragraph does not touch its border.
      return [table(block.table), blankLine()];
  }
}

/**
 * 发文机关署名 centred over the 成文日期, which ends four characters from the right margin.
 * The signature never stands on a page of its own: it keeps with the body's last paragraph
 * (and the 签收 line with it).
 */
function signature(issuer: string, date: string, receipt: boolean): Paragraph[] {
  const issuerRight = Math.max(0, chars(DATE_RIGHT_CHARS + (date.length - issuer.length) / 2));
  return [
    blankLine(true),
    plainParagraph(issuer, { alignment: AlignmentType.RIGHT, indent: { right: issuerRight }, keepNext: true }),
    plainParagraph(date, { alignment: AlignmentType.RIGHT, indent: { right: chars(DATE_RIGHT_CHARS) }, keepNext: receipt || undefined }),
  ];
}

/** The 签收 line in 小四, one line under the signature, so a short form keeps to one page. */
const RECEIPT_PT = SIZE_PT.小四;

/** The receiving department signs the paper copy under a dashed line. */
function receipt(): Paragraph {
  const r = FORM.receipt;
  const text = (s: string): TextRun[] => runs(s, { font: 'body', pt: RECEIPT_PT });
  const blanks = runs('\u3000'.repeat(11), { font: 'body', pt: RECEIPT_PT, underline: true });
  return new Paragraph({
    border: { top: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 6 } },
    spacing: { before: RECEIPT_PT * 20 },
    keepLines: true,
    children: text(r.department).concat(blanks, text('\u3000' + r.date + r.dateBlank)),
  });
}

/** "— 1 —": odd pages at the right, even pages at the left, one character in from the edge. */
function pageNumberFooter(odd: boolean): Footer {
  const one = PAGE_NUMBER_PT * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: one } : { left: one },
        spacing: { line: one, lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontSlots('pageNumber'),
            size: PAGE_NUMBER_PT * 2,
          }),
        ],
      }),
    ],
  });
}

const BODY_RUN = { font: fontSlots('body'), size: BODY_PT * 2 };

function document(spec: DocumentSpec): Document {
  // A 2号 line would take two lines of the grid; exactly one keeps the title compact and on the grid.
  const titleSpacing = { line: GRID.linePitch, lineRule: LineRuleType.EXACT };
  const head: Paragraph[] = spec.title.map((line) =>
    plainParagraph(line, { alignment: AlignmentType.CENTER, spacing: titleSpacing }, { font: 'title', pt: SIZE_PT.二号 }),
  );
  head.push(spec.number ? plainParagraph(spec.number, { alignment: AlignmentType.RIGHT }) : blankLine());
  if (spec.addressee) head.push(plainParagraph(spec.addressee + '：'));
  const body: (Paragraph | Table)[] = [];
  spec.body.forEach((b, i) => body.push(...blockParagraphs(b, i === spec.body.length - 1)));
  const tail = signature(spec.signature.issuer, spec.signature.date, !!spec.receipt).concat(spec.receipt ? [receipt()] : []);
  return new Document({
    creator: spec.signature.issuer,
    title: spec.title.join(''),
    evenAndOddHeaderAndFooters: true,
    // 3号 仿宋 in the document defaults and in Normal itself, so text a user adds matches the body.
    styles: {
      default: { document: { run: BODY_RUN } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: BODY_RUN }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: MARGIN.top,
              right: MARGIN.right,
              bottom: MARGIN.bottom,
              left: MARGIN.left,
              header: MARGIN.top / 2,
              footer: FOOTER,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: GRID.linePitch },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children: (head as (Paragraph | Table)[]).concat(body, tail),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(spec: DocumentSpec): Promise<Uint8Array> {
  return Packer.toBuffer(document(spec), false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
