// A full garbage collection on demand, for the moment a large transient structure has just been
// let go: V8 would otherwise let the heap grow by as much again before collecting it.
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

let gc: (() => void) | null = null;

/** Collects garbage now: V8's gc(), made available without starting node with --expose-gc. */
export function collectGarbage(): void {
  if (!gc) {
    // The flag puts gc() into contexts made after it is set; a new context hands it over.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
