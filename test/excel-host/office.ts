// The globals office.js would define — Office, Excel and OfficeExtension — wired to one host state.
import { HostState, Queue } from './context';
import { ExcelEnums, OfficeEnums } from './enums';
import { ErrorCodes, HostError } from './errors';
import { ClientObject, ClientResult } from './proxy';
import { isSetSupported } from './requirements';
import { DocumentSettings } from './settings';
import { HostExcel, HostOffice, HostOfficeExtension } from './office-types';
import { Workbook } from './workbook-proxy';

type Trackable = unknown;

export class RequestContext {
  readonly _queue: Queue;
  readonly workbook: Workbook;
  /** Tracking only matters across Excel.run calls in Office; here every proxy stays usable. */
  readonly trackedObjects = {
    add(_o: Trackable | Trackable[]): void {
      /* nothing to release */
    },
    remove(_o: Trackable | Trackable[]): void {
      /* nothing to release */
    },
  };

  constructor(host: HostState) {
    this._queue = new Queue(host);
    this._queue.owner = this;
    this.workbook = new Workbook(this._queue, () => host.wb, 1);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._queue.sync().then(() => passThroughValue as T);
  }

  load(object: { load(spec?: unknown): unknown }, spec?: unknown): void {
    object.load(spec);
  }
}

export interface OfficeGlobals {
  Office: HostOffice;
  Excel: HostExcel;
  OfficeExtension: HostOfficeExtension;
}

export function createGlobals(host: HostState, settings: DocumentSettings, displayLanguage: string): OfficeGlobals {
  const info = { host: 'Excel', platform: 'PC' };

  /**
   * Excel.run([object], batch): runs the batch, then syncs whatever it left queued, as Office does.
   * Given an object from an earlier batch, the batch gets that object's request context.
   */
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: RequestContext) => Promise<T> | T;
    if (typeof batch !== 'function') throw new HostError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function.');
    const earlier = a instanceof ClientObject ? a.context : null;
    const ctx = earlier instanceof RequestContext ? earlier : new RequestContext(host);
    const result = await batch(ctx);
    if (ctx._queue.pending > 0) await ctx._queue.sync();
    return result;
  }

  const Office = {
    ...OfficeEnums,
    initialize: undefined,
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) setTimeout(() => callback({ ...info }), 0);
      return Promise.resolve({ ...info });
    },
    context: {
      host: 'Excel',
      platform: 'PC',
      displayLanguage,
      contentLanguage: displayLanguage,
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.0.0' },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(host.supportedMinor, name, minVersion),
      },
      document: { settings, mode: 'readWrite', url: 'excel-host.xlsx' },
    },
  };

  const Excel = { ...ExcelEnums, run, RequestContext };
  const OfficeExtension = { Error: HostError, ErrorCodes, ClientResult, config: { extendedErrorLogging: false } };
  // The enum objects hold the same strings as office.js's string enums, which TypeScript types nominally.
  return {
    Office: Office as unknown as HostOffice,
    Excel: Excel as unknown as HostExcel,
    OfficeExtension: OfficeExtension as unknown as HostOfficeExtension,
  };
}
