// Recognising the same item in two merges. Departments renumber 序号, insert and reorder rows,
// move rows between sheets, rename files and reword problems, so items are matched by what they
// say, within their department, in passes from the strongest evidence to the weakest:
//
//   1. the same 序号 and the same problem text, as typed and then normalised (text unique on both sides);
//   2. the same problem text alone (normalised);
//   3. the same 序号 and a similar problem (bigram Dice ≥ MATCH_RULES.withId) — unless another
//      item's problem is clearly more similar;
//   4. a similar problem alone (≥ MATCH_RULES.problem);
//   5. similar measures (≥ MATCH_RULES.measures), for a problem rewritten beyond recognition.
//
// A pass pairs two items only when each is the other's clear best (every rival at least
// MATCH_RULES.margin less similar). Items left with rivals within that margin are never
// guessed: later passes may only choose among those rivals, and whatever stays unresolved is
// reported as 无法对应, both sides listed. The rest of the earlier items vanished, the rest of
// the current ones are new. Cost: the exact passes are hash look-ups (text-index.ts); the
// similarity passes compare only what the exact passes left over, within one department.
import { Dict, emptyDict } from './dict';
import { bigramSet, comparableText, dice } from './similarity';
import { UniqueTextIndex, textHash } from './text-index';
import { normalizeLabel } from './text';

/** What matching reads of an item. */
export interface MatchText {
  department: string;
  id: string;
  problem: string;
  measures: string;
}

/** Items that could not be told apart: earlier and current indexes. */
export interface UnresolvedGroup {
  previous: number[];
  current: number[];
}

export interface MatchResult {
  /** For each current item, the index of its earlier item, or -1. */
  previousOf: number[];
  /** For each earlier item, the index of its current item, or -1. */
  currentOf: number[];
  /** For each matched current item, the similarity of the two problem texts (0..1); -1 when unmatched. */
  similarity: number[];
  /** Current items with no earlier item (新增). */
  added: number[];
  /** Earlier items with no current item (消失). */
  vanished: number[];
  /** Groups of items with rival candidates (无法对应). */
  unresolved: UnresolvedGroup[];
}

export const MATCH_RULES = {
  /** Problem similarity that, with the same 序号, makes two items one. */
  withId: 0.5,
  /** Problem similarity that alone makes two items one. */
  problem: 0.7,
  /** Measures similarity that alone makes two items one. */
  measures: 0.7,
  /** Measures shorter than this (normalised characters) say too little to match on. */
  minMeasures: 4,
  /** A rival this close to the best candidate makes the choice ambiguous. */
  margin: 0.1,
};

const NONE = -1;

function filled(n: number, v: number): number[] {
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = v;
  return out;
}

function ascending(a: number, b: number): number {
  return a - b;
}

// "3." "3、" "（3）" are the 序号 3; inner punctuation stays ("1-2" is not "12").
const ID_DECORATION = /^[(（]+|[.、,，:：)）]+$/g;

function comparableId(id: string): string {
  return normalizeLabel(id).replace(ID_DECORATION, '');
}

/** Lazily normalised texts and bigram sets of one side's items. */
class Side {
  readonly matched: number[];
  private readonly ids: (string | undefined)[] = [];
  private readonly problems: (string | undefined)[] = [];
  private readonly measures: (string | undefined)[] = [];

  constructor(readonly items: MatchText[]) {
    this.matched = filled(items.length, NONE);
  }

  id(i: number): string {
    let v = this.ids[i];
    if (v === undefined) v = this.ids[i] = comparableId(this.items[i].id);
    return v;
  }

  problem(i: number): string {
    let v = this.problems[i];
    if (v === undefined) v = this.problems[i] = comparableText(this.items[i].problem);
    return v;
  }

  measureText(i: number): string {
    let v = this.measures[i];
    if (v === undefined) v = this.measures[i] = comparableText(this.items[i].measures);
    return v;
  }
}

/** Indexes per department, departments compared by their normalised names. */
function byDepartment(items: MatchText[], keys: Dict<string>): Dict<number[]> {
  const out = emptyDict<number[]>();
  // Items come department by department: most look-ups are the item before's.
  let lastName = '';
  let list: number[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const name = items[i].department;
    if (list === undefined || name !== lastName) {
      let key = keys[name];
      if (key === undefined) key = keys[name] = comparableText(name);
      list = out[key];
      if (!list) list = out[key] = [];
      lastName = name;
    }
    list.push(i);
  }
  return out;
}

/**
 * Pairs the items (global indexes) whose key is unique on both sides and, when `agree` is
 * given, that agree by it; keeps in `left` the items still unpaired.
 */
function exactPass(
  prev: Side,
  cur: Side,
  left: { prev: number[]; cur: number[] },
  similarity: number[],
  prevKey: (i: number) => string,
  curKey: (i: number) => string,
  agree?: (p: number, c: number) => boolean,
): void {
  if (left.prev.length === 0 || left.cur.length === 0) return;
  const prevBy = new UniqueTextIndex(left.prev.length);
  for (let k = 0; k < left.prev.length; k++) {
    const p = left.prev[k];
    const key = prevKey(p);
    if (key !== '') prevBy.add(key, textHash(key), p);
  }
  const curBy = new UniqueTextIndex(left.cur.length);
  const curKeys: string[] = [];
  const curHashes: number[] = [];
  for (let k = 0; k < left.cur.length; k++) {
    const c = left.cur[k];
    const key = curKey(c);
    const hash = textHash(key);
    curKeys.push(key);
    curHashes.push(hash);
    if (key !== '') curBy.add(key, hash, c);
  }
  let paired = false;
  for (let k = 0; k < left.cur.length; k++) {
    const c = left.cur[k];
    const key = curKeys[k];
    if (key === '' || curBy.get(key, curHashes[k]) !== c) continue;
    const p = prevBy.get(key, curHashes[k]);
    if (p < 0 || (agree && !agree(p, c))) continue;
    prev.matched[p] = c;
    cur.matched[c] = p;
    similarity[c] = 1;
    paired = true;
  }
  if (!paired) return;
  left.prev = left.prev.filter(function (p) {
    return prev.matched[p] === NONE;
  });
  left.cur = left.cur.filter(function (c) {
    return cur.matched[c] === NONE;
  });
}

/**
 * The similarity passes over what the exact passes left in one department, in local
 * coordinates: pi indexes `P`, ci indexes `C`.
 */
class SimilarityPasses {
  private readonly np: number;
  private readonly nc: number;
  /** Problem similarity, [ci * np + pi]. */
  private readonly problemSim: number[] = [];
  /** Measures similarity, computed on demand; NaN until then, NONE when too short to tell. */
  private readonly measuresSim: number[];
  private readonly prevMatch: number[];
  private readonly curMatch: number[];
  /** Candidates a contested item is limited to; undefined while it is free. */
  private readonly allowPrev: (number[] | undefined)[] = [];
  private readonly allowCur: (number[] | undefined)[] = [];

  constructor(
    private readonly prev: Side,
    private readonly cur: Side,
    private readonly P: number[],
    private readonly C: number[],
  ) {
    this.np = P.length;
    this.nc = C.length;
    const prevGrams: number[][] = [];
    for (let pi = 0; pi < this.np; pi++) prevGrams.push(bigramSet(prev.problem(P[pi])));
    for (let ci = 0; ci < this.nc; ci++) {
      const grams = bigramSet(cur.problem(C[ci]));
      for (let pi = 0; pi < this.np; pi++) this.problemSim.push(dice(prevGrams[pi], grams));
    }
    this.measuresSim = filled(this.np * this.nc, NaN);
    this.prevMatch = filled(this.np, NONE);
    this.curMatch = filled(this.nc, NONE);
  }

  run(): void {
    const np = this.np;
    const sim = this.problemSim;
    const margin = MATCH_RULES.margin;
    // Best problem similarity each item has among every open counterpart: the 序号 pass gives way
    // to a clearly more similar text elsewhere.
    const topPrev: number[] = [];
    const topCur: number[] = [];
    this.stage(
      (pi, ci) => {
        const id = this.cur.id(this.C[ci]);
        if (id === '' || id !== this.prev.id(this.P[pi])) return NONE;
        const s = sim[ci * np + pi];
        if (s < MATCH_RULES.withId || topCur[ci] > s + margin || topPrev[pi] > s + margin) return NONE;
        return s;
      },
      () => {
        for (let pi = 0; pi < np; pi++) topPrev[pi] = 0;
        for (let ci = 0; ci < this.nc; ci++) {
          topCur[ci] = 0;
          if (this.curMatch[ci] !== NONE) continue;
          for (let pi = 0; pi < np; pi++) {
            if (this.prevMatch[pi] !== NONE) continue;
            const s = sim[ci * np + pi];
            if (s > topCur[ci]) topCur[ci] = s;
            if (s > topPrev[pi]) topPrev[pi] = s;
          }
        }
      },
    );
    this.stage((pi, ci) => {
      const s = sim[ci * np + pi];
      return s >= MATCH_RULES.problem ? s : NONE;
    });
    this.stage((pi, ci) => {
      const s = this.measures(pi, ci);
      return s >= MATCH_RULES.measures ? s : NONE;
    });
  }

  private measures(pi: number, ci: number): number {
    const k = ci * this.np + pi;
    let s = this.measuresSim[k];
    if (s !== s) {
      const a = this.prev.measureText(this.P[pi]);
      const b = this.cur.measureText(this.C[ci]);
      s = a.length < MATCH_RULES.minMeasures || b.length < MATCH_RULES.minMeasures ? NONE : dice(bigramSet(a), bigramSet(b));
      this.measuresSim[k] = s;
    }
    return s;
  }

  private allowed(pi: number, ci: number): boolean {
    const forCur = this.allowCur[ci];
    if (forCur && forCur.indexOf(pi) < 0) return false;
    const forPrev = this.allowPrev[pi];
    return !forPrev || forPrev.indexOf(ci) >= 0;
  }

  /**
   * Pairs mutual clear bests under `score` (≥ 0 when eligible) until none is left; open items
   * that still have candidates are then contested, limited to their closest ones.
   */
  private stage(score: (pi: number, ci: number) => number, prepare?: () => void): void {
    const np = this.np;
    const nc = this.nc;
    const margin = MATCH_RULES.margin;
    const scores = filled(np * nc, NONE);
    for (;;) {
      if (prepare) prepare();
      const bestOfCur = filled(nc, NONE);
      const bestOfPrev = filled(np, NONE);
      for (let ci = 0; ci < nc; ci++) {
        for (let pi = 0; pi < np; pi++) {
          const k = ci * np + pi;
          const open = this.curMatch[ci] === NONE && this.prevMatch[pi] === NONE && this.allowed(pi, ci);
          const s = open ? score(pi, ci) : NONE;
          scores[k] = s;
          if (s < 0) continue;
          if (bestOfCur[ci] === NONE || s > scores[ci * np + bestOfCur[ci]]) bestOfCur[ci] = pi;
          if (bestOfPrev[pi] === NONE || s > scores[bestOfPrev[pi] * np + pi]) bestOfPrev[pi] = ci;
        }
      }
      let paired = false;
      for (let ci = 0; ci < nc; ci++) {
        const pi = bestOfCur[ci];
        if (pi === NONE || bestOfPrev[pi] !== ci) continue;
        if (this.rivals(scores, ci, pi, scores[ci * np + pi] - margin) > 0) continue;
        this.curMatch[ci] = pi;
        this.prevMatch[pi] = ci;
        paired = true;
      }
      if (paired) continue;
      for (let ci = 0; ci < nc; ci++) {
        if (bestOfCur[ci] === NONE) continue;
        const floor = scores[ci * np + bestOfCur[ci]] - margin;
        const near: number[] = [];
        for (let pi = 0; pi < np; pi++) if (scores[ci * np + pi] >= 0 && scores[ci * np + pi] >= floor) near.push(pi);
        this.allowCur[ci] = near;
      }
      for (let pi = 0; pi < np; pi++) {
        if (bestOfPrev[pi] === NONE) continue;
        const floor = scores[bestOfPrev[pi] * np + pi] - margin;
        const near: number[] = [];
        for (let ci = 0; ci < nc; ci++) if (scores[ci * np + pi] >= 0 && scores[ci * np + pi] >= floor) near.push(ci);
        this.allowPrev[pi] = near;
      }
      return;
    }
  }

  /** Candidates other than the pair (ci, pi), on either side, scoring at or above `floor`. */
  private rivals(scores: number[], ci: number, pi: number, floor: number): number {
    const np = this.np;
    let n = 0;
    for (let k = 0; k < np; k++) if (k !== pi && scores[ci * np + k] >= 0 && scores[ci * np + k] >= floor) n++;
    for (let k = 0; k < this.nc; k++) if (k !== ci && scores[k * np + pi] >= 0 && scores[k * np + pi] >= floor) n++;
    return n;
  }

  /** Writes the pairs into the sides; returns the contested items left open, grouped with their open rivals. */
  finish(similarity: number[]): UnresolvedGroup[] {
    const np = this.np;
    for (let ci = 0; ci < this.nc; ci++) {
      const pi = this.curMatch[ci];
      if (pi === NONE) continue;
      this.prev.matched[this.P[pi]] = this.C[ci];
      this.cur.matched[this.C[ci]] = this.P[pi];
      similarity[this.C[ci]] = this.problemSim[ci * np + pi];
    }
    // Union-find over local nodes: previous pi is node pi, current ci is node np + ci.
    const parent = filled(np + this.nc, NONE);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]];
      return x;
    };
    const link = (pi: number, ci: number): void => {
      if (this.prevMatch[pi] !== NONE || this.curMatch[ci] !== NONE) return;
      const a = np + ci;
      if (parent[pi] === NONE) parent[pi] = pi;
      if (parent[a] === NONE) parent[a] = a;
      const ra = find(pi);
      const rb = find(a);
      if (ra !== rb) parent[ra] = rb;
    };
    for (let ci = 0; ci < this.nc; ci++) {
      const near = this.allowCur[ci];
      if (near && this.curMatch[ci] === NONE) for (let k = 0; k < near.length; k++) link(near[k], ci);
    }
    for (let pi = 0; pi < np; pi++) {
      const near = this.allowPrev[pi];
      if (near && this.prevMatch[pi] === NONE) for (let k = 0; k < near.length; k++) link(pi, near[k]);
    }
    const groupOf: number[] = filled(np + this.nc, NONE);
    const groups: UnresolvedGroup[] = [];
    for (let x = 0; x < np + this.nc; x++) {
      if (parent[x] === NONE) continue;
      const root = find(x);
      if (groupOf[root] === NONE) {
        groupOf[root] = groups.length;
        groups.push({ previous: [], current: [] });
      }
      const g = groups[groupOf[root]];
      if (x < np) g.previous.push(this.P[x]);
      else g.current.push(this.C[x - np]);
    }
    for (let k = 0; k < groups.length; k++) {
      groups[k].previous.sort(ascending);
      groups[k].current.sort(ascending);
    }
    return groups;
  }
}

/** Matches the current items against the earlier ones (see the passes above). */
export function matchItems(previous: MatchText[], current: MatchText[]): MatchResult {
  const prev = new Side(previous);
  const cur = new Side(current);
  const similarity = filled(current.length, NONE);
  const names = emptyDict<string>();
  const prevBy = byDepartment(previous, names);
  const curBy = byDepartment(current, names);
  const unresolved: UnresolvedGroup[] = [];
  const inGroup = { prev: emptyDict<true>(), cur: emptyDict<true>() };
  for (const key in curBy) {
    const prevList = prevBy[key];
    if (!prevList) continue;
    const left = { prev: prevList, cur: curBy[key] as number[] };
    // As typed first: most items read the same as last time, and need no normalised copy.
    exactPass(
      prev,
      cur,
      left,
      similarity,
      (p) => previous[p].problem,
      (c) => current[c].problem,
      (p, c) => previous[p].id === current[c].id,
    );
    exactPass(
      prev,
      cur,
      left,
      similarity,
      (p) => prev.id(p) + '\u0001' + prev.problem(p),
      (c) => cur.id(c) + '\u0001' + cur.problem(c),
    );
    exactPass(
      prev,
      cur,
      left,
      similarity,
      (p) => prev.problem(p),
      (c) => cur.problem(c),
    );
    if (left.prev.length === 0 || left.cur.length === 0) continue;
    const passes = new SimilarityPasses(prev, cur, left.prev, left.cur);
    passes.run();
    const groups = passes.finish(similarity);
    for (let k = 0; k < groups.length; k++) {
      unresolved.push(groups[k]);
      for (let j = 0; j < groups[k].previous.length; j++) inGroup.prev[groups[k].previous[j]] = true;
      for (let j = 0; j < groups[k].current.length; j++) inGroup.cur[groups[k].current[j]] = true;
    }
  }
  const added: number[] = [];
  for (let c = 0; c < current.length; c++) if (cur.matched[c] === NONE && !inGroup.cur[c]) added.push(c);
  const vanished: number[] = [];
  for (let p = 0; p < previous.length; p++) if (prev.matched[p] === NONE && !inGroup.prev[p]) vanished.push(p);
  return {
    previousOf: cur.matched,
    currentOf: prev.matched,
    similarity: similarity,
    added: added,
    vanished: vanished,
    unresolved: unresolved,
  };
}
