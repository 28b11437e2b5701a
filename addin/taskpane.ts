// Entry point of the task pane bundle. office.js is loaded first by taskpane.html.
import { todayDay } from '../ledger/days';
import { officeCapabilities } from './capabilities';
import { officeHost } from './excel/office-host';
import { setLanguage, t } from './i18n';
import { officeSettings } from './settings';
import { startPane } from './ui/pane-view';

// IE11 has no Promise; the async code compiled to ES5 needs one. office.js always carries its own
// implementation (Office.Promise) and installs it as window.Promise only in some hosts, so do it here.
function ensurePromise(w: Window): void {
  const g = w as unknown as { Promise?: unknown; Office?: { Promise?: unknown } };
  if (typeof g.Promise === 'undefined' && g.Office && g.Office.Promise) g.Promise = g.Office.Promise;
}

function start(): void {
  setLanguage(Office.context.displayLanguage);
  const host = officeHost({ run: (batch) => Excel.run(batch), caps: officeCapabilities(), settings: officeSettings() });
  startPane(document, host, todayDay());
}

function refuse(): void {
  document.body.textContent = t('officeMissing');
}

ensurePromise(window);
if (typeof Office === 'undefined') refuse();
else Office.onReady((info) => (String(info.host) === 'Excel' ? start() : refuse()));
