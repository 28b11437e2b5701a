// The character set of a text workbook: a CSV, or an HTML table or XML
// spreadsheet saved as .xls (what many web systems export). Chinese offices
// send UTF-8 and GBK alike, usually without saying which: a byte-order mark or
// a declared charset decides, otherwise the share of invalid UTF-8 does — GBK
// text is mostly invalid as UTF-8, while UTF-8 with a stray byte is mostly valid.

export interface DecodedText {
  text: string;
  /** The encoding used, as shown to users: UTF-8, GBK, UTF-16, or the declared one. */
  encoding: string;
  /** Neither a byte-order mark nor a declaration named the encoding. */
  guessed: boolean;
}

const REPLACEMENT = 0xfffd;
/** UTF-8 is kept while at most 1 in this many non-ASCII characters is invalid. */
const STRAY_BYTES_PER_CHAR = 20;
/** Where a declaration is looked for. */
const HEAD_BYTES = 4096;
const DECLARED = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Replaced (invalid) characters among the non-ASCII ones. */
function invalidShare(text: string): { nonAscii: number; invalid: number } {
  let nonAscii = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === REPLACEMENT) invalid++;
  }
  return { nonAscii, invalid };
}

/** Invalid characters are few enough to be stray bytes. */
function looksValid(text: string): boolean {
  const s = invalidShare(text);
  return s.invalid * STRAY_BYTES_PER_CHAR <= s.nonAscii;
}

function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function declaredEncoding(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, HEAD_BYTES)).toString('latin1');
  const m = DECLARED.exec(head);
  return m ? (m[1] || m[2]).toLowerCase() : null;
}

function displayName(label: string): string {
  if (/^utf-?8$/.test(label)) return 'UTF-8';
  if (/^(gbk|gb2312|gb_2312.*|gb18030|cp936|x-gbk)$/.test(label)) return 'GBK';
  return label.toUpperCase();
}

/**
 * Decodes a text file: a byte-order mark decides; then valid UTF-8 is UTF-8;
 * then a declared charset the bytes bear out (pages often declare one and are
 * written in another); then UTF-8 with a few stray bytes; else GBK, as Chinese
 * Excel and most Chinese web systems write.
 */
export function decodeText(buf: Uint8Array): DecodedText {
  if (startsWith(buf, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'UTF-8', guessed: false };
  if (startsWith(buf, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16', guessed: false };
  if (startsWith(buf, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16', guessed: false };
  const declared = declaredEncoding(buf);
  const utf8 = new TextDecoder('utf-8').decode(buf);
  if (invalidShare(utf8).invalid === 0) return { text: utf8, encoding: 'UTF-8', guessed: declared === null };
  const named = declared === null ? null : decoder(declared);
  if (named && declared !== null) {
    const text = named.decode(buf);
    if (looksValid(text)) return { text, encoding: displayName(declared), guessed: false };
  }
  if (looksValid(utf8)) return { text: utf8, encoding: 'UTF-8', guessed: true };
  return { text: new TextDecoder('gb18030').decode(buf), encoding: 'GBK', guessed: true };
}
