// A per-cell property that can be set on single cells or on huge rectangles without allocating per cell:
// rectangle writes are kept as layers (newest wins), cell writes in a map that a later rectangle write clears.
import { Rect, area, cellKey, contains, MAX_COLS } from './address';

/** Rectangle writes up to this many cells are stored per cell, larger ones as a layer. */
const PER_CELL_LIMIT = 256;

export class CellLayers<T> {
  private layers: { rect: Rect; value: T | undefined }[] = [];
  private cells = new Map<number, T | undefined>();

  constructor(private readonly fallback: T) {}

  get(r: number, c: number): T {
    const key = cellKey(r, c);
    if (this.cells.has(key)) {
      const v = this.cells.get(key);
      return v === undefined ? this.fallback : v;
    }
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (r >= l.rect.r0 && r <= l.rect.r1 && c >= l.rect.c0 && c <= l.rect.c1) return l.value === undefined ? this.fallback : l.value;
    }
    return this.fallback;
  }

  setCell(r: number, c: number, value: T | undefined): void {
    this.cells.set(cellKey(r, c), value);
  }

  /** Sets every cell of x; undefined resets to the fallback. */
  fill(x: Rect, value: T | undefined): void {
    if (area(x) <= PER_CELL_LIMIT) {
      for (let r = x.r0; r <= x.r1; r++) for (let c = x.c0; c <= x.c1; c++) this.setCell(r, c, value);
      return;
    }
    this.cells.forEach((_v, key) => {
      const r = Math.floor(key / MAX_COLS),
        c = key % MAX_COLS;
      if (r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1) this.cells.delete(key);
    });
    this.layers = this.layers.filter((l) => !contains(x, l.rect));
    this.layers.push({ rect: x, value });
  }

  /** The value shared by every cell of x, or null when they differ. Large rectangles are judged by their layers. */
  uniform(x: Rect): T | null {
    const first = this.get(x.r0, x.c0);
    if (area(x) <= 10000) {
      for (let r = x.r0; r <= x.r1; r++) for (let c = x.c0; c <= x.c1; c++) if (this.get(r, c) !== first) return null;
      return first;
    }
    let same = true;
    this.cells.forEach((v, key) => {
      const r = Math.floor(key / MAX_COLS),
        c = key % MAX_COLS;
      if (r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1 && (v === undefined ? this.fallback : v) !== first) same = false;
    });
    for (const l of this.layers) {
      const overlaps = l.rect.r0 <= x.r1 && l.rect.r1 >= x.r0 && l.rect.c0 <= x.c1 && l.rect.c1 >= x.c0;
      if (overlaps && (l.value === undefined ? this.fallback : l.value) !== first) same = false;
    }
    // Cells no layer reaches keep the fallback.
    if (first !== this.fallback && !this.layers.some((l) => contains(l.rect, x))) same = false;
    return same ? first : null;
  }
}
