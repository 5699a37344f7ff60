import { describe, expect, it } from 'vitest';
import { ArrivalLedger, OutsideDeficit } from '../../src/limits/arrival-accounting.js';
import { FixedWindowPhase } from '../../src/limits/fixed-window-phase.js';

/**
 * The pieces behind fixed-window inference (issue 11 #3), on explicit times (no timers, no clock): a report
 * counting fewer calls than ours that certainly arrived in a rolling window proves a fixed window's reset,
 * and nothing else does.
 */

const W = 1000;

/** Our calls: each started at `start` and ended at `end`, answered by Xero with its count or not. */
function ledgerWith(calls: Array<{ start: number; end: number; answered?: boolean }>): ArrivalLedger {
  const ledger = new ArrivalLedger(W);
  for (const call of [...calls].sort((a, b) => a.start - b.start)) ledger.started(call.start);
  for (const call of [...calls].sort((a, b) => a.end - b.end)) {
    ledger.ended(call.end, call.start, call.answered ?? true);
  }
  return ledger;
}

describe('ArrivalLedger.resetAfter', () => {
  // Ten calls of ours at 100..190 (each 5 ms long): all certainly arrived in the last window at 600.
  const bunch = Array.from({ length: 10 }, (_, i) => ({ start: 100 + i * 10, end: 105 + i * 10 }));

  it('a count that holds our calls of the window proves nothing (the rolling reading explains it)', () => {
    expect(ledgerWith(bunch).resetAfter(600, 601, 10)).toBeUndefined();
    expect(ledgerWith(bunch).resetAfter(600, 601, 14)).toBeUndefined();
  });

  it('a count below them proves a reset after the (count + 1)-th latest of their starts', () => {
    // Xero counts 3: a boundary lies after the 4th latest start (160), no later than the read (601).
    expect(ledgerWith(bunch).resetAfter(600, 601, 3)).toBe(160);
    expect(ledgerWith(bunch).resetAfter(600, 601, 0)).toBe(190);
  });

  it('calls Xero never answered with its count, or refused, are not evidence', () => {
    const unanswered = bunch.map((c, i) => ({ ...c, answered: i < 3 }));
    expect(ledgerWith(unanswered).resetAfter(600, 601, 3)).toBeUndefined();
    const ledger = ledgerWith(bunch);
    for (const at of [300, 310, 320, 330, 340, 350, 360]) ledger.refused(at);
    expect(ledger.resetAfter(600, 601, 3)).toBeUndefined();
  });

  it('calls that ended after the reporting call was sent, or started a window before the read, are not either', () => {
    // Sent at 150: only the calls that ended by then certainly arrived before Xero answered.
    expect(ledgerWith(bunch).resetAfter(150, 151, 3)).toBe(110);
    expect(ledgerWith(bunch).resetAfter(150, 151, 5)).toBeUndefined();
    // Read at 1150: starts at or before 150 are a window back.
    expect(ledgerWith(bunch).resetAfter(1140, 1150, 3)).toBe(160);
    expect(ledgerWith(bunch).resetAfter(1140, 1150, 4)).toBeUndefined();
  });
});

describe('ArrivalLedger.notSeenBy (under a known fixed window)', () => {
  // Our calls at 100..190 (5 ms each), Xero answering the k-th with 60 - (41 + k) left: the last calls of
  // a full window (41..50 counted).
  function reportedLedger(): ArrivalLedger {
    const ledger = new ArrivalLedger(W);
    for (let i = 0; i < 10; i++) ledger.started(100 + i * 10);
    for (let i = 0; i < 10; i++) {
      ledger.reported(100 + i * 10, 105 + i * 10, 60 - (41 + i));
      ledger.ended(105 + i * 10, 100 + i * 10, true);
    }
    return ledger;
  }

  it('discounts our calls answered with a higher count: after the report, or in an earlier window', () => {
    const ledger = reportedLedger();
    ledger.started(900);
    ledger.reported(900, 905, 37); // the first of a new window: 23 counted, and every call above 50
    // Counted from 0 (the earliest possible window start) the ledger holds 11 of ours; 10 were counted 41..50.
    expect(ledger.seenBy(900, 905, 0)).toBe(11);
    expect(ledger.notSeenBy(37, 0, 905)).toBe(10);
    // Only calls read after `from`: the others are not counted by seenBy either.
    expect(ledger.notSeenBy(37, 150, 905)).toBe(5);
    // A report that counts more than all of them discounts none (they may be in its window).
    expect(ledger.notSeenBy(0, 0, 905)).toBe(0);
  });

  it('keeps one report per call it started, and none for a call it never ran', () => {
    const ledger = reportedLedger();
    ledger.reported(100, 950, 0); // a second report for the call started at 100
    ledger.reported(777, 950, 0); // no call of this ledger started at 777
    ledger.started(960);
    expect(ledger.notSeenBy(30, 0, 960)).toBe(10);
    // Two windows later the reports are forgotten with the calls.
    expect(ledger.notSeenBy(30, 0, 2300)).toBe(0);
  });

  it('a report stays with its call from read to end, and a call that ended takes no second one', () => {
    const ledger = new ArrivalLedger(W);
    ledger.started(100);
    ledger.started(110);
    ledger.reported(100, 105, 20);
    ledger.ended(106, 100, true);
    ledger.reported(100, 107, 0); // the call at 100 ended with its report: a second one is refused
    ledger.reported(110, 112, 19); // running: its report counts before it ends
    expect(ledger.notSeenBy(25, 0, 113)).toBe(2);
    expect(ledger.startedAfter(100, 113)).toBe(1);
    ledger.ended(115, 110, true);
    expect(ledger.notSeenBy(25, 0, 116)).toBe(2);
    expect(ledger.notSeenBy(25, 108, 116)).toBe(1); // read after 108: only the call at 110
    expect(ledger.seenBy(120, 121, 0)).toBe(2);
  });
});

describe('FixedWindowPhase', () => {
  it('narrows the boundary with each reset, a window apart, and gives a window start no later than Xero’s', () => {
    const phase = new FixedWindowPhase(W);
    expect(phase.windowStartFor(5000)).toBe(4000); // unknown: the rolling bound
    phase.reset(200, 700); // a boundary in (200, 700]
    phase.reset(1400, 2000); // one window on: (400, 1000] there, so (400, 700]
    phase.reset(5350, 5900); // (350, 900] a few windows on: no change
    // True boundaries at 500 + k·W fit every interval; the start given never passes the real one.
    for (const sentAt of [1600, 2499, 2501, 7123]) {
      const realStart = 500 + Math.floor((sentAt - 500) / W) * W;
      expect(phase.windowStartFor(sentAt)).toBeLessThanOrEqual(realStart);
      expect(phase.windowStartFor(sentAt)).toBeGreaterThanOrEqual(sentAt - W);
    }
    // Narrowed to (400, 700]: a call sent at 2800 counts ours from 2400, not from 1800.
    expect(phase.windowStartFor(2800)).toBe(2400);
    expect(phase.fraction(2650)).toEqual({ at: 0.25, uncertainty: 0.3 });
  });

  it('an interval of a window or more says nothing; a contradicting one starts over', () => {
    const phase = new FixedWindowPhase(W);
    phase.reset(0, 1000);
    expect(phase.isKnown).toBe(false);
    phase.reset(200, 300);
    phase.reset(750, 800); // cannot hold a boundary with (200, 300]: Xero's phase moved
    expect(phase.windowStartFor(2900)).toBe(2750);
  });
});

describe('OutsideDeficit under a known fixed window', () => {
  it('keeps a share across resets while reports come earlier in the window than where it was seen', () => {
    const deficit = new OutsideDeficit(W);
    deficit.observeFixed(20, 0.8, 0.05, 1000); // 20 outside, seen 80 % into Xero's window
    // Reports early in later windows show nothing yet: the share stays for FIXED_MEMORY_WINDOWS.
    for (let k = 1; k <= 8; k++) deficit.observeFixed(0, 0.2, 0.05, 1000 + k * W);
    expect(deficit.value(9000)).toBe(20);
    // A report later in the window than 80 % showing less lowers it.
    deficit.observeFixed(5, 0.95, 0.05, 9100);
    expect(deficit.value(9200)).toBe(5);
    // Without any proof it is gone after FIXED_MEMORY_WINDOWS.
    expect(deficit.value(9100 + 10 * W)).toBe(0);
  });

  it('a report proving less than the share held still confirms it (a proof is a floor)', () => {
    const deficit = new OutsideDeficit(W);
    deficit.confirm(20, 100);
    for (let k = 1; k <= 6; k++) deficit.confirm(12, 100 + k * W);
    expect(deficit.value(100 + 6 * W)).toBe(20);
    // No proof for three windows: forgotten.
    expect(deficit.value(100 + 10 * W)).toBe(0);
  });
});
