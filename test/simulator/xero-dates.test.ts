import { describe, expect, it } from 'vitest';
import { isoDateString, isoTimestampString } from '../../src/testing/accounting/xero-dates.js';

describe('simulator date strings', () => {
  it('format exactly as toISOString().slice(0, 19), across years, leap days and the 4-digit edges', () => {
    const samples = [
      0,
      -1,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(1000, 0, 1),
      Date.UTC(999, 11, 31, 23, 59, 59),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1),
      Date.UTC(-1, 0, 1),
    ];
    // A deterministic spread over ±60 years around 2000.
    for (let i = 0; i < 20_000; i++)
      samples.push(946_684_800_000 + ((i * 2_654_435_761) % 3_786_912_000_000) - 1_893_456_000_000);
    for (const ms of samples) {
      const expected = new Date(ms).toISOString().slice(0, 19);
      expect(isoDateString(ms), String(ms)).toBe(expected);
      expect(isoTimestampString(ms), String(ms)).toBe(`${expected}Z`);
    }
  });
});
