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

