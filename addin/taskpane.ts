// Entry point of the task pane bundle. office.js is loaded first by taskpane.html.
import { officeCapabilities } from './capabilities';
import { setLanguage, t } from './i18n';
import { officeSettings } from './settings';
import { startPane } from './ui/pane';

// IE11 has no Promise; the async code compiled to ES5 needs one. office.js always carries its own
// implementation (Office.Promise) and installs it as window.Promise only in some hosts, so do it here.
function ensurePromise(w: Window): void {
  const g = w as unknown as { Promise?: unknown; Office?: { Promise?: unknown } };
  if (typeof g.Promise === 'undefined' && g.Office && g.Office.Promise) g.Promise = g.Office.Promise;
}

function start(): void {
  setLanguage(Office.context.displayLanguage);
  startPane({
    doc: document,
    run: (batch) => Excel.run(batch),
    caps: officeCapabilities(),
    store: officeSettings(),
  });
}

function refuse(): void {
  document.body.textContent = t('officeMissing');
}

ensurePromise(window);
if (typeof Office === 'undefined') refuse();
else Office.onReady((info) => (String(info.host) === 'Excel' ? start() : refuse()));
