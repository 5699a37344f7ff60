import { describe, expect, it } from 'vitest';
import { normaliseProblem, parseRateLimitHeaders } from '../../src/limits/rate-limit-headers.js';
import { createTimeScale } from '../../src/time-scale.js';

describe('parseRateLimitHeaders', () => {
  it("reads Xero's remaining-quota headers in any case", () => {
    const parsed = parseRateLimitHeaders({
      'X-DayLimit-Remaining': '4984',
      'x-minlimit-remaining': '59',
      'X-AppMinLimit-Remaining': 9999,
    });
    expect(parsed).toEqual({ remaining: { day: 4984, minute: 59, appMinute: 9999 } });
  });

  it('reads fetch Headers and ignores malformed numbers', () => {
    const headers = new Headers({ 'x-minlimit-remaining': 'lots', 'x-daylimit-remaining': '-3' });
    expect(parseRateLimitHeaders(headers)).toEqual({ remaining: {} });
  });

  it('normalises X-Rate-Limit-Problem, old spellings included, unknown values to "unknown"', () => {
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'Minute' }).problem).toBe('minute');
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'Daily' }).problem).toBe('day');
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'day' }).problem).toBe('day');
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'Concurrent' }).problem).toBe('concurrent');
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'AppMinute' }).problem).toBe('appminute');
    expect(parseRateLimitHeaders({ 'x-rate-limit-problem': 'weekly' }).problem).toBe('unknown');
    expect(parseRateLimitHeaders({}).problem).toBeUndefined();
    expect(normaliseProblem(' app-minute ')).toBe('appminute');
  });

  it('turns Retry-After (Xero seconds) into ms, scaled by the timeScale; reads no simulator-only header', () => {
    expect(parseRateLimitHeaders({ 'retry-after': '17' }).retryAfterMs).toBe(17_000);
    // 30 Xero seconds at timeScale 0.005 are 150 ms of this process's time.
    expect(parseRateLimitHeaders({ 'Retry-After': '30' }, createTimeScale(0.005)).retryAfterMs).toBeCloseTo(
      150,
      6,
    );
    // A header Xero never sends changes nothing.
    expect(
      parseRateLimitHeaders({ 'Retry-After': '1', 'X-Simulator-Retry-After-Ms': '137' }).retryAfterMs,
    ).toBe(1000);
    expect(parseRateLimitHeaders({ 'X-Simulator-Retry-After-Ms': '137' }).retryAfterMs).toBeUndefined();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      parseRateLimitHeaders({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, undefined, now).retryAfterMs,
    ).toBe(30_000);
    expect(parseRateLimitHeaders({ 'retry-after': 'soon' }).retryAfterMs).toBeUndefined();
  });

  it('takes the first value of a repeated header (Node IncomingHttpHeaders arrays)', () => {
    const headers = Object.assign(Object.create(null), { 'x-minlimit-remaining': ['12', '40'] });
    expect(parseRateLimitHeaders(headers).remaining.minute).toBe(12);
  });
});
