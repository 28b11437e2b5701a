// Per-column fields of an item's text and raw values, read and written by key.
// o[key] with a key that varies in a loop is a megamorphic access, several
// times slower than a named one; these switches keep every access named.
import { COLUMN_KEYS } from './schema';
import { ColumnKey } from './types';

type Fields<T> = { [K in ColumnKey]?: T };

function setField<T>(o: Fields<T>, key: ColumnKey, v: T): void {
  switch (key) {
    case 'id':
      o.id = v;
      break;
    case 'category':
      o.category = v;
      break;
    case 'problem':
      o.problem = v;
      break;
    case 'measures':
      o.measures = v;
      break;
    case 'department':
      o.department = v;
      break;
    case 'owner':
      o.owner = v;
      break;
    case 'leader':
      o.leader = v;
      break;
    case 'deadline':
      o.deadline = v;
      break;
    case 'progress':
      o.progress = v;
      break;
    case 'status':
      o.status = v;
      break;
    case 'closedOn':
      o.closedOn = v;
      break;
    case 'notes':
      o.notes = v;
      break;
    case 'originalDeadline':
      o.originalDeadline = v;
      break;
  }
}

export function getField<T>(o: Fields<T>, key: ColumnKey): T | undefined {
  switch (key) {
    case 'id':
      return o.id;
    case 'category':
      return o.category;
    case 'problem':
      return o.problem;
    case 'measures':
      return o.measures;
    case 'department':
      return o.department;
    case 'owner':
      return o.owner;
    case 'leader':
      return o.leader;
    case 'deadline':
      return o.deadline;
    case 'progress':
      return o.progress;
    case 'status':
      return o.status;
    case 'closedOn':
      return o.closedOn;
    case 'notes':
      return o.notes;
    case 'originalDeadline':
      return o.originalDeadline;
  }
}

/** The columns of a standard ledger: every key but the optional originalDeadline, which comes last. */
const FORM_KEYS = COLUMN_KEYS.length - 1;

/**
 * The fields keys[i] = values[i]; keys are distinct and in COLUMN_KEYS order.
 * For the usual ledgers — every standard column, with or without 原定时限 —
 * it is one literal: set field by field, an object of a dozen fields outgrows
 * its few preallocated slots and reallocates its store.
 */
export function fieldsOf<T>(keys: ColumnKey[], values: T[]): Fields<T> {
  if (keys.length === COLUMN_KEYS.length) {
    return {
      id: values[0],
      category: values[1],
      problem: values[2],
      measures: values[3],
      department: values[4],
      owner: values[5],
      leader: values[6],
      deadline: values[7],
      progress: values[8],
      status: values[9],
      closedOn: values[10],
      notes: values[11],
      originalDeadline: values[12],
    };
  }
  if (keys.length === FORM_KEYS && keys[FORM_KEYS - 1] === 'notes') {
    return {
      id: values[0],
      category: values[1],
      problem: values[2],
      measures: values[3],
      department: values[4],
      owner: values[5],
      leader: values[6],
      deadline: values[7],
      progress: values[8],
      status: values[9],
      closedOn: values[10],
      notes: values[11],
    };
  }
  const o: Fields<T> = {};
  for (let i = 0; i < keys.length; i++) setField(o, keys[i], values[i]);
  return o;
}
