// The settings panel: warning window, light colours and extra schema words, validated by the
// core's applyConfig and saved in the document for whoever opens the workbook next.
import { applyConfig, isJsonObject, parseWarnDays } from '../../ledger/config';
import { defaultSchema, isHexColor, LIGHTS, Schema } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { MessageKey, t } from '../i18n';
import { CONFIG_KEY, savedConfig, SettingsStore } from '../settings';
import { byId } from './dom';

const LIGHT_KEYS: { [L in Light]: MessageKey } = {
  red: 'lightRed',
  amber: 'lightAmber',
  green: 'lightGreen',
  blue: 'lightBlue',
  grey: 'lightGrey',
};

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

export function startSettingsPanel(
  doc: Document,
  store: SettingsStore,
  initial: Schema,
  report: (message: string, kind: 'ok' | 'error') => void,
  onSaved: (schema: Schema) => void,
): void {
  const toggle = byId<HTMLButtonElement>(doc, 'btn-settings-toggle');
  const body = byId<HTMLElement>(doc, 'settings-body');
  const warn = byId<HTMLInputElement>(doc, 'setting-warn-days');
  const extra = byId<HTMLTextAreaElement>(doc, 'setting-extra');
  const colorInput = (light: Light): HTMLInputElement => byId<HTMLInputElement>(doc, 'setting-color-' + light);

  function paintSwatch(light: Light): void {
    const swatch = doc.querySelector('[data-swatch="' + light + '"]') as HTMLElement | null;
    const value = colorInput(light).value;
    if (swatch) swatch.style.backgroundColor = isHexColor(value) ? value : 'transparent';
  }

  function fill(schema: Schema, extraJson: { [key: string]: unknown }): void {
    warn.value = String(schema.warnDays);
    for (let i = 0; i < LIGHTS.length; i++) {
      colorInput(LIGHTS[i]).value = schema.colors[LIGHTS[i]];
      paintSwatch(LIGHTS[i]);
    }
    extra.value = Object.keys(extraJson).length > 0 ? JSON.stringify(extraJson, null, 2) : '';
  }

  function collect(): { json: { [key: string]: unknown } | null; errors: string[] } {
    const errors: string[] = [];
    let json: { [key: string]: unknown } = {};
    // Parsed as typed (JSON allows the surrounding blanks), so a reported line is the textarea's line.
    const text = extra.value;
    if (text.replace(/^\s+|\s+$/g, '') !== '') {
      try {
        const parsed: unknown = JSON.parse(text);
        if (isJsonObject(parsed)) json = parsed;
        else errors.push(t('jsonNotObject'));
      } catch (e) {
        errors.push(t('jsonInvalid', { message: jsonProblem(text, e) }));
      }
    }
    const days = parseWarnDays(warn.value);
    if (days === null) errors.push(t('warnDaysInvalid'));
    const colors: { [key: string]: string } = {};
    for (let i = 0; i < LIGHTS.length; i++) {
      const value = colorInput(LIGHTS[i]).value.replace(/^\s+|\s+$/g, '');
      if (isHexColor(value)) colors[LIGHTS[i]] = value.toUpperCase();
      else errors.push(t('colorInvalid', { light: t(LIGHT_KEYS[LIGHTS[i]]) }));
    }
    if (errors.length > 0) return { json: null, errors: errors };
    json.warnDays = days;
    json.colors = colors;
    return { json: json, errors: [] };
  }

  async function save(): Promise<void> {
    const collected = collect();
    const applied = collected.json ? applyConfig(defaultSchema(), collected.json) : null;
    if (!applied || applied.errors.length > 0) {
      report(t('settingsInvalid') + ' ' + (applied ? applied.errors : collected.errors).join(' '), 'error');
      return;
    }
    store.set(CONFIG_KEY, collected.json);
    await store.save();
    onSaved(applied.schema);
    report(t('settingsSaved'), 'ok');
  }

  toggle.addEventListener('click', () => {
    const open = body.hasAttribute('hidden');
    if (open) body.removeAttribute('hidden');
    else body.setAttribute('hidden', '');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  for (let i = 0; i < LIGHTS.length; i++) {
    const light = LIGHTS[i];
    colorInput(light).addEventListener('input', () => paintSwatch(light));
  }
  byId<HTMLButtonElement>(doc, 'btn-save-settings').addEventListener('click', () => {
    save().then(undefined, (e: unknown) => report(t('errorGeneric', { message: e instanceof Error ? e.message : String(e) }), 'error'));
  });
  byId<HTMLButtonElement>(doc, 'btn-reset-settings').addEventListener('click', () => fill(defaultSchema(), {}));

  fill(initial, extraPart(savedConfig(store)));
}
