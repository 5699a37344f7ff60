import { describe, expect, it } from 'vitest';
import { DayBudget } from '../../src/limits/day-budget.js';

// DayBudget takes the time as an argument, so these tests give it explicit epoch ms (nothing is faked).
const T0 = 1_700_000_000_000;

/** Makes Xero report `count` calls more than the budget knows of, at `at`. */
function spentElsewhere(budget: DayBudget, count: number, at: number): number {
  return budget.resync(budget.limit - budget.used(at) - count, at);
}

describe('day budget log', () => {
  it('counts our starts and phantom calls in the window, and ages each out exactly one window later', () => {
    const budget = new DayBudget(100, 1000);
    expect(budget.used(T0)).toBe(0);
    expect(budget.msUntilOldestExpires(T0)).toBe(1000);
    budget.record(T0);
    budget.record(T0 + 100);
    expect(spentElsewhere(budget, 5, T0 + 200)).toBe(5);
    budget.record(T0 + 300);
    expect(budget.used(T0 + 300)).toBe(8);
    expect(budget.msUntilOldestExpires(T0 + 300)).toBe(700);
    expect(budget.used(T0 + 1000)).toBe(7); // the first start left
    expect(budget.used(T0 + 1150)).toBe(6);
    expect(budget.msUntilOldestExpires(T0 + 1150)).toBe(50); // the phantom batch is now the oldest
    expect(budget.used(T0 + 1200)).toBe(1);
    expect(budget.used(T0 + 1300)).toBe(0);
    expect(budget.isEmpty(T0 + 1300)).toBe(true);
    // A resync never adds budget: Xero reporting more than we think changes nothing.
    budget.record(T0 + 1400);
    expect(budget.resync(100, T0 + 1400)).toBe(0);
    expect(budget.used(T0 + 1400)).toBe(1);
  });

  it('merges phantoms reported within one slot (1/1024 window), counted from the later report', () => {
    const budget = new DayBudget(1000, 1024); // slots of 1 ms
    spentElsewhere(budget, 5, T0 + 10.2);
    spentElsewhere(budget, 3, T0 + 10.7); // same slot: one batch at 10.7
    spentElsewhere(budget, 2, T0 + 11.1); // next slot: a batch of its own
    expect(budget.used(T0 + 11.1)).toBe(10);
    // Conservative: the 5 reported at 10.2 stay until the batch's later time leaves the window.
    expect(budget.used(T0 + 1024 + 10.6)).toBe(10);
    expect(budget.used(T0 + 1024 + 10.7)).toBe(2);
    expect(budget.used(T0 + 1024 + 11.1)).toBe(0);
  });

  it('a steady stream of reports still ages out: merging never keeps an old batch alive', () => {
    const budget = new DayBudget(1_000_000, 1024);
    // One phantom call every 0.25 ms for 4 windows: four reports per slot.
    for (let t = 0; t < 4096; t += 0.25) spentElsewhere(budget, 1, T0 + t);
    // Exactly the reports of the last window, plus at most one slot's worth counted late.
    const used = budget.used(T0 + 4096);
    expect(used).toBeGreaterThanOrEqual(4 * 1024 - 4);
    expect(used).toBeLessThanOrEqual(4 * 1024 + 4);
  });

  it('stays O(1) per call while another process spends the bucket on every response', () => {
    const day = 86_400_000;
    const budget = new DayBudget(10_000_000, day);
    const calls = 200_000;
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const now = T0 + i * 400; // a response every 0.4 s: 200k responses span ~22 h of one window
      budget.record(now);
      spentElsewhere(budget, 2, now); // each response: 2 calls by someone else
      budget.msUntilOldestExpires(now);
    }
    const elapsed = performance.now() - started;
    const end = T0 + (calls - 1) * 400;
    expect(budget.used(end)).toBe(calls * 3);
    expect(budget.msUntilOldestExpires(end)).toBe(day - (calls - 1) * 400);
    // Walking the phantom list on every call (the old log) took minutes here; O(1) takes milliseconds.
    expect(elapsed).toBeLessThan(1500);
    // One window later every call has aged out, and the log is empty again.
    expect(budget.used(end + day)).toBe(0);
    expect(budget.isEmpty(end + day)).toBe(true);
  });
});
