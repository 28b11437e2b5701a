// --config: the user's schema extensions, read and validated by the core.
import * as fs from 'fs';
import { applyConfig } from '../ledger/config';
import { defaultSchema, Schema } from '../ledger/schema';
import { errnoText, msg } from './messages';

/** V8's JSON.parse message in Chinese, with the line and column it points at. */
function jsonError(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : '';
  const at = /position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1])).split('\n');
    return msg.jsonSyntaxAt(before.length, before[before.length - 1].length + 1);
  }
  return /end of JSON input/.test(message) ? msg.jsonIncomplete : msg.jsonInvalid;
}

export function loadSchema(configPath: string | undefined): { schema: Schema; errors: string[] } {
  const base = defaultSchema();
  if (configPath === undefined) return { schema: base, errors: [] };
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''); // Notepad saves a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { schema: base, errors: [msg.configRead(configPath, errnoText(code))] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { schema: base, errors: [msg.configJson(configPath, jsonError(e, text))] };
  }
  const applied = applyConfig(base, json);
  return { schema: applied.schema, errors: applied.errors.map((t) => msg.configError(configPath, t)) };
}
