// Put by the preview server at the top of every page of the WPS add-in, before the page's own scripts,
// as WPS puts its object model on an add-in's pages: window.Application from the preview's in-memory WPS.
interface Installable {
  install(win: Window): void;
}

const wpsHost = window.parent !== window ? (window.parent as unknown as { __host?: Installable }).__host : undefined;
if (!wpsHost) throw new Error('预览：未找到内存中的 WPS（window.parent.__host）。请通过预览页（?host=wps）打开加载项。');
wpsHost.install(window);
