// Range.text: a cell's value shown through its number format. Covers General, '@', date formats
// (y/m/d tokens, Chinese literals) and simple fixed-decimal formats; enough for ledgers, not all of Excel.
import { dateOfSerial } from './serial-date';
import { Raw } from './workbook';

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/** Splits a number format into tokens, keeping quoted text and escaped characters as literals. */
function tokens(format: string): { lit: boolean; text: string }[] {
  const out: { lit: boolean; text: string }[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      out.push({ lit: true, text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      out.push({ lit: true, text: format.charAt(i + 1) });
      i += 2;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      i = end < 0 ? format.length : end + 1;
    } else {
      let j = i;
      while (j < format.length && format.charAt(j).toLowerCase() === ch.toLowerCase()) j++;
      out.push({ lit: false, text: format.slice(i, j) });
      i = j;
    }
  }
  return out;
}

function isDateFormat(format: string): boolean {
  return tokens(format).some((t) => !t.lit && /^[ymd]+$/i.test(t.text));
}

function formatDate(serial: number, format: string): string {
  const { y, m, d } = dateOfSerial(serial);
  const fraction = serial - Math.floor(serial);
  const secs = Math.round(fraction * 86400);
  const hh = Math.floor(secs / 3600),
    mi = Math.floor((secs % 3600) / 60),
    ss = secs % 60;
  const parts = tokens(format);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i];
    if (t.lit) {
      out += t.text;
      continue;
    }
    const k = t.text.toLowerCase();
    const prev = parts
      .slice(0, i)
      .filter((p) => !p.lit && /^[a-z]+$/i.test(p.text))
      .pop();
    const next = parts.slice(i + 1).filter((p) => !p.lit && /^[a-z]+$/i.test(p.text))[0];
    const isMinute = k.charAt(0) === 'm' && k.length <= 2 && ((prev && /^h/i.test(prev.text)) || (next && /^s/i.test(next.text)));
    if (k.charAt(0) === 'y') out += k.length <= 2 ? pad(y % 100, 2) : String(y);
    else if (isMinute) out += k.length === 2 ? pad(mi, 2) : String(mi);
    else if (k.charAt(0) === 'm') out += k.length === 2 ? pad(m, 2) : String(m);
    else if (k.charAt(0) === 'd') out += k.length === 2 ? pad(d, 2) : String(d);
    else if (k.charAt(0) === 'h') out += k.length === 2 ? pad(hh, 2) : String(hh);
    else if (k.charAt(0) === 's') out += k.length === 2 ? pad(ss, 2) : String(ss);
    else out += t.text;
  }
  return out;
}

/** General: up to 11 significant characters, as Excel shows numbers in a standard-width column. */
function formatGeneral(n: number): string {
  if (Math.floor(n) === n && Math.abs(n) < 1e11) return String(n);
  return String(parseFloat(n.toPrecision(10)));
}

function formatFixed(n: number, format: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (!m) return formatGeneral(n);
  const scaled = m[3] ? n * 100 : n;
  let s = scaled.toFixed(m[2] ? m[2].length : 0);
  if (m[1]) s = s.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  return s + m[3];
}

export function cellText(v: Raw | undefined, format: string, isFormula: boolean): string {
  if (isFormula || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const section = format.split(';')[0];
  if (section === 'General' || section === '' || section === '@') return formatGeneral(v);
  if (isDateFormat(section)) return formatDate(v, section);
  return formatFixed(v, section);
}
