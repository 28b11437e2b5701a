// --config: the user's schema extensions, read and validated by the core.
import * as fs from 'fs';
import { applyConfig } from '../ledger/config';
import { defaultSchema, Schema } from '../ledger/schema';
import { msg } from './messages';

/** The schema extended by the config file, and the file's JSON object ({} without one). */
export function loadSchema(configPath: string | undefined): { schema: Schema; errors: string[]; json: { [key: string]: unknown } } {
  const base = defaultSchema();
  if (configPath === undefined) return { schema: base, errors: [], json: {} };
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''); // Notepad saves a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { schema: base, errors: [msg.configRead(configPath, code === 'ENOENT' ? '文件不存在' : String(code || e))], json: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { schema: base, errors: [msg.configJson(configPath, e instanceof Error ? e.message : String(e))], json: {} };
  }
  const applied = applyConfig(base, json);
  const object = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { [key: string]: unknown }) : {};
  return { schema: applied.schema, errors: applied.errors.map((t) => msg.configError(configPath, t)), json: object };
}
