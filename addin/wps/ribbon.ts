// main.js of the WPS add-in: the callbacks ribbon.xml names. WPS loads the add-in's index.html (which
// loads this) when WPS 表格 starts, calls OnAddinLoad, and OnAction when the ribbon button is clicked.
// The button shows the task pane, made once and kept by its id in PluginStorage, or hides it.
import { t } from '../i18n';
import { EtApplication, WpsAddinApplication } from './et-types';

type WpsApp = EtApplication & WpsAddinApplication;

/** The ribbon button's id in ribbon.xml. */
export const OPEN_PANE_BUTTON = 'zgtzOpenPane';
const PANE_KEY = 'zgtz.taskpane';
/** msoCTPDockPositionRight, for a WPS without Application.Enum. */
const DOCK_RIGHT = 2;

function app(): WpsApp {
  return (window as unknown as { Application: WpsApp }).Application;
}

/** The folder the add-in was loaded from, with its trailing slash. */
function baseUrl(): string {
  const href = String(window.location.href).split('#')[0].split('?')[0];
  return href.slice(0, href.lastIndexOf('/') + 1);
}

function togglePane(a: WpsApp): void {
  const id = Number(a.PluginStorage.getItem(PANE_KEY));
  if (id > 0) {
    const pane = a.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = a.CreateTaskPane(baseUrl() + 'taskpane.html', t('appTitle'));
  const dock = a.Enum && typeof a.Enum.msoCTPDockPositionRight === 'number' ? a.Enum.msoCTPDockPositionRight : DOCK_RIGHT;
  pane.DockPosition = dock;
  pane.Visible = true;
  a.PluginStorage.setItem(PANE_KEY, pane.ID);
}

const callbacks = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: { Id: string }): boolean => {
    if (control.Id === OPEN_PANE_BUTTON) togglePane(app());
    return true;
  },
  GetImage: (): string => 'assets/icon-32.png',
};

const w = window as unknown as { [name: string]: unknown };
w.OnAddinLoad = callbacks.OnAddinLoad;
w.OnAction = callbacks.OnAction;
w.GetImage = callbacks.GetImage;
