import { describe, expect, it } from 'vitest';
import { type FairMember, FairQueue } from '../../src/limits/fair-queue.js';

const member = (): FairMember => ({ fairFinish: 0 });

/** Serves `n` items, refilling each flow so it stays backlogged, and counts what each flow got. */
function serve(queue: FairQueue<string>, flows: Map<string, [FairMember, number]>, n: number) {
  const got = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const name = queue.shift() as string;
    got.set(name, (got.get(name) ?? 0) + 1);
    const [m, weight] = flows.get(name)!;
    queue.push(m, weight, name); // a served call makes room for the key's next one
  }
  return got;
}

describe('FairQueue (start-time fair queuing)', () => {
  it('serves backlogged flows in proportion to their weights, whatever their arrival order', () => {
    const queue = new FairQueue<string>();
    const flows = new Map<string, [FairMember, number]>([
      ['a', [member(), 1]],
      ['b', [member(), 2]],
      ['c', [member(), 1]],
    ]);
    // `a` queues its five first, then the others (as keys reach the app gate at different moments).
    for (const [name, [m, weight]] of flows) for (let i = 0; i < 5; i++) queue.push(m, weight, name);
    const got = serve(queue, flows, 400);
    expect(got.get('b')).toBe(200);
    expect(got.get('a')).toBe(100);
    expect(got.get('c')).toBe(100);
  });

  it('a flow that arrives late starts at the virtual time: no credit for its absence, no penalty', () => {
    const queue = new FairQueue<string>();
    const flows = new Map<string, [FairMember, number]>([
      ['a', [member(), 1]],
      ['b', [member(), 1]],
    ]);
    for (const [name, [m]] of flows) for (let i = 0; i < 5; i++) queue.push(m, 1, name);
    serve(queue, flows, 1000);
    const late = member();
    flows.set('late', [late, 1]);
    for (let i = 0; i < 5; i++) queue.push(late, 1, 'late');
    const got = serve(queue, flows, 30);
    // A third each from its first turn (not 1000 items of catch-up, not a wait behind the others' queue).
    expect(got.get('late')).toBe(10);
    expect(got.get('a')).toBe(10);
  });

  it('bounds the tag a member gets after its queued items, for the deadline check', () => {
    const queue = new FairQueue<string>();
    const a = member();
    const b = member();
    for (let i = 0; i < 3; i++) queue.push(b, 1, 'b');
    expect(queue.maxQueuedTag).toBe(2);
    // `a` has 4 calls queued before the gate: its next one cannot get a tag below 4.
    expect(queue.tagFloor(a, 1, 4)).toBe(4);
    expect(queue.tagFloor(a, 2, 4)).toBe(2);
    queue.push(a, 1, 'a');
    expect(queue.shift()).toBe('b'); // equal start tags: arrival order
    expect(queue.shift()).toBe('a');
    expect(queue.drainAll()).toEqual(['b', 'b']);
    expect(queue.size).toBe(0);
  });
});
