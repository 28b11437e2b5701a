// The request context: queues operations, runs them in order at sync() against the model, enforces
// requirement sets and the payload limit, and counts syncs and queued operations.
import { ErrorCodes, hostError } from './errors';
import { setLabel } from './requirements';
import { WorkbookModel } from './workbook';

export interface Counters {
  syncs: number;
  queuedOps: number;
  maxOpsPerSync: number;
}

export interface HostState {
  wb: WorkbookModel;
  supportedMinor: number;
  payloadLimitBytes: number;
  counters: Counters;
}

/** Measures a sync's response and throws once it passes the limit, before anything huge is built. */
export class Meter {
  bytes = 0;
  constructor(private readonly limit: number) {}
  add(n: number): void {
    this.bytes += n;
    if (this.bytes > this.limit) throw payloadError();
  }
}

function payloadError(): Error {
  return hostError(ErrorCodes.requestPayloadSizeLimitExceeded, 'The request payload size has exceeded the limit.');
}

export interface Op {
  label: string;
  /** ExcelApi minor version the operation needs. */
  minor: number;
  run(results: (() => void)[], meter: Meter): void;
}

/** Something that learns after a successful sync whether it resolved to a null object. */
export interface NullAware {
  _afterSync(): void;
}

export class Queue {
  private ops: Op[] = [];
  private requestBytes = 0;
  private created: NullAware[] = [];
  /** The RequestContext this queue belongs to, exposed as `proxy.context`. */
  owner: unknown = null;

  constructor(readonly host: HostState) {}

  get pending(): number {
    return this.ops.length;
  }

  enqueue(op: Op, requestBytes = 0): void {
    this.ops.push(op);
    this.requestBytes += requestBytes;
    this.host.counters.queuedOps++;
  }

  track(obj: NullAware): void {
    this.created.push(obj);
  }

  checkMinor(minor: number, label: string): void {
    if (minor > this.host.supportedMinor) {
      throw hostError(
        ErrorCodes.apiNotFound,
        'The API you are trying to use could not be found. It may be available in a newer version of Excel. (' +
          label +
          ' needs ' +
          setLabel(minor) +
          ')',
        label,
      );
    }
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const requestBytes = this.requestBytes;
    this.ops = [];
    this.requestBytes = 0;
    const c = this.host.counters;
    c.syncs++;
    if (ops.length > c.maxOpsPerSync) c.maxOpsPerSync = ops.length;
    // A real sync is a round trip: results arrive on a later turn of the event loop.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    try {
      this.apply(ops, requestBytes);
    } finally {
      this.host.wb.revision++;
    }
  }

  private apply(ops: Op[], requestBytes: number): void {
    if (requestBytes > this.host.payloadLimitBytes) throw payloadError();
    const results: (() => void)[] = [];
    const meter = new Meter(this.host.payloadLimitBytes);
    for (const op of ops) {
      this.checkMinor(op.minor, op.label);
      try {
        op.run(results, meter);
      } catch (e) {
        const err = e as { debugInfo?: { errorLocation?: string } };
        if (err && err.debugInfo && !err.debugInfo.errorLocation) err.debugInfo.errorLocation = op.label;
        throw e;
      }
    }
    for (const apply of results) apply();
    for (const obj of this.created) obj._afterSync();
  }
}
