/**
 * What a fair queue keeps per flow (one (app, tenant) key) between its visits: the virtual finish tag of
 * its last queued item. A plain number on the key's record, so an idle key costs nothing more.
 */
export interface FairMember {
  fairFinish: number;
}

/**
 * Start-time fair queuing (Goyal et al., SFQ) across flows, each item tagged on arrival:
 * `start = max(V, flow's last finish)`, `finish = start + 1 / weight`, served in start-tag order (ties in
 * arrival order); V is the start tag of the item served last. A flow that was idle starts at V — no credit
 * for the time it was away, no penalty — so a late flow gets its share at once. One min-heap of items
 * (parallel arrays, no object per item): tags within a flow rise, so the heap order is SFQ's order and no
 * per-flow queue is needed.
 */
export class FairQueue<T> {
  private tags: number[] = [];
  private seqs: number[] = [];
  private items: T[] = [];
  private seq = 0;
  private vtime = 0;
  /** An upper bound on the start tags queued now (the largest handed out since the queue was last empty). */
  private topTag = Number.NEGATIVE_INFINITY;

  get size(): number {
    return this.items.length;
  }

  /** The virtual time: the start tag of the item served last. */
  get virtualTime(): number {
    return this.vtime;
  }

  /** No item queued now has a start tag above this. */
  get maxQueuedTag(): number {
    return this.topTag;
  }

  push(member: FairMember, weight: number, item: T): void {
    const start = Math.max(this.vtime, member.fairFinish);
    member.fairFinish = start + 1 / weight;
    this.topTag = Math.max(this.topTag, start);
    const tags = this.tags;
    const seqs = this.seqs;
    const items = this.items;
    let i = items.length;
    const seq = this.seq++;
    tags.push(start);
    seqs.push(seq);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(start, seq, tags[parent] as number, seqs[parent] as number)) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(i, start, seq, item);
  }

  /** The item with the lowest start tag; V moves to it. */
  shift(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const tags = this.tags;
    const seqs = this.seqs;
    const top = items[0] as T;
    this.vtime = Math.max(this.vtime, tags[0] as number);
    const lastTag = tags.pop() as number;
    const lastSeq = seqs.pop() as number;
    const last = items.pop() as T;
    const n = items.length;
    if (n === 0) {
      this.topTag = Number.NEGATIVE_INFINITY;
      return top;
    }
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child =
        right < n &&
        before(tags[right] as number, seqs[right] as number, tags[left] as number, seqs[left] as number)
          ? right
          : left;
      if (!before(tags[child] as number, seqs[child] as number, lastTag, lastSeq)) break;
      this.move(child, i);
      i = child;
    }
    this.place(i, lastTag, lastSeq, last);
    return top;
  }

  /** Heap slot `to` takes the item at `from` (one level up or down the heap). */
  private move(from: number, to: number): void {
    this.tags[to] = this.tags[from] as number;
    this.seqs[to] = this.seqs[from] as number;
    this.items[to] = this.items[from] as T;
  }

  private place(i: number, tag: number, seq: number, item: T): void {
    this.tags[i] = tag;
    this.seqs[i] = seq;
    this.items[i] = item;
  }

  /**
   * A lower bound on the start tag the member's next item would get if `more` items of it arrive first
   * (each moves its finish on by at least `1 / weight`).
   */
  tagFloor(member: FairMember, weight: number, more: number): number {
    return Math.max(this.vtime, member.fairFinish) + more / weight;
  }

  /** Empties the queue, returning the items (for a stopping gate to let them clean up). */
  drainAll(): T[] {
    const items = this.items;
    this.items = [];
    this.tags = [];
    this.seqs = [];
    this.topTag = Number.NEGATIVE_INFINITY;
    return items;
  }
}

function before(tagA: number, seqA: number, tagB: number, seqB: number): boolean {
  return tagA < tagB || (tagA === tagB && seqA < seqB);
}
