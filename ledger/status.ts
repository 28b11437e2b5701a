// 整改状态 normalisation: a status cell's words → one canonical status.
//
// Matching is exact after normalizeLabel (spaces dropped, full-width → half-width)
// against each status's name and synonyms; schema.standingStatuses (长期坚持,
// 持续推进) mean 整改中 with a standing commitment, schema.extensionStatuses (申请延期,
// 已延期) 整改中 with the deadline being or having been extended. A trailing bracketed note is
// allowed when the rest is a status word: "已完成（待验收）" → 已完成. If the note is
// itself a status word, it must name the same status ("整改中（长期坚持）" → 整改中,
// standing; "整改中（申请延期）" → 整改中, extension requested); a note naming another
// status ("已完成（已销号）") is ambiguous, so unknown.
import { cellText } from './cells';
import type { CompiledSchema } from './compile';
import { Dict, emptyDict } from './dict';
import { Schema } from './schema';
import { normalizeLabel } from './text';
import { CellValue, Extension, Status } from './types';

export interface StatusParse {
  status: Status | null;
  standing: boolean;
  extension: Extension | null;
  /** false when the cell has text that is no status word. */
  known: boolean;
}

interface StatusWord {
  status: Status;
  standing: boolean;
  extension: Extension | null;
}

/** Every status word of a schema, normalised, with what it means (see compileSchema). */
export type StatusWords = Dict<StatusWord>;

const TRAILING_NOTE = /\(([^()]*)\)$/;

function addWord(lookup: StatusWords, word: string, entry: StatusWord): void {
  const key = normalizeLabel(word);
  if (key !== '' && !lookup[key]) lookup[key] = entry;
}

export function statusWords(schema: Schema): StatusWords {
  const lookup = emptyDict<StatusWord>();
  for (let i = 0; i < schema.statuses.length; i++) {
    const spec = schema.statuses[i];
    const entry: StatusWord = { status: spec.name, standing: false, extension: null };
    addWord(lookup, spec.name, entry);
    for (let j = 0; j < spec.synonyms.length; j++) addWord(lookup, spec.synonyms[j], entry);
  }
  for (let i = 0; i < schema.standingStatuses.length; i++) {
    addWord(lookup, schema.standingStatuses[i], { status: '整改中', standing: true, extension: null });
  }
  const extensions: Extension[] = ['requested', 'granted'];
  for (let e = 0; e < extensions.length; e++) {
    const words = schema.extensionStatuses[extensions[e]];
    for (let i = 0; i < words.length; i++) addWord(lookup, words[i], { status: '整改中', standing: false, extension: extensions[e] });
  }
  return lookup;
}

function unknown(): StatusParse {
  return { status: null, standing: false, extension: null, known: false };
}

function statusOfLabel(label: string, lookup: StatusWords): StatusParse {
  if (label === '') return { status: null, standing: false, extension: null, known: true };
  const exact = lookup[label];
  if (exact) return { status: exact.status, standing: exact.standing, extension: exact.extension, known: true };
  const note = TRAILING_NOTE.exec(label);
  if (!note) return unknown();
  const base = lookup[label.slice(0, note.index)];
  if (!base) return unknown();
  const noted = lookup[note[1]];
  if (noted && noted.status !== base.status) return unknown();
  return {
    status: base.status,
    standing: base.standing || !!(noted && noted.standing),
    extension: base.extension || (noted ? noted.extension : null),
    known: true,
  };
}

/**
 * A fresh result per call. Not memoised here: readLedger remembers the results
 * of a sheet's status texts itself (see read.ts remembered).
 */
export function parseStatus(v: CellValue, schema: CompiledSchema): StatusParse {
  return statusOfLabel(normalizeLabel(cellText(v)), schema.statusWords);
}
