// Ledger text longer than an Excel cell holds (a CSV field may be): cut, with a note first,
// where a reader sees it. The report's cells and the notices' text share this, so a long
// problem reads the same in both (the JSON report keeps the text whole).
import { MAX_CELL_TEXT } from '../ledger/cells';
import { msg } from './messages';

/** text as it fits a cell: unchanged when short enough, else the note and the text's head. */
export function cutText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - msg.textCut(text.length, MAX_CELL_TEXT).length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return msg.textCut(text.length, end) + text.slice(0, end);
}
