// The add-in's document settings kept in the workbook's custom document properties, so they travel
// with the file as Office's document settings do. A string property holds at most 255 characters, so
// each setting is JSON cut into numbered properties: 'zgtz.rules|1', 'zgtz.rules|2' …
// The task pane outlives a workbook in WPS (one pane for every window), so nothing is cached: each
// read is from the workbook active now, and save() writes what was set into the workbook active then.
import { SettingsStore } from '../settings';
import { DocumentProperties, EtApplication, MSO_PROPERTY_TYPE_STRING } from './et-types';
import { activeWorkbook } from './read-sheet';

const PART_LENGTH = 255;
const SEPARATOR = '|';

/** 'zgtz.rules|2' → { key: 'zgtz.rules', part: 2 }; null for another property. */
function partOf(name: string): { key: string; part: number } | null {
  const at = name.lastIndexOf(SEPARATOR);
  if (at <= 0 || !/^\d+$/.test(name.slice(at + 1))) return null;
  return { key: name.slice(0, at), part: parseInt(name.slice(at + 1), 10) };
}

/** The JSON text of each stored setting, its parts joined in order. */
function storedTexts(props: DocumentProperties): { [key: string]: string[] } {
  const parts: { [key: string]: string[] } = {};
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    const at = partOf(String(p.Name));
    if (!at || at.part < 1) continue;
    if (!Object.prototype.hasOwnProperty.call(parts, at.key)) parts[at.key] = [];
    parts[at.key][at.part - 1] = String(p.Value);
  }
  return parts;
}

/** Cuts text into property-sized parts, never between the two halves of a surrogate pair. */
export function splitParts(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + PART_LENGTH);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out.length > 0 ? out : [''];
}

function removeKey(props: DocumentProperties, key: string): void {
  for (let i = props.Count; i >= 1; i--) {
    const p = props.Item(i);
    const at = partOf(String(p.Name));
    if (at && at.key === key) p.Delete();
  }
}

function writeKey(props: DocumentProperties, key: string, value: unknown): void {
  removeKey(props, key);
  if (value === null || value === undefined) return;
  const parts = splitParts(JSON.stringify(value));
  for (let i = 0; i < parts.length; i++) props.Add(key + SEPARATOR + (i + 1), false, MSO_PROPERTY_TYPE_STRING, parts[i]);
}

export function documentPropertySettings(app: EtApplication): SettingsStore {
  let pending: { [name: string]: unknown } = {};
  const props = (): DocumentProperties => activeWorkbook(app).CustomDocumentProperties;
  return {
    get: (name) => {
      if (Object.prototype.hasOwnProperty.call(pending, name)) return pending[name];
      const parts = storedTexts(props())[name];
      if (!parts) return null;
      try {
        return JSON.parse(parts.join(''));
      } catch {
        // A part lost or edited by hand: the setting is gone, not the pane.
        return null;
      }
    },
    set: (name, value) => {
      pending[name] = value === undefined ? null : JSON.parse(JSON.stringify(value));
    },
    save: () =>
      Promise.resolve().then(() => {
        const target = props();
        const names = Object.keys(pending);
        for (let i = 0; i < names.length; i++) writeKey(target, names[i], pending[names[i]]);
        pending = {};
      }),
  };
}
