// File names for the 督办通知单, one per department, that every Windows PC can save: no
// characters Windows forbids, no device names (CON, NUL …), no trailing dot or space, short
// enough for a folder path, and distinct even where Windows ignores case.
import { emptyDict } from '../../ledger/dict';

export const FORM_FILE_SUFFIX = '-督办通知单.docx';

/** Characters of a department's name kept in a file name (a path must stay under 260). */
const MAX_STEM = 60;
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;
const EDGE = /^[\s.]+|[\s.]+$/g;

/**
 * A department's name as the start of a Windows file name.
 * @example fileStem('综合科/秘书科') // '综合科_秘书科'
 */
export function fileStem(name: string): string {
  let s = name.replace(/\s+/g, ' ').replace(FORBIDDEN, '$1_').replace(EDGE, '');
  if (s.length > MAX_STEM) {
    const code = s.charCodeAt(MAX_STEM - 1);
    s = s.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_STEM - 1 : MAX_STEM).replace(EDGE, '');
  }
  if (s === '') return '_';
  return DEVICE.test(s.split('.')[0].replace(EDGE, '')) ? '_' + s : s;
}

/** One file name per department, in order; a name Windows would confuse with an earlier one gets （2）, （3） … */
export function formFileNames(departments: string[]): string[] {
  const taken = emptyDict<true>();
  return departments.map((d) => {
    const stem = fileStem(d);
    let name = stem + FORM_FILE_SUFFIX;
    for (let n = 2; taken[name.toLowerCase()]; n++) name = stem + '（' + n + '）' + FORM_FILE_SUFFIX;
    taken[name.toLowerCase()] = true;
    return name;
  });
}
