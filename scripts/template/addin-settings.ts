// The add-in's document settings for a template, stored as the add-in stores them (its own
// keys and builders from addin/settings.ts), so opening the template with the add-in finds its
// warning window and colours, and finds the template's rules remembered as its own.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_KEY, RememberedRules, rememberRules, SettingsStore } from '../../addin/settings';
import { LIGHTS, Schema } from '../../ledger/schema';
import { AddinReference, WebExtension } from '../xlsx-writer';

/** Settings as a plain object: what the document will hold. */
function memoryStore(): { store: SettingsStore; values: { [name: string]: unknown } } {
  const values: { [name: string]: unknown } = {};
  return {
    values,
    store: {
      get: (name) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : null),
      set: (name, value) => {
        values[name] = JSON.parse(JSON.stringify(value));
      },
      save: () => Promise.resolve(),
    },
  };
}

/**
 * The configuration object as the add-in's settings panel saves it: the keys it has no field for,
 * then the warning window and all five colours.
 */
export function addinConfig(configJson: { [key: string]: unknown }, schema: Schema): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(configJson)) if (key !== 'warnDays' && key !== 'colors') out[key] = configJson[key];
  out.warnDays = schema.warnDays;
  const colors: { [light: string]: string } = {};
  for (const light of LIGHTS) colors[light] = schema.colors[light].toUpperCase();
  out.colors = colors;
  return out;
}

/** The document settings of a template whose ledger sheet has the given id and rules. */
export function templateSettings(
  configJson: { [key: string]: unknown },
  schema: Schema,
  sheetId: string,
  rules: RememberedRules,
): { [name: string]: unknown } {
  const { store, values } = memoryStore();
  store.set(CONFIG_KEY, addinConfig(configJson, schema));
  rememberRules(store, sheetId, rules);
  return values;
}

/** The add-in's id and version, from its manifest. */
export function addinIdentity(manifest: string): { id: string; version: string } {
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(manifest);
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(manifest);
  if (!id || !version) throw new Error('manifest.xml has no <Id> or <Version>');
  return { id: id[1], version: version[1] };
}

/** manifest.xml at the root of this installation (the folder holding package.json), or null. */
export function findManifest(from: string = __dirname): string | null {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  const manifest = path.join(dir, 'manifest.xml');
  return fs.existsSync(manifest) ? manifest : null;
}

/**
 * Where Office may find the add-in: sideloaded (Registry), a shared-folder catalog when one is
 * named, and central deployment (EXCatalog). The first is the one Office tries first.
 */
export function addinReferences(identity: { id: string; version: string }, catalog?: string): AddinReference[] {
  const ref = (store: string, storeType: string): AddinReference => ({ id: identity.id, version: identity.version, store, storeType });
  const refs = [ref('developer', 'Registry'), ref('EXCatalog', 'EXCatalog')];
  if (catalog) refs.unshift(ref(catalog, 'FileSystem'));
  return refs;
}

export function addinExtension(instanceId: string, refs: AddinReference[], settings: { [name: string]: unknown }): WebExtension {
  return { instanceId, reference: refs[0], alternateReferences: refs.slice(1), settings };
}
