// A user's schema extensions (--config schema.json), validated.
//
// The JSON shape (every key optional; keys starting with "_" are comments and ignored):
// {
//   "synonyms": { "owner": ["联系人"], "完成时限": ["截止日期"] },
//                         // extra header words per column; a column is named by its key
//                         // (id, category, problem, measures, department, owner, leader,
//                         // deadline, progress, status, closedOn, notes, originalDeadline) or its standard header
//   "statusSynonyms": { "已完成": ["已落实"] },
//                         // extra words per status: 未启动, 整改中, 已完成, 已销号
//   "standingStatuses": ["常态推进"],    // extra status words meaning 整改中 with a standing commitment
//   "ongoingDeadlines": ["长期"],        // extra deadline words meaning "no fixed deadline" (2+ characters)
//   "categories": ["作风建设"],          // extra problem categories, added to the defaults
//   "replaceCategories": true,          // optional: "categories" replaces the default list instead
//   "warnDays": 5,                      // traffic-light warning window in days, integer 0..MAX_WARN_DAYS (365)
//   "colors": { "red": "#FF0000" },      // light colours, #RRGGBB: red, amber, green, blue, grey
//   "notice": { "issuer": "督查科" }      // wording of the 督查通报 and 督办通知单, read by the merge
// }
// Words are added, never removed. A word may belong to one column (or one status)
// only: a word that already means something else is an error, not a silent override.
// On any error the base schema is returned unchanged (as a copy) with every error.
import { cellText } from './cells';
import { Dict, emptyDict } from './dict';
import { ColumnSpec, copySchema, isHexColor, LIGHTS, LIGHT_NAMES, Schema, StatusSpec } from './schema';
import { normalizeLabel } from './text';
import { Light } from './types';

export type JsonObject = { [key: string]: unknown };

const KNOWN_KEYS = [
  'synonyms',
  'statusSynonyms',
  'standingStatuses',
  'ongoingDeadlines',
  'categories',
  'replaceCategories',
  'warnDays',
  'colors',
  'notice',
];
/**
 * The longest warning window: a year. Every host (config, --warn-days, the pane's
 * fields) takes whole days 0..MAX_WARN_DAYS.
 */
export const MAX_WARN_DAYS = 365;
const WHOLE_NUMBER = /^\d+$/;
const STANDING = '整改中（长期坚持）';

/**
 * A JSON object ({ … }), not an array or null. Array.isArray rather than
 * instanceof: a value made in another window (a host outside the pane's frame)
 * is still an array.
 */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v when it is a JSON object; null (with an error) when it is not. */
export function configObject(v: unknown, path: string, example: string, errors: string[]): JsonObject | null {
  if (isJsonObject(v)) return v;
  errors.push('配置项“' + path + '”必须是对象，例如 ' + example + '，现在是' + jsonType(v) + '。');
  return null;
}

function has(o: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  if (typeof v === 'string') return '字符串';
  if (typeof v === 'number') return '数字';
  if (typeof v === 'boolean') return '布尔值';
  return '对象';
}

/** An array of non-empty strings, trimmed; null (with errors) when it is not one. */
export function stringList(v: unknown, path: string, example: string, errors: string[]): string[] | null {
  if (!Array.isArray(v)) {
    errors.push('配置项“' + path + '”必须是字符串数组，例如 ' + example + '，现在是' + jsonType(v) + '。');
    return null;
  }
  const out: string[] = [];
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    const at = path + '[' + i + ']';
    if (typeof item !== 'string') {
      errors.push('配置项“' + at + '”必须是字符串，现在是' + jsonType(item) + '。');
      ok = false;
    } else if (normalizeLabel(item) === '') {
      errors.push('配置项“' + at + '”不能为空。');
      ok = false;
    } else {
      out.push(cellText(item));
    }
  }
  return ok ? out : null;
}

/** A dictionary of normalised words → what they mean, to refuse a word meaning two things. */
type Owners = Dict<string>;

function claim(owners: Owners, word: string, owner: string, path: string, errors: string[]): boolean {
  const key = normalizeLabel(word);
  const current = owners[key];
  if (current === undefined) {
    owners[key] = owner;
    return true;
  }
  if (current !== owner) errors.push('配置项“' + path + '”的“' + word + '”已用于' + current + '，不能再用于' + owner + '。');
  return false;
}

/** A word the base schema already uses (the base's own overlaps are not the user's fault). */
function register(owners: Owners, word: string, owner: string): void {
  const key = normalizeLabel(word);
  if (owners[key] === undefined) owners[key] = owner;
}

function columnOwner(header: string): string {
  return '“' + header + '”列';
}

function statusOwner(name: string): string {
  return '“' + name + '”状态';
}

function applySynonyms(schema: Schema, json: unknown, errors: string[]): void {
  const v = configObject(json, 'synonyms', '{"owner": ["联系人"]}', errors);
  if (!v) return;
  const owners = emptyDict<string>();
  for (let i = 0; i < schema.columns.length; i++) {
    const c = schema.columns[i];
    register(owners, c.header, columnOwner(c.header));
    for (let j = 0; j < c.synonyms.length; j++) register(owners, c.synonyms[j], columnOwner(c.header));
  }
  const names = Object.keys(v);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const path = 'synonyms.' + name;
    let column: ColumnSpec | null = null;
    for (let j = 0; j < schema.columns.length; j++) {
      if (schema.columns[j].key === name || schema.columns[j].header === name) column = schema.columns[j];
    }
    if (!column) {
      const known = schema.columns.map((c) => c.key + '（' + c.header + '）').join('、');
      errors.push('配置项“' + path + '”中的“' + name + '”不是已知的列；可用的列：' + known + '。');
      continue;
    }
    const words = stringList(v[name], path, '["联系人"]', errors);
    if (!words) continue;
    for (let j = 0; j < words.length; j++) {
      if (claim(owners, words[j], columnOwner(column.header), path + '[' + j + ']', errors)) column.synonyms.push(words[j]);
    }
  }
}

/** Every status word of the schema, so that new words cannot take over an existing one. */
function statusOwners(schema: Schema): Owners {
  const owners = emptyDict<string>();
  for (let i = 0; i < schema.statuses.length; i++) {
    const st = schema.statuses[i];
    register(owners, st.name, statusOwner(st.name));
    for (let j = 0; j < st.synonyms.length; j++) register(owners, st.synonyms[j], statusOwner(st.name));
  }
  for (let i = 0; i < schema.standingStatuses.length; i++) {
    register(owners, schema.standingStatuses[i], statusOwner(STANDING));
  }
  const extensions = schema.extensionStatuses.requested.concat(schema.extensionStatuses.granted);
  for (let i = 0; i < extensions.length; i++) register(owners, extensions[i], statusOwner('整改中（' + extensions[i] + '）'));
  return owners;
}

function applyStatusSynonyms(schema: Schema, json: unknown, owners: Owners, errors: string[]): void {
  const v = configObject(json, 'statusSynonyms', '{"已完成": ["已落实"]}', errors);
  if (!v) return;
  const names = Object.keys(v);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const path = 'statusSynonyms.' + name;
    let status: StatusSpec | null = null;
    for (let j = 0; j < schema.statuses.length; j++) {
      if (schema.statuses[j].name === name) status = schema.statuses[j];
    }
    if (!status) {
      const known = schema.statuses.map((st) => st.name).join('、');
      errors.push('配置项“' + path + '”中的“' + name + '”不是已知的状态；可用的状态：' + known + '。');
      continue;
    }
    const words = stringList(v[name], path, '["已落实"]', errors);
    if (!words) continue;
    for (let j = 0; j < words.length; j++) {
      if (claim(owners, words[j], statusOwner(status.name), path + '[' + j + ']', errors)) status.synonyms.push(words[j]);
    }
  }
}

function applyStandingStatuses(schema: Schema, v: unknown, owners: Owners, errors: string[]): void {
  const words = stringList(v, 'standingStatuses', '["常态推进"]', errors);
  if (!words) return;
  for (let i = 0; i < words.length; i++) {
    const path = 'standingStatuses[' + i + ']';
    if (claim(owners, words[i], statusOwner(STANDING), path, errors)) schema.standingStatuses.push(words[i]);
  }
}

function applyOngoingDeadlines(schema: Schema, v: unknown, errors: string[]): void {
  const words = stringList(v, 'ongoingDeadlines', '["长期"]', errors);
  if (!words) return;
  const seen = emptyDict<boolean>();
  for (let i = 0; i < schema.ongoingDeadlines.length; i++) seen[normalizeLabel(schema.ongoingDeadlines[i])] = true;
  for (let i = 0; i < words.length; i++) {
    const key = normalizeLabel(words[i]);
    // A deadline containing the word counts as ongoing, so one character would swallow ordinary text.
    if (key.length < 2) {
      errors.push('配置项“ongoingDeadlines[' + i + ']”的“' + words[i] + '”太短：至少两个字，以免把普通文字误认作长期任务。');
    } else if (!seen[key]) {
      seen[key] = true;
      schema.ongoingDeadlines.push(words[i]);
    }
  }
}

function applyCategories(schema: Schema, v: unknown, replace: unknown, errors: string[]): void {
  if (replace !== undefined && typeof replace !== 'boolean') {
    errors.push('配置项“replaceCategories”必须是 true 或 false，现在是' + jsonType(replace) + '。');
    return;
  }
  if (v === undefined) {
    if (replace === true) errors.push('配置项“replaceCategories”为 true 时必须同时给出“categories”。');
    return;
  }
  const words = stringList(v, 'categories', '["作风建设"]', errors);
  if (!words) return;
  if (replace === true && words.length === 0) {
    errors.push('配置项“categories”为空，不能用来替换默认的问题类别。');
    return;
  }
  const list = replace === true ? [] : schema.categories;
  const seen = emptyDict<boolean>();
  for (let i = 0; i < list.length; i++) seen[list[i]] = true;
  for (let i = 0; i < words.length; i++) {
    if (seen[words[i]]) continue;
    seen[words[i]] = true;
    list.push(words[i]);
  }
  schema.categories = list;
}

function isWarnDays(v: unknown): v is number {
  return typeof v === 'number' && Math.floor(v) === v && v >= 0 && v <= MAX_WARN_DAYS;
}

/** A warning window typed as text (a command-line option, a form field): whole days 0..MAX_WARN_DAYS, else null. */
export function parseWarnDays(text: string): number | null {
  const s = cellText(text);
  if (!WHOLE_NUMBER.test(s)) return null;
  const n = parseInt(s, 10);
  return isWarnDays(n) ? n : null;
}

function applyWarnDays(schema: Schema, v: unknown, errors: string[]): void {
  if (!isWarnDays(v)) {
    const now = typeof v === 'number' ? String(v) : jsonType(v);
    errors.push('配置项“warnDays”必须是 0 到 ' + MAX_WARN_DAYS + ' 之间的整数（天数），现在是' + now + '。');
    return;
  }
  schema.warnDays = v;
}

function applyColors(schema: Schema, json: unknown, errors: string[]): void {
  const v = configObject(json, 'colors', '{"red": "#FF0000"}', errors);
  if (!v) return;
  const names = Object.keys(v);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const path = 'colors.' + name;
    if (LIGHTS.indexOf(name as Light) < 0) {
      const known = LIGHTS.map((l) => l + '（' + LIGHT_NAMES[l] + '）').join('、');
      errors.push('配置项“' + path + '”中的“' + name + '”不是已知的灯色；可用的灯色：' + known + '。');
      continue;
    }
    const value = v[name];
    if (typeof value !== 'string' || !isHexColor(value)) {
      const now = typeof value === 'string' ? '“' + value + '”' : jsonType(value);
      errors.push('配置项“' + path + '”必须是 #RRGGBB 形式的颜色，例如 "#FF0000"，现在是' + now + '。');
      continue;
    }
    schema.colors[name as Light] = value.toUpperCase();
  }
}

/** base extended by the JSON config; base is never changed. */
export function applyConfig(base: Schema, json: unknown): { schema: Schema; errors: string[] } {
  const errors: string[] = [];
  if (!isJsonObject(json)) {
    errors.push('配置文件的内容必须是一个 JSON 对象（{ … }），现在是' + jsonType(json) + '。');
    return { schema: copySchema(base), errors: errors };
  }
  const keys = Object.keys(json);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].charAt(0) !== '_' && KNOWN_KEYS.indexOf(keys[i]) < 0) {
      errors.push('配置项“' + keys[i] + '”无法识别；可用的配置项：' + KNOWN_KEYS.join('、') + '。');
    }
  }
  const schema = copySchema(base);
  if (has(json, 'synonyms')) applySynonyms(schema, json.synonyms, errors);
  if (has(json, 'statusSynonyms') || has(json, 'standingStatuses')) {
    const owners = statusOwners(schema);
    if (has(json, 'statusSynonyms')) applyStatusSynonyms(schema, json.statusSynonyms, owners, errors);
    if (has(json, 'standingStatuses')) applyStandingStatuses(schema, json.standingStatuses, owners, errors);
  }
  if (has(json, 'ongoingDeadlines')) applyOngoingDeadlines(schema, json.ongoingDeadlines, errors);
  if (has(json, 'categories') || has(json, 'replaceCategories')) {
    applyCategories(schema, json.categories, json.replaceCategories, errors);
  }
  if (has(json, 'warnDays')) applyWarnDays(schema, json.warnDays, errors);
  if (has(json, 'colors')) applyColors(schema, json.colors, errors);
  return { schema: errors.length > 0 ? copySchema(base) : schema, errors: errors };
}
