// The proxy-object base: load()/sync() before reading, sets readable at once, every queued call counted,
// requirement sets checked at sync (like Office, whose client library has the API but the host refuses it).
import { Meter, NullAware, Op, Queue } from './context';
import { ErrorCodes, hostError } from './errors';
import { LoadTree, parseLoadSpec } from './load-spec';

/** A scalar (or array) property: its ExcelApi minor version and how to read it from the target at sync. */
export interface PropDef<T> {
  minor: number;
  read(t: T, meter: Meter): unknown;
  /** True when read() counts its own size against the payload limit (cell matrices). */
  metered?: boolean;
}

export type PropDefs<T> = { [name: string]: PropDef<T> };

/** Navigation properties: name → [ExcelApi minor, factory given the child's minor (this one or the parent's, if higher)]. */
export type NavDefs = { [name: string]: [number, (minor: number) => ClientObject<unknown>] };

/** JSON size of a loaded value, counted against the payload limit. */
export function jsonSize(v: unknown): number {
  const s = JSON.stringify(v);
  return s === undefined ? 4 : s.length;
}

function notLoaded(name: string): Error {
  return hostError(
    ErrorCodes.propertyNotLoaded,
    "The property '" +
      name +
      '\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  );
}

export abstract class ClientObject<T> implements NullAware {
  /** Values loaded by a completed sync, or set by the add-in. */
  private _state: { [name: string]: unknown } = {};
  private _target: T | null | undefined = undefined;
  private _nullKnown: boolean | undefined = undefined;
  private _navCache: { [name: string]: ClientObject<unknown> } = {};

  constructor(
    readonly _queue: Queue,
    private readonly _resolver: () => T | null,
    readonly _minor: number,
    private readonly _nullable = false,
  ) {
    _queue.track(this);
  }

  /** The RequestContext, as Office exposes it on every proxy. */
  get context(): unknown {
    return this._queue.owner;
  }

  get isNullObject(): boolean {
    if (this._nullKnown === undefined) throw notLoaded('isNullObject');
    return this._nullKnown;
  }

  _afterSync(): void {
    if (this._target !== undefined) this._nullKnown = this._target === null;
  }

  /** The model object, resolved once (at the first operation that needs it) as Office resolves object paths. */
  _resolve(): T | null {
    if (this._target === undefined) {
      const t = this._resolver();
      if (t === null && !this._nullable) throw hostError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
      this._target = t;
    }
    return this._target;
  }

  _require(): T {
    const t = this._resolve();
    if (t === null) throw hostError(ErrorCodes.itemNotFound, "The requested resource doesn't exist (null object).");
    return t;
  }

  /** Office's class name, for error locations (class names do not survive minification). */
  abstract _typeName(): string;

  /** Scalar properties that load() can fetch. */
  protected _props(): PropDefs<T> {
    return {};
  }

  /** Navigation properties, readable without load. */
  protected _navs(): NavDefs {
    return {};
  }

  protected _nav<C extends ClientObject<unknown>>(name: string): C {
    if (!this._navCache[name]) {
      const def = this._navs()[name];
      this._navCache[name] = def[1](Math.max(def[0], this._minor));
    }
    return this._navCache[name] as C;
  }

  protected _get<V>(name: string): V {
    if (!Object.prototype.hasOwnProperty.call(this._state, name)) throw notLoaded(name);
    return this._state[name] as V;
  }

  _store(name: string, value: unknown): void {
    this._state[name] = value;
  }

  /** Queues an operation on this object; it fails at sync if this object's requirement set is missing. */
  protected _op(label: string, minor: number, run: (t: T, results: (() => void)[], meter: Meter) => void, requestBytes = 0): void {
    const op: Op = {
      label,
      minor: Math.max(minor, this._minor),
      run: (results, meter) => run(this._require(), results, meter),
    };
    this._queue.enqueue(op, requestBytes);
  }

  /** A property set: readable at once, applied at sync. */
  protected _setProp(label: string, name: string, value: unknown, minor: number, apply: (t: T) => void, requestBytes = 0): void {
    this._state[name] = value;
    this._op(label, minor, apply, requestBytes);
  }

  /** Queues the resolution of an object returned by a method, so a missing item fails at its place in the batch. */
  protected _instantiate<C extends ClientObject<unknown>>(label: string, minor: number, child: C): C {
    this._queue.enqueue({
      label,
      minor: Math.max(minor, this._minor),
      run: () => {
        child._resolve();
      },
    });
    return child;
  }

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    this._queue.enqueue({
      label: this._typeName() + '.load',
      minor: this._minor,
      run: (results, meter) => this._snapshot(tree, results, meter),
    });
    return this;
  }

  /** Reads the requested properties at sync time; the values become readable when the whole sync succeeds. */
  _snapshot(tree: LoadTree, results: (() => void)[], meter: Meter): void {
    const t = this._resolve();
    const props = this._props();
    const navs = this._navs();
    const names = Object.keys(tree).length > 0 ? Object.keys(tree) : Object.keys(props);
    if (t === null) {
      results.push(() => {
        for (const n of names) if (props[n]) this._state[n] = null;
      });
      return;
    }
    const got: { [name: string]: unknown } = {};
    for (const name of names) {
      if (props[name]) {
        this._queue.checkMinor(Math.max(props[name].minor, this._minor), this._typeName() + '.' + name);
        got[name] = props[name].read(t, meter);
        if (!props[name].metered) meter.add(jsonSize(got[name]) + name.length + 4);
      } else if (navs[name]) {
        this._nav<ClientObject<unknown>>(name)._snapshot(tree[name], results, meter);
      } else {
        throw hostError(
          ErrorCodes.invalidArgument,
          "Cannot load '" + name + "' on " + this._typeName() + ' (unknown to Office or not emulated by excel-host).',
        );
      }
    }
    results.push(() => {
      for (const n of Object.keys(got)) this._state[n] = got[n];
    });
  }

  toJSON(): { [name: string]: unknown } {
    const out: { [name: string]: unknown } = {};
    for (const k of Object.keys(this._state)) out[k] = this._state[k];
    return out;
  }
}

/** A collection: `items` after load; load('name') on it means items/name, as in Office. */
export abstract class CollectionObject<T, I, P extends ClientObject<unknown>> extends ClientObject<T> {
  protected abstract _list(t: T): I[];
  protected abstract _makeItem(item: I): P;

  get items(): P[] {
    return this._get<P[]>('items');
  }

  _snapshot(tree: LoadTree, results: (() => void)[], meter: Meter): void {
    const own = this._props();
    const itemTree: LoadTree = tree.items ? tree.items : {};
    const rest: LoadTree = {};
    let wantsItems = Object.keys(tree).length === 0 || !!tree.items;
    for (const k of Object.keys(tree)) {
      if (k === 'items') continue;
      if (own[k] || this._navs()[k]) rest[k] = tree[k];
      else {
        itemTree[k] = tree[k];
        wantsItems = true;
      }
    }
    if (Object.keys(rest).length > 0) super._snapshot(rest, results, meter);
    if (!wantsItems) return;
    const t = this._require();
    const items = this._list(t).map((i) => this._makeItem(i));
    for (const item of items) {
      item._resolve();
      item._snapshot(itemTree, results, meter);
    }
    results.push(() => this._store('items', items));
  }
}

/** The result of a method returning a plain value (getCount, …): readable after sync. */
export class ClientResult<V> {
  private _done = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._done)
      throw hostError(
        ErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this._value as V;
  }

  _set(v: V): void {
    this._done = true;
    this._value = v;
  }
}
