// The settings panel's DOM: fills the fields from a form, reads them back, paints the colour swatches.
// What the fields mean and how they are saved is the settings controller's (pane/settings-form.ts).
import { LIGHTS } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { SaveOutcome, SettingsController, SettingsForm } from '../pane/settings-form';
import { byId } from './dom';

export function startSettingsView(doc: Document, settings: SettingsController, initial: SettingsForm, onSaved: (outcome: SaveOutcome) => void): void {
  const toggle = byId<HTMLButtonElement>(doc, 'btn-settings-toggle');
  const body = byId<HTMLElement>(doc, 'settings-body');
  const warn = byId<HTMLInputElement>(doc, 'setting-warn-days');
  const extra = byId<HTMLTextAreaElement>(doc, 'setting-extra');
  const colorInput = (light: Light): HTMLInputElement => byId<HTMLInputElement>(doc, 'setting-color-' + light);

  function paintSwatch(light: Light): void {
    const swatch = doc.querySelector('[data-swatch="' + light + '"]') as HTMLElement | null;
    if (swatch) swatch.style.backgroundColor = settings.swatch(colorInput(light).value);
  }

  function fill(form: SettingsForm): void {
    warn.value = form.warnDays;
    for (let i = 0; i < LIGHTS.length; i++) {
      colorInput(LIGHTS[i]).value = form.colors[LIGHTS[i]];
      paintSwatch(LIGHTS[i]);
    }
    extra.value = form.extra;
  }

  function read(): SettingsForm {
    const colors = {} as SettingsForm['colors'];
    for (let i = 0; i < LIGHTS.length; i++) colors[LIGHTS[i]] = colorInput(LIGHTS[i]).value;
    return { warnDays: warn.value, colors: colors, extra: extra.value };
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
    settings.save(read()).then(onSaved);
  });
  byId<HTMLButtonElement>(doc, 'btn-reset-settings').addEventListener('click', () => fill(settings.defaultForm()));

  fill(initial);
}
