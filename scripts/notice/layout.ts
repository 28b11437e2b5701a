// The 公文 page as GB/T 9704-2012《党政机关公文格式》 sets it, in the units Word files use
// (twips: 1/20 pt; font sizes in half-points). Numbers only: the docx styles are built from
// these in styles.ts.

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

function twipsFromMm(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);
}

/** Chinese type sizes (字号) in points. */
export const SIZE_PT = { 二号: 22, 三号: 16, 四号: 14, 小四: 12 };

/** A4: 210 × 297 mm. */
export const PAGE = { width: twipsFromMm(210), height: twipsFromMm(297) };

/** 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (so 26 mm right and 35 mm below). */
export const MARGIN = {
  top: twipsFromMm(37),
  left: twipsFromMm(28),
  right: twipsFromMm(210 - 28 - 156),
  bottom: twipsFromMm(297 - 37 - 225),
};

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** 正文 3号: 22 lines of 28 characters in the 版心. */
export const BODY_PT = SIZE_PT.三号;
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;

/**
 * The document grid: 22 lines to the page (line pitch in twips, rounded down so 22 fit), and
 * 28 characters to the line by character spacing (twips, negative: 28 characters of 3号 are
 * a little wider than the 版心). Spacing rather than Word's character grid, which LibreOffice
 * lays out differently (a character wider than the pitch takes two cells): spacing every
 * program sets alike.
 */
export const GRID = {
  linePitch: Math.floor(TEXT_HEIGHT / LINES_PER_PAGE),
  charSpacing: Math.floor(TEXT_WIDTH / CHARS_PER_LINE - BODY_PT * 20),
};

/** One character of the grid, in twips: the unit of 空二字, 右空四字. */
const CHAR_WIDTH = TEXT_WIDTH / CHARS_PER_LINE;

/** Twips of n grid characters. */
export function chars(n: number): number {
  return Math.round(n * CHAR_WIDTH);
}

/**
 * The 公文 fonts by role, each named as GB/T 9704 names it, with the names Windows and WPS
 * install it under as fallbacks (w:altName): 仿宋_GB2312 is missing on most current PCs, 仿宋 is
 * not. `family` is Word's class for a substitute: roman (serif, 宋/仿宋/楷) or modern (黑体).
 */
export const FONTS = {
  body: { name: '仿宋_GB2312', alt: '仿宋,FangSong', family: 'roman' },
  heading1: { name: '黑体', alt: 'SimHei', family: 'modern' },
  heading2: { name: '楷体_GB2312', alt: '楷体,KaiTi', family: 'roman' },
  title: { name: '方正小标宋简体', alt: '华文中宋,STZhongsong,宋体', family: 'roman' },
  pageNumber: { name: '宋体', alt: 'SimSun', family: 'roman' },
};
export type FontRole = keyof typeof FONTS;

/** Page number: 4号 半角 Arabic digits between one-em dashes, 7 mm below the 版心. */
export const PAGE_NUMBER_PT = SIZE_PT.四号;
const PAGE_NUMBER_GAP_MM = 7;
/** Distance of the page number's line from the page's bottom edge. */
export const FOOTER = twipsFromMm(297 - 37 - 225 - PAGE_NUMBER_GAP_MM) - PAGE_NUMBER_PT * 20;

/** Tables: 小四 仿宋, header row in 黑体. */
export const TABLE_PT = SIZE_PT.小四;

/** 成文日期 右空四字; the 发文机关署名 is centred above it. */
export const DATE_RIGHT_CHARS = 4;
