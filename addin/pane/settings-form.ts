// The settings panel's logic: the form's fields from the document's configuration, and saving them —
// validated by the core's applyConfig — into the document for whoever opens the workbook next.
import { applyConfig, isJsonObject, parseWarnDays } from '../../ledger/config';
import { defaultSchema, isHexColor, LIGHTS, Schema } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { MessageKey, t } from '../i18n';
import { CONFIG_KEY, savedConfig, SettingsStore } from '../settings';

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
  /** JSON of the configuration's other keys (synonyms, categories …), '' for none. */
  extra: string;
}

export type SaveOutcome = { saved: true; schema: Schema; message: string } | { saved: false; message: string };

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

/** The saved config without the keys the panel edits in their own fields. */
function extraPart(config: { [key: string]: unknown }): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  const keys = Object.keys(config);
  for (let i = 0; i < keys.length; i++) if (keys[i] !== 'warnDays' && keys[i] !== 'colors') out[keys[i]] = config[keys[i]];
  return out;
}

function formOf(schema: Schema, extra: { [key: string]: unknown }): SettingsForm {
  const colors = {} as { [L in Light]: string };
  for (let i = 0; i < LIGHTS.length; i++) colors[LIGHTS[i]] = schema.colors[LIGHTS[i]];
  return {
    warnDays: String(schema.warnDays),
    colors: colors,
    extra: Object.keys(extra).length > 0 ? JSON.stringify(extra, null, 2) : '',
  };
}

/** The configuration a form describes, or what is wrong with it. */
function collect(form: SettingsForm): { json: { [key: string]: unknown } | null; errors: string[] } {
  const errors: string[] = [];
  let json: { [key: string]: unknown } = {};
  // Parsed as typed (JSON allows the surrounding blanks), so a reported line is the textarea's line.
  const text = form.extra;
  if (text.replace(/^\s+|\s+$/g, '') !== '') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isJsonObject(parsed)) json = parsed;
      else errors.push(t('jsonNotObject'));
    } catch (e) {
      errors.push(t('jsonInvalid', { message: jsonProblem(text, e) }));
    }
  }
  const days = parseWarnDays(form.warnDays);
  if (days === null) errors.push(t('warnDaysInvalid'));
  const colors: { [key: string]: string } = {};
  for (let i = 0; i < LIGHTS.length; i++) {
    const value = form.colors[LIGHTS[i]].replace(/^\s+|\s+$/g, '');
    if (isHexColor(value)) colors[LIGHTS[i]] = value.toUpperCase();
    else errors.push(t('colorInvalid', { light: t(LIGHT_KEYS[LIGHTS[i]]) }));
  }
  if (errors.length > 0) return { json: null, errors: errors };
  json.warnDays = days;
  json.colors = colors;
  return { json: json, errors: [] };
}

export class SettingsController {
  constructor(private readonly store: SettingsStore) {}

  /** The fields for the document's settings; `schema` is what they made (the default when they are invalid). */
  initialForm(schema: Schema): SettingsForm {
    return formOf(schema, extraPart(savedConfig(this.store)));
  }

  /** 恢复默认: the fields of the built-in schema, not saved until the user saves them. */
  defaultForm(): SettingsForm {
    return formOf(defaultSchema(), {});
  }

  /** The swatch beside a colour field: the colour typed, or none while it is not #RRGGBB. */
  swatch(value: string): string {
    return isHexColor(value) ? value : 'transparent';
  }

  /** Saves a valid form into the document; an invalid one is not saved, and the outcome says why. */
  async save(form: SettingsForm): Promise<SaveOutcome> {
    try {
      const collected = collect(form);
      const applied = collected.json ? applyConfig(defaultSchema(), collected.json) : null;
      if (!applied || applied.errors.length > 0) {
        return { saved: false, message: t('settingsInvalid') + ' ' + (applied ? applied.errors : collected.errors).join(' ') };
      }
      this.store.set(CONFIG_KEY, collected.json);
      await this.store.save();
      return { saved: true, schema: applied.schema, message: t('settingsSaved') };
    } catch (e) {
      return { saved: false, message: t('errorGeneric', { message: e instanceof Error ? e.message : String(e) }) };
    }
  }
}
