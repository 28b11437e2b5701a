// Office.context.document.settings: values round-trip through JSON as Office stores them;
// set/remove change the live copy, saveAsync persists it (what host.settings() shows).

export interface AsyncResult {
  status: 'succeeded' | 'failed';
  value: unknown;
  error: { code: number; name: string; message: string } | null;
  asyncContext?: unknown;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class DocumentSettings {
  private live: { [k: string]: unknown };
  private saved: { [k: string]: unknown };

  constructor(initial: { [k: string]: unknown }) {
    this.saved = clone(initial);
    this.live = clone(initial);
  }

  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.live, name) ? clone(this.live[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.live[name] = clone(value);
  }

  remove(name: string): void {
    delete this.live[name];
  }

  /** saveAsync([options], [callback]) — both optional, as in Office. */
  saveAsync(a?: unknown, b?: unknown): void {
    const options = typeof a === 'function' ? undefined : (a as { asyncContext?: unknown } | undefined);
    const callback = (typeof a === 'function' ? a : b) as ((r: AsyncResult) => void) | undefined;
    this.saved = clone(this.live);
    if (callback) {
      const result: AsyncResult = {
        status: 'succeeded',
        value: undefined,
        error: null,
        asyncContext: options ? options.asyncContext : undefined,
      };
      setTimeout(() => callback(result), 0);
    }
  }

  /** Re-reads the saved settings, dropping unsaved changes. */
  refreshAsync(callback?: (r: AsyncResult) => void): void {
    this.live = clone(this.saved);
    if (callback) setTimeout(() => callback({ status: 'succeeded', value: this, error: null }), 0);
  }

  addHandlerAsync(_type: string, _handler: unknown, callback?: (r: AsyncResult) => void): void {
    if (callback) setTimeout(() => callback({ status: 'succeeded', value: undefined, error: null }), 0);
  }

  _savedCopy(): { [k: string]: unknown } {
    return clone(this.saved);
  }
}
