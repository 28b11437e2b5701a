// Tiny DOM helpers. Text goes in through textContent only: workbook text is data, never HTML.
import { isEnglish, MessageKey, t } from '../i18n';

export function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error('missing element #' + id);
  return node as T;
}

export function el(doc: Document, tag: string, className?: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A date as the pane writes one (2026-11-28): kept on one line, never broken at its hyphens. */
const DATE = /\d{4}-\d{1,2}-\d{1,2}/g;

/** Appends text, each date in it in a span that does not wrap. */
export function appendText(doc: Document, node: HTMLElement, text: string): void {
  DATE.lastIndex = 0;
  let from = 0;
  let m = DATE.exec(text);
  while (m) {
    if (m.index > from) node.appendChild(doc.createTextNode(text.slice(from, m.index)));
    node.appendChild(el(doc, 'span', 'nowrap', m[0]));
    from = m.index + m[0].length;
    m = DATE.exec(text);
  }
  if (from < text.length) node.appendChild(doc.createTextNode(text.slice(from)));
}

/** An element holding text whose dates do not wrap. */
export function textEl(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const node = el(doc, tag, className);
  appendText(doc, node, text);
  return node;
}

export function clear(node: HTMLElement): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Fills every [data-i18n] element with its message, and names the page's language for screen readers. */
export function translate(doc: Document): void {
  doc.documentElement.setAttribute('lang', isEnglish() ? 'en' : 'zh-CN');
  doc.title = t('appTitle');
  const nodes = doc.querySelectorAll('[data-i18n]');
  for (let i = 0; i < nodes.length; i++) {
    const key = nodes[i].getAttribute('data-i18n') as MessageKey;
    nodes[i].textContent = t(key);
  }
}
