// Copies text to the clipboard: the async Clipboard API where the webview allows it, else a
// hidden textarea and execCommand('copy') (IE11, old Office webviews). Resolves false if neither works.

function copyWithTextarea(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.className = 'clipboard-buffer';
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen through CSSOM, which the Content-Security-Policy allows (no inline style attribute).
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.left = '0';
  area.style.opacity = '0';
  const previous = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(area);
  area.focus();
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  doc.body.removeChild(area);
  if (previous && previous.focus) previous.focus();
  return ok;
}

export function copyText(doc: Document, text: string): Promise<boolean> {
  const nav = doc.defaultView ? doc.defaultView.navigator : null;
  const clipboard = nav && (nav as Navigator).clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    return clipboard.writeText(text).then(
      () => true,
      () => copyWithTextarea(doc, text),
    );
  }
  return Promise.resolve(copyWithTextarea(doc, text));
}
