// The 公文 layout's building blocks as docx objects: runs in the right font, paragraphs of each
// kind, and the font table naming each font's fallbacks. Text always goes in as plain run text,
// which docx escapes: nothing a workbook holds can become a field, a link or markup.
import { AlignmentType, IParagraphOptions, LineRuleType, Paragraph, TextRun } from 'docx';
import { BODY_PT, chars, FontRole, FONTS, GRID } from './layout';

/** Characters XML 1.0 cannot carry (a Word file holding one does not open), and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a Word file can hold it: unrepresentable characters dropped, line breaks as \n. */
export function inertText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(NOT_XML, '$1');
}

export interface RunStyle {
  font: FontRole;
  pt: number;
  underline?: boolean;
  /** Off in tables, whose text keeps its natural width instead of the page's 28 to a line. */
  grid?: boolean;
}

/** Every slot named (eastAsia too), so Word never falls back to the theme's font. */
export function fontSlots(role: FontRole): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  const name = FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Runs for text, a line break for each \n. */
export function runs(text: string, style: RunStyle): TextRun[] {
  return inertText(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: fontSlots(style.font),
          size: style.pt * 2,
          underline: style.underline ? {} : undefined,
          characterSpacing: style.grid === false ? undefined : GRID.charSpacing,
        }),
    );
}

/** The first line indented two characters (in characters for Word, in twips for the rest). */
const INDENT_TWO = { firstLine: chars(2), firstLineChars: 200 };

/** keepNext: on the same page as the next paragraph (the last lines before a signature). */
export function bodyParagraph(text: string, font: FontRole = 'body', keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO,
    keepNext: keepNext || undefined,
    children: runs(text, { font, pt: BODY_PT }),
  });
}

export function plainParagraph(text: string, options: IParagraphOptions = {}, style: RunStyle = { font: 'body', pt: BODY_PT }): Paragraph {
  return new Paragraph({ ...options, children: runs(text, style) });
}

/** An empty line of the grid. */
export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ keepNext: keepNext || undefined, children: runs('', { font: 'body', pt: BODY_PT }) });
}

/**
 * Table text: an exact line height off the page grid (which would space table lines a full grid
 * line apart), and no extra space between digits and Chinese, so a date fits its column.
 */
export function cellParagraph(text: string, center: boolean, font: FontRole, pt: number): Paragraph {
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: Math.round(pt * 1.45 * 20), lineRule: LineRuleType.EXACT },
    autoSpaceEastAsianText: false,
    children: runs(text, { font, pt, grid: false }),
  });
}

function xmlAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * word/fontTable.xml naming each 公文 font with its fallbacks (w:altName) and GB2312 character
 * set, which docx has no option for: Word substitutes by these when 仿宋_GB2312 is not installed.
 */
export function fontTableXml(): string {
  const fonts = Object.keys(FONTS).map((role) => {
    const f = FONTS[role as FontRole];
    return (
      '<w:font w:name="' +
      xmlAttribute(f.name) +
      '"><w:altName w:val="' +
      xmlAttribute(f.alt) +
      '"/><w:charset w:val="86"/><w:family w:val="' +
      f.family +
      '"/><w:pitch w:val="variable"/></w:font>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}
