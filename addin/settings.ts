// The add-in's state kept in the document (Office.context.document.settings), so whoever opens
// the workbook next gets the same rules, and a re-run of setup knows exactly what it made before.
import { applyConfig, isJsonObject } from '../ledger/config';
import { NoticeConfig, readNoticeConfig } from '../ledger/notice-config';
import { defaultSchema, Schema } from '../ledger/schema';

export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists the settings into the document. */
  save(): Promise<void>;
}

/** Setting names; prefixed so they never meet another add-in's. */
export const CONFIG_KEY = 'zgtz.config';
export const RULES_KEY = 'zgtz.rules';
export const OVERDUE_SHEET_KEY = 'zgtz.overdueSheet';
/** The id of the ledger sheet the 逾期清单 was last made from. */
export const OVERDUE_SOURCE_KEY = 'zgtz.overdueSource';

/** A conditional format the add-in created: its range and formula, as written. */
export interface RememberedFormat {
  address: string;
  formula: string;
}

/** A data validation the add-in created: its range and rule type ('List', 'Custom', 'Date' …). */
export interface RememberedValidation {
  address: string;
  type: string;
  /** The input prompt's title the add-in wrote: a user's own rule of the same type will not carry it. */
  title?: string;
}

export interface RememberedRules {
  formats: RememberedFormat[];
  validations: RememberedValidation[];
}

/** The document's settings (Office.context.document.settings unless another is given). */
export function officeSettings(settings?: Office.Settings): SettingsStore {
  const target = settings || Office.context.document.settings;
  return {
    get: (name) => {
      const v: unknown = target.get(name);
      return v === undefined ? null : v;
    },
    set: (name, value) => target.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        target.saveAsync((result) => {
          // Compared as text: Office.AsyncResultStatus is not defined outside office.js.
          if (String(result.status) === 'succeeded') resolve();
          else reject(result.error);
        });
      }),
  };
}

/** The saved configuration object (applyConfig's JSON shape); {} when none. */
export function savedConfig(store: SettingsStore): { [key: string]: unknown } {
  const v = store.get(CONFIG_KEY);
  return isJsonObject(v) ? v : {};
}

/** The schema this document uses: the default extended by its saved configuration. */
export function documentSchema(store: SettingsStore): { schema: Schema; errors: string[] } {
  return applyConfig(defaultSchema(), savedConfig(store));
}

/** The 督办提醒's issuer and reply days: the config's `notice` key, which the merge's notices read too. */
export function documentNotice(store: SettingsStore): { notice: NoticeConfig; errors: string[] } {
  return readNoticeConfig(savedConfig(store).notice);
}

/** Whether the sheet is the 逾期清单 the add-in wrote: its output, never a ledger to read or set up. */
export function isOverdueSheet(store: SettingsStore, sheetId: string): boolean {
  return store.get(OVERDUE_SHEET_KEY) === sheetId;
}

function rulesBySheet(store: SettingsStore): { [sheetId: string]: RememberedRules } {
  const v = store.get(RULES_KEY);
  return isJsonObject(v) ? (v as { [sheetId: string]: RememberedRules }) : {};
}

/** Whether 套用台账规范 has run in this document (on any sheet). */
export function hasRememberedRules(store: SettingsStore): boolean {
  return Object.keys(rulesBySheet(store)).length > 0;
}

export function rememberedRules(store: SettingsStore, sheetId: string): RememberedRules {
  const all = rulesBySheet(store);
  const r = Object.prototype.hasOwnProperty.call(all, sheetId) ? all[sheetId] : null;
  if (!r || !Array.isArray(r.formats) || !Array.isArray(r.validations)) return { formats: [], validations: [] };
  return r;
}

export function rememberRules(store: SettingsStore, sheetId: string, rules: RememberedRules): void {
  const all = rulesBySheet(store);
  const next: { [sheetId: string]: RememberedRules } = {};
  const ids = Object.keys(all);
  for (let i = 0; i < ids.length; i++) next[ids[i]] = all[ids[i]];
  next[sheetId] = rules;
  store.set(RULES_KEY, next);
}
