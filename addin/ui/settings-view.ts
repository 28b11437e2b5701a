// The settings panel's DOM: fills the fields from a form, reads them back, paints the colour swatches,
// marks the fields a save found wrong until they are right, and asks before restoring the defaults.
// What the fields mean and how they are saved is the settings controller's (pane/settings-form.ts).
import { LIGHTS } from '../../ledger/schema';
import { Light } from '../../ledger/types';
import { SaveOutcome, SettingsController, SettingsField, SettingsForm, SettingsInvalid } from '../pane/settings-form';
import { byId } from './dom';

export interface SettingsEvents {
  saved(outcome: SaveOutcome): void;
  /** The fields were reset to the defaults, after the user agreed. */
  reset(): void;
}

export function startSettingsView(doc: Document, settings: SettingsController, initial: SettingsForm, events: SettingsEvents): void {
  const toggle = byId<HTMLButtonElement>(doc, 'btn-settings-toggle');
  const body = byId<HTMLElement>(doc, 'settings-body');
  const warn = byId<HTMLInputElement>(doc, 'setting-warn-days');
  const issuer = byId<HTMLInputElement>(doc, 'setting-issuer');
  const extra = byId<HTMLTextAreaElement>(doc, 'setting-extra');
  const resetConfirm = byId<HTMLElement>(doc, 'reset-confirm');
  const resetButton = byId<HTMLButtonElement>(doc, 'btn-reset-settings');
  const colorInput = (light: Light): HTMLInputElement => byId<HTMLInputElement>(doc, 'setting-color-' + light);
  const fieldInputs: { field: SettingsField; input: HTMLInputElement | HTMLTextAreaElement }[] = [
    { field: 'warnDays', input: warn },
    { field: 'issuer', input: issuer },
    { field: 'extra', input: extra },
  ];
  for (let i = 0; i < LIGHTS.length; i++) fieldInputs.push({ field: LIGHTS[i], input: colorInput(LIGHTS[i]) });

  function paintSwatch(light: Light): void {
    const swatch = doc.querySelector('[data-swatch="' + light + '"]') as HTMLElement | null;
    if (swatch) swatch.style.backgroundColor = settings.swatch(colorInput(light).value);
  }

  function mark(invalid: SettingsInvalid | null): void {
    for (let i = 0; i < fieldInputs.length; i++) {
      const on = !!invalid && invalid[fieldInputs[i].field];
      if (on) fieldInputs[i].input.setAttribute('aria-invalid', 'true');
      else fieldInputs[i].input.removeAttribute('aria-invalid');
    }
  }

  function fill(form: SettingsForm): void {
    warn.value = form.warnDays;
    for (let i = 0; i < LIGHTS.length; i++) {
      colorInput(LIGHTS[i]).value = form.colors[LIGHTS[i]];
      paintSwatch(LIGHTS[i]);
    }
    issuer.value = form.issuer;
    extra.value = form.extra;
    mark(null);
  }

  function read(): SettingsForm {
    const colors = {} as SettingsForm['colors'];
    for (let i = 0; i < LIGHTS.length; i++) colors[LIGHTS[i]] = colorInput(LIGHTS[i]).value;
    return { warnDays: warn.value, colors: colors, issuer: issuer.value, extra: extra.value };
  }

  function showReset(on: boolean): void {
    if (on) resetConfirm.removeAttribute('hidden');
    else resetConfirm.setAttribute('hidden', '');
  }

  toggle.addEventListener('click', () => {
    const open = body.hasAttribute('hidden');
    if (open) body.removeAttribute('hidden');
    else body.setAttribute('hidden', '');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  for (let i = 0; i < fieldInputs.length; i++) {
    const at = fieldInputs[i];
    at.input.addEventListener('input', () => {
      if (LIGHTS.indexOf(at.field as Light) >= 0) paintSwatch(at.field as Light);
      // A field marked wrong is unmarked as soon as it is right; it is never marked while typing.
      if (at.input.getAttribute('aria-invalid') === 'true' && settings.fieldValid(at.field, at.input.value))
        at.input.removeAttribute('aria-invalid');
    });
  }
  byId<HTMLButtonElement>(doc, 'btn-save-settings').addEventListener('click', () => {
    settings.save(read()).then((outcome) => {
      mark(outcome.saved ? null : outcome.invalid);
      events.saved(outcome);
    });
  });
  resetButton.addEventListener('click', () => {
    showReset(true);
    byId<HTMLButtonElement>(doc, 'btn-reset-confirm').focus();
  });
  byId<HTMLButtonElement>(doc, 'btn-reset-confirm').addEventListener('click', () => {
    showReset(false);
    fill(settings.defaultForm());
    resetButton.focus();
    events.reset();
  });
  byId<HTMLButtonElement>(doc, 'btn-reset-cancel').addEventListener('click', () => {
    showReset(false);
    resetButton.focus();
  });

  fill(initial);
}
