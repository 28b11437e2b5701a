// A schema compiled for reading: every word normalised once and put in a
// lookup, and the whole frozen. Readers take only a compiled schema, so no
// module keeps a cache that could answer from words a schema no longer has:
// after changing a schema, compile it again.
import { ongoingWords } from './deadline';
import { Dict, emptyDict } from './dict';
import { headerWords, HeaderWords } from './header';
import { copySchema, Schema } from './schema';
import { statusWords, StatusWords } from './status';
import { normalizeLabel } from './text';

export interface CategoryWords {
  /** Each category normalised, in schema order ('' where nothing is left). */
  normal: string[];
  /** Every category, as written and normalised → true. */
  known: Dict<boolean>;
}

/** A frozen copy of a schema with its lookups; usable wherever a Schema is read. */
export interface CompiledSchema extends Schema {
  readonly statusWords: StatusWords;
  /** Deadline words meaning "no fixed deadline", normalised as deadline text is. */
  readonly ongoingWords: string[];
  readonly headerWords: HeaderWords;
  readonly categoryWords: CategoryWords;
}

function categoryWords(schema: Schema): CategoryWords {
  const normal: string[] = [];
  const known = emptyDict<boolean>();
  for (let i = 0; i < schema.categories.length; i++) {
    const word = normalizeLabel(schema.categories[i]);
    normal.push(word);
    known[schema.categories[i]] = true;
    known[word] = true;
  }
  return { normal: normal, known: known };
}

/** Freezes o and everything it holds (plain objects and arrays only). */
function deepFreeze<T>(o: T): T {
  if (typeof o !== 'object' || o === null || Object.isFrozen(o)) return o;
  Object.freeze(o);
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) deepFreeze((o as { [key: string]: unknown })[keys[i]]);
  return o;
}

export function compileSchema(schema: Schema): CompiledSchema {
  const copy = copySchema(schema);
  const compiled: CompiledSchema = {
    columns: copy.columns,
    statuses: copy.statuses,
    standingStatuses: copy.standingStatuses,
    extensionStatuses: copy.extensionStatuses,
    ongoingDeadlines: copy.ongoingDeadlines,
    categories: copy.categories,
    warnDays: copy.warnDays,
    colors: copy.colors,
    statusWords: statusWords(copy),
    ongoingWords: ongoingWords(copy),
    headerWords: headerWords(copy),
    categoryWords: categoryWords(copy),
  };
  return deepFreeze(compiled);
}
