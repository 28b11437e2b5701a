// --config: the user's schema extensions, read and validated by the core.
import * as fs from 'fs';
import { applyConfig } from '../ledger/config';
import { defaultSchema, Schema } from '../ledger/schema';
import { msg } from './messages';
import { defaultNoticeConfig, NoticeConfig, readNoticeConfig } from './notice/config';

export function loadSchema(configPath: string | undefined): { schema: Schema; notice: NoticeConfig; errors: string[] } {
  const base = defaultSchema();
  const notice = defaultNoticeConfig();
  if (configPath === undefined) return { schema: base, notice, errors: [] };
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''); // Notepad saves a BOM
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { schema: base, notice, errors: [msg.configRead(configPath, code === 'ENOENT' ? '文件不存在' : String(code || e))] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { schema: base, notice, errors: [msg.configJson(configPath, e instanceof Error ? e.message : String(e))] };
  }
  const applied = applyConfig(base, json);
  const read = readNoticeConfig(typeof json === 'object' && json !== null ? (json as { notice?: unknown }).notice : undefined);
  const errors = applied.errors.concat(read.errors);
  return { schema: applied.schema, notice: read.notice, errors: errors.map((t) => msg.configError(configPath, t)) };
}
