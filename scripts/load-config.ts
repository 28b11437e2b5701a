// --config: the user's schema extensions, read and validated by the core.
import * as fs from 'fs';
import { applyConfig, isJsonObject } from '../ledger/config';
import { defaultSchema, Schema } from '../ledger/schema';
import { errnoText, msg } from './messages';
import { defaultNoticeConfig, NoticeConfig, readNoticeConfig } from '../ledger/notice-config';

/** JSON.parse fails on this text, and not only because it ends too early (V8 then names its end, or no position). */
function isBrokenPrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/end of JSON input/.test(message)) return false;
    const at = /at position (\d+)/.exec(message);
    return !at || Number(at[1]) < text.length;
  }
}

/**
 * Where JSON text first goes wrong, in Chinese. V8's own message is English and
 * does not always give a position; the shortest broken prefix does (once a
 * prefix is broken, no longer one parses).
 */
function jsonError(text: string): string {
  if (!isBrokenPrefix(text)) return msg.jsonIncomplete;
  let fine = 0;
  let broken = text.length;
  while (broken - fine > 1) {
    const mid = (fine + broken) >> 1;
    if (isBrokenPrefix(text.slice(0, mid))) broken = mid;
    else fine = mid;
  }
  const lines = text.slice(0, broken - 1).split('\n');
  return msg.jsonSyntaxAt(lines.length, lines[lines.length - 1].length + 1);
}

/** The schema extended by the config file, the notices' wording, and the file's JSON object ({} without one). */
export function loadSchema(configPath: string | undefined): {
  schema: Schema;
  notice: NoticeConfig;
  errors: string[];
  json: { [key: string]: unknown };
} {
  const base = defaultSchema();
  const notice = defaultNoticeConfig();
  if (configPath === undefined) return { schema: base, notice, errors: [], json: {} };
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''); // Notepad saves a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { schema: base, notice, errors: [msg.configRead(configPath, errnoText(code))], json: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { schema: base, notice, errors: [msg.configJson(configPath, jsonError(text))], json: {} };
  }
  const applied = applyConfig(base, json);
  const object = isJsonObject(json) ? json : {};
  const read = readNoticeConfig(object.notice);
  const errors = applied.errors.concat(read.errors);
  return { schema: applied.schema, notice: read.notice, errors: errors.map((t) => msg.configError(configPath, t)), json: object };
}
