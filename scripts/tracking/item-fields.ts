// Turning a report's words back into an item's fields, for both report formats.
import { emptyDict } from '../../ledger/dict';
import { classify } from '../../ledger/lights';
import type { CompiledSchema } from '../../ledger/compile';
import { LIGHT_NAMES, LIGHTS } from '../../ledger/schema';
import { parseStatus, StatusParse } from '../../ledger/status';
import { TrackedItem } from '../../ledger/tracked';
import { Day, Light } from '../../ledger/types';

/** parseStatus, remembered per text: a report repeats a handful of status words. */
export function statusReader(schema: CompiledSchema): (text: string) => StatusParse {
  const memo = emptyDict<StatusParse>();
  return (text) => {
    let s = memo[text];
    if (!s) s = memo[text] = parseStatus(text, schema);
    return s;
  };
}

const LIGHT_BY_NAME = emptyDict<Light>();
for (const l of LIGHTS) LIGHT_BY_NAME[LIGHT_NAMES[l]] = l;

/** 红 → red …; null for any other word (未定, empty, or a user's own). */
export function lightOfName(name: string): Light | null {
  return LIGHT_BY_NAME[name] || null;
}

export function isLight(v: unknown): v is Light {
  return typeof v === 'string' && LIGHTS.indexOf(v as Light) >= 0;
}

/**
 * A source row as every ItemSource holds it: a whole number as V8's small integer. Sources share
 * one object layout, and a single row stored as a double (as a Float64Array or a parsed cell
 * yields it) changes that layout: each merged item's source is then migrated on its next read,
 * 100,000 of them while 汇总 is written.
 */
export function sourceRow(n: number): number {
  return n === (n | 0) ? n | 0 : n;
}

/**
 * Fills what a report did not state from what it did: a status from the light's colour (blue is
 * 已完成, grey 已销号), a light from the status and deadline, days left from the deadline.
 */
export function completeItem(item: TrackedItem, standing: boolean, asOf: Day, warnDays: number, lightKnown: boolean): TrackedItem {
  if (item.status === null && item.light === 'blue') item.status = '已完成';
  if (item.status === null && item.light === 'grey') item.status = '已销号';
  if (!lightKnown) {
    const deadline = item.deadline;
    const cls = classify(
      {
        status: item.status,
        standing: standing,
        deadline:
          typeof deadline === 'number' ? { kind: 'date', day: deadline } : deadline === 'ongoing' ? { kind: 'ongoing' } : { kind: 'empty' },
      },
      asOf,
      warnDays,
    );
    item.light = cls.light;
    item.daysLeft = cls.daysLeft;
  } else if (
    item.daysLeft === null &&
    typeof item.deadline === 'number' &&
    item.light !== null &&
    item.light !== 'blue' &&
    item.light !== 'grey'
  ) {
    item.daysLeft = item.deadline - asOf;
  }
  return item;
}
