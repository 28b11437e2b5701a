// Hidden sheets of an .ods file. SheetJS does not report them for ODS, but
// LibreOffice and WPS hide a sheet through its table style
// (<style:table-properties table:display="false"/>), and a hidden sheet must
// not be merged — it is often an old, superseded copy of the ledger.

// A style is either self-closing (no properties, never hidden) or has a body.
const STYLE = /<style:style\s([^>]*?)(?:\/>|>([\s\S]*?)<\/style:style>)/g;
const TABLE = /<table:table\s([^>]*)>/g;
const HIDDEN = /table:display\s*=\s*["']false["']/;
const ENTITIES: { [name: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(attrs: string, name: string): string | null {
  const m = new RegExp('(?:^|\\s)' + name + '\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\')').exec(attrs);
  return m ? decodeXml(m[1] !== undefined ? m[1] : m[2]) : null;
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] !== undefined ? ENTITIES[ref] : all;
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** Names of the sheets an .ods file's content.xml hides; [] when it hides none. */
export function odsHiddenSheets(contentXml: Uint8Array): string[] {
  const xml = Buffer.from(contentXml.buffer, contentXml.byteOffset, contentXml.length).toString('utf8');
  const hiddenStyles: { [name: string]: true } = {};
  let m: RegExpExecArray | null;
  STYLE.lastIndex = 0;
  while ((m = STYLE.exec(xml)) !== null) {
    if (m[2] === undefined || attr(m[1], 'style:family') !== 'table' || !HIDDEN.test(m[2])) continue;
    const name = attr(m[1], 'style:name');
    if (name !== null) hiddenStyles[name] = true;
  }
  const hidden: string[] = [];
  TABLE.lastIndex = 0;
  while ((m = TABLE.exec(xml)) !== null) {
    const style = attr(m[1], 'table:style-name');
    const name = attr(m[1], 'table:name');
    if (style !== null && name !== null && hiddenStyles[style]) hidden.push(name);
  }
  return hidden;
}
