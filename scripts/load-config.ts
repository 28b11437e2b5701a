// --config: the user's schema extensions, read and validated by the core.
import * as fs from 'fs';
import { applyConfig, isJsonObject } from '../ledger/config';
import { defaultSchema, Schema } from '../ledger/schema';
import { msg } from './messages';
import { defaultNoticeConfig, NoticeConfig, readNoticeConfig } from '../ledger/notice-config';

/** The schema extended by the config file, the notices' wording, and the file's JSON object ({} without one). */
export function loadSchema(configPath: string | undefined): { schema: Schema; notice: NoticeConfig; errors: string[]; json: { [key: string]: unknown } } {
  const base = defaultSchema();
  const notice = defaultNoticeConfig();
  if (configPath === undefined) return { schema: base, notice, errors: [], json: {} };
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''); // Notepad saves a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { schema: base, notice, errors: [msg.configRead(configPath, code === 'ENOENT' ? '文件不存在' : String(code || e))], json: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { schema: base, notice, errors: [msg.configJson(configPath, e instanceof Error ? e.message : String(e))], json: {} };
  }
  const applied = applyConfig(base, json);
  const object = isJsonObject(json) ? json : {};
  const read = readNoticeConfig(object.notice);
  const errors = applied.errors.concat(read.errors);
  return { schema: applied.schema, notice: read.notice, errors: errors.map((t) => msg.configError(configPath, t)), json: object };
}
