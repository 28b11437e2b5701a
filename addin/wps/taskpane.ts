// Entry point of the WPS task pane page (taskpane.html without office.js). WPS puts its object model
// on the page as window.Application before the page's scripts run; the same pane starts over it.
import { todayDay } from '../../ledger/days';
import { setLanguage, t } from '../i18n';
import { startPane } from '../ui/pane-view';
import { EtApplication } from './et-types';
import { wpsLanguage } from './language';
import { wpsHost } from './wps-host';

function refuse(): void {
  document.body.textContent = t('wpsMissing');
}

const app = (window as unknown as { Application?: EtApplication }).Application;
setLanguage(app ? wpsLanguage(app, navigator.language) : navigator.language);
// The pane's actions are promises; every WPS known to run JS add-ins has them (Chromium).
if (!app || typeof Promise === 'undefined') refuse();
else startPane(document, wpsHost(app), todayDay());
