// The settings panel's logic: the form's fields from the document's configuration, and saving them —
// validated by the core's applyConfig — into the document for whoever opens the workbook next.
import { cellText } from '../../ledger/cells';
import { applyConfig, isJsonObject, JsonObject, parseWarnDays } from '../../ledger/config';
import { defaultNoticeConfig, NoticeConfig, readNoticeConfig } from '../../ledger/notice-config';
import { defaultSchema, isHexColor, LIGHTS, Schema } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { MessageKey, t } from '../i18n';
import { CONFIG_KEY, documentNotice, savedConfig, SettingsStore } from '../settings';

const LIGHT_KEYS: { [L in Light]: MessageKey } = {
  red: 'lightRed',
  amber: 'lightAmber',
  green: 'lightGreen',
  blue: 'lightBlue',
  grey: 'lightGrey',
};

/** The panel's fields, as typed. */
export interface SettingsForm {
  warnDays: string;
  colors: { [L in Light]: string };
  /** Who signs the 督办提醒 (the config's notice.issuer). */
  issuer: string;
  /** JSON of the configuration's other keys (synonyms, categories …), '' for none. */
  extra: string;
}

/** A field of the panel: the warning window, a light's colour, the issuer, or the extra JSON. */
export type SettingsField = 'warnDays' | 'issuer' | 'extra' | Light;

/** The fields found wrong by the last save, to mark. */
export type SettingsInvalid = { [F in SettingsField]: boolean };

export type SaveOutcome =
  | { saved: true; schema: Schema; notice: NoticeConfig; message: string }
  | { saved: false; message: string; invalid: SettingsInvalid };

/** Full-width punctuation a Chinese input method types where JSON needs the half-width kind. */
const FULL_WIDTH = /[\u201c\u201d\u2018\u2019\uff1a\uff0c\uff5b\uff5d\uff3b\uff3d]/g;

/**
 * What is wrong with JSON that failed to parse, in the pane's language: the browser's own
 * message is English (or, in IE11, just "Invalid character"), which a clerk cannot act on.
 */
function jsonProblem(text: string, error: unknown): string {
  const wide = text.match(FULL_WIDTH);
  if (wide) {
    const seen: string[] = [];
    for (let i = 0; i < wide.length; i++) if (seen.indexOf(wide[i]) < 0) seen.push(wide[i]);
    return t('jsonFullWidth', { chars: seen.join(' ') });
  }
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return t('jsonNear', { line: lineColumn[1], column: lineColumn[2] });
  const at = /position (\d+)/.exec(message);
  if (!at) return t('jsonSyntax');
  const before = text.slice(0, parseInt(at[1], 10)).split('\n');
  return t('jsonNear', { line: before.length, column: before[before.length - 1].length + 1 });
}

/** A copy of the object without the named keys. */
function without(o: JsonObject, names: string[]): JsonObject {
  const out: JsonObject = {};
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) if (names.indexOf(keys[i]) < 0) out[keys[i]] = o[keys[i]];
  return out;
}

/** The saved config without what the panel edits in fields of its own: warnDays, colors, notice.issuer. */
function extraPart(config: JsonObject): JsonObject {
  const out = without(config, ['warnDays', 'colors', 'notice']);
  if (isJsonObject(config.notice)) {
    const notice = without(config.notice, ['issuer']);
    if (Object.keys(notice).length > 0) out.notice = notice;
  } else if (config.notice !== undefined) out.notice = config.notice;
  return out;
}

function formOf(schema: Schema, notice: NoticeConfig, extra: JsonObject): SettingsForm {
  const colors = {} as { [L in Light]: string };
  for (let i = 0; i < LIGHTS.length; i++) colors[LIGHTS[i]] = schema.colors[LIGHTS[i]];
  return {
    warnDays: String(schema.warnDays),
    colors: colors,
    issuer: notice.issuer,
    extra: Object.keys(extra).length > 0 ? JSON.stringify(extra, null, 2) : '',
  };
}

function noneInvalid(): SettingsInvalid {
  return { warnDays: false, issuer: false, extra: false, red: false, amber: false, green: false, blue: false, grey: false };
}

/** The issuer as typed, when the notice settings accept it. */
function issuerValid(text: string): boolean {
  return readNoticeConfig({ issuer: text }).errors.length === 0;
}

/** The extra JSON as typed, parsed: an object, or what is wrong with it. */
function parseExtra(text: string): { json: JsonObject } | { error: string } {
  // Parsed as typed (JSON allows the surrounding blanks), so a reported line is the textarea's line.
  if (cellText(text) === '') return { json: {} };
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? { json: parsed } : { error: t('jsonNotObject') };
  } catch (e) {
    return { error: t('jsonInvalid', { message: jsonProblem(text, e) }) };
  }
}

/** The configuration a form describes, or what is wrong with it and where. */
function collect(form: SettingsForm): { json: JsonObject | null; errors: string[]; invalid: SettingsInvalid } {
  const errors: string[] = [];
  const invalid = noneInvalid();
  let json: JsonObject = {};
  const extra = parseExtra(form.extra);
  if ('error' in extra) {
    errors.push(extra.error);
    invalid.extra = true;
  } else json = extra.json;
  const days = parseWarnDays(form.warnDays);
  if (days === null) {
    errors.push(t('warnDaysInvalid'));
    invalid.warnDays = true;
  }
  const colors: { [key: string]: string } = {};
  for (let i = 0; i < LIGHTS.length; i++) {
    const value = cellText(form.colors[LIGHTS[i]]);
    if (isHexColor(value)) colors[LIGHTS[i]] = value.toUpperCase();
    else {
      errors.push(t('colorInvalid', { light: t(LIGHT_KEYS[LIGHTS[i]]) }));
      invalid[LIGHTS[i]] = true;
    }
  }
  const issuer = cellText(form.issuer);
  if (!issuerValid(issuer)) {
    errors.push(t('issuerInvalid'));
    invalid.issuer = true;
  }
  if (errors.length > 0) return { json: null, errors: errors, invalid: invalid };
  json.warnDays = days;
  json.colors = colors;
  // The default issuer is not saved, so a later change of the default reaches this document.
  if (issuer !== defaultNoticeConfig().issuer) json.notice = { ...(isJsonObject(json.notice) ? json.notice : {}), issuer: issuer };
  return { json: json, errors: [], invalid: invalid };
}

export class SettingsController {
  constructor(private readonly store: SettingsStore) {}

  /** The fields for the document's settings; `schema` is what they made (the default when they are invalid). */
  initialForm(schema: Schema): SettingsForm {
    return formOf(schema, documentNotice(this.store).notice, extraPart(savedConfig(this.store)));
  }

  /** 恢复默认: the fields of the built-in schema, not saved until the user saves them. */
  defaultForm(): SettingsForm {
    return formOf(defaultSchema(), defaultNoticeConfig(), {});
  }

  /** Whether a field's text is acceptable as it stands (a field marked invalid is cleared once it is). */
  fieldValid(field: SettingsField, text: string): boolean {
    if (field === 'warnDays') return parseWarnDays(text) !== null;
    if (field === 'issuer') return issuerValid(cellText(text));
    if (field === 'extra') return !('error' in parseExtra(text));
    return isHexColor(cellText(text));
  }

  /** The swatch beside a colour field: the colour typed, or none while it is not #RRGGBB. */
  swatch(value: string): string {
    return isHexColor(value) ? value : 'transparent';
  }

  /** Saves a valid form into the document; an invalid one is not saved, and the outcome says why. */
  async save(form: SettingsForm): Promise<SaveOutcome> {
    try {
      const collected = collect(form);
      const json = collected.json;
      if (!json) return { saved: false, message: t('settingsInvalid') + ' ' + collected.errors.join(' '), invalid: collected.invalid };
      const applied = applyConfig(defaultSchema(), json);
      const notice = readNoticeConfig(json.notice);
      const errors = applied.errors.concat(notice.errors);
      // The extra JSON is where every key but the panel's own fields is written.
      if (errors.length > 0)
        return { saved: false, message: t('settingsInvalid') + ' ' + errors.join(' '), invalid: { ...noneInvalid(), extra: true } };
      this.store.set(CONFIG_KEY, json);
      await this.store.save();
      return { saved: true, schema: applied.schema, notice: notice.notice, message: t('settingsSaved') };
    } catch (e) {
      return { saved: false, message: t('errorGeneric', { message: e instanceof Error ? e.message : String(e) }), invalid: noneInvalid() };
    }
  }
}
