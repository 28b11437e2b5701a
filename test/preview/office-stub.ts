// Served to the pane in place of office.js: plugs the preview page's in-memory host into the pane's
// window, so the real built pane runs unchanged. Loaded synchronously, before the pane's own script.
interface Installable {
  install(win: Window): void;
}

const parentHost = window.parent !== window ? (window.parent as unknown as { __host?: Installable }).__host : undefined;
if (!parentHost) {
  throw new Error('预览：未找到内存中的 Excel（window.parent.__host）。请通过预览页打开任务窗格。');
}
parentHost.install(window);
