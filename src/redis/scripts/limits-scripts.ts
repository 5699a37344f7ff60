import { FIXED_MEMORY_WINDOWS } from '../../limits/arrival-accounting.js';
import { LuaScript } from '../lua-script.js';

/**
 * The shared limiter. Every decision is taken inside one script, on Redis's clock (TIME), so processes with
 * skewed clocks still agree, and a check and its charge can never interleave with another process's.
 *
 * Minute windows are exact sliding logs: a sorted set holds one member per started call, scored by its
 * latest stamp (grant, real start, then end: see STAMP_START), so a unit stays out until one window after
 * the call ENDED; a call may start while fewer than the limit are scored in the last window. The day
 * budget counts per bucket (1/96 of a day) and includes the bucket the window's start falls in, so it can
 * only over-count, by at most one bucket of the oldest calls.
 */

/**
 * The learnt outside consumer of a minute window (OutsideDeficit in arrival-accounting.ts, in Lua): hash
 * fields `<p>b` (bucket = floor(now / window)), `<p>c` (largest report in it), `<p>p` and `<p>q` (in the
 * two buckets before). Prefix `o` for an (app, tenant) minute, `a` for the app minute. Under a known fixed
 * window (OutsideDeficit.observeFixed): `<p>s` the share kept across Xero's resets, `<p>a` where in Xero's
 * window (0..1) it was seen, `<p>t` when last proven; kept FIXED_MEMORY windows without a proof.
 */
const OUTSIDE_LUA = `
local FIXED_MEMORY = ${FIXED_MEMORY_WINDOWS}

local function fixed_value(key, prefix, now, windowMs)
  local f = redis.call('HMGET', key, prefix .. 's', prefix .. 't')
  local t = tonumber(f[2])
  if t == nil or now - t >= FIXED_MEMORY * windowMs then return 0 end
  return tonumber(f[1]) or 0
end

local function outside_value_rolling(key, prefix, now, windowMs)
  local f = redis.call('HMGET', key, prefix .. 'b', prefix .. 'c', prefix .. 'p', prefix .. 'q')
  local ob = tonumber(f[1])
  if ob == nil then return 0 end
  local k = math.floor(now / windowMs) - ob
  local c, p, q = tonumber(f[2]) or 0, tonumber(f[3]) or 0, tonumber(f[4]) or 0
  if k <= 0 then return math.max(c, p, q) end
  if k == 1 then return math.max(c, p) end
  if k == 2 then return c end
  return 0
end

local function outside_value(key, prefix, now, windowMs)
  return math.max(outside_value_rolling(key, prefix, now, windowMs), fixed_value(key, prefix, now, windowMs))
end

local function outside_confirm(key, prefix, calls, now, windowMs)
  -- A proof is a floor: one proving less than the share held confirms the consumer and keeps the share.
  local held = outside_value_rolling(key, prefix, now, windowMs)
  if held > calls then calls = held end
  local b = math.floor(now / windowMs)
  local f = redis.call('HMGET', key, prefix .. 'b', prefix .. 'c', prefix .. 'p')
  local ob = tonumber(f[1])
  local c, p = tonumber(f[2]) or 0, tonumber(f[3]) or 0
  local k = 3
  if ob ~= nil then k = b - ob end
  if k <= 0 then
    if calls > c then redis.call('HSET', key, prefix .. 'c', calls) end
  else
    local q = 0
    if k == 1 then q = p elseif k == 2 then q = c end
    local np = 0
    if k == 1 then np = c end
    redis.call('HSET', key, prefix .. 'b', b, prefix .. 'c', calls, prefix .. 'p', np, prefix .. 'q', q)
  end
  if redis.call('PTTL', key) < windowMs * 4 then redis.call('PEXPIRE', key, windowMs * 4) end
end

local function outside_observe_fixed(key, prefix, calls, at, uncertainty, now, windowMs)
  local held = fixed_value(key, prefix, now, windowMs)
  local seenAt = tonumber(redis.call('HGET', key, prefix .. 'a') or '1')
  if calls > 0 and calls >= held then
    local where = at
    if at <= uncertainty then where = 1 end
    if calls == held then where = math.min(seenAt, where) end
    redis.call('HSET', key, prefix .. 's', calls, prefix .. 'a', where, prefix .. 't', now)
  elseif held > 0 and at > uncertainty and at - uncertainty > seenAt then
    redis.call('HSET', key, prefix .. 's', calls, prefix .. 'a', at)
    if calls > 0 then redis.call('HSET', key, prefix .. 't', now) end
  else
    return
  end
  if redis.call('PTTL', key) < windowMs * FIXED_MEMORY then redis.call('PEXPIRE', key, windowMs * FIXED_MEMORY) end
end
`;

/** Status codes the acquire script returns first. */
export const ACQUIRE = { granted: 1, wait: 0, dayExhausted: 2 } as const;

/**
 * KEYS: 1 minute, 2 day, 3 inFlight, 4 interactiveWaiters, 5 pausedUntil, 6 dayExhaustedUntil,
 *       7 app minute, 8 app pausedUntil, 9 non-reserve minute, 10 adaptive concurrency hash,
 *       11 reported (the key's learnt outside consumer), 12 app reported (the app's)
 * ARGV: 1 tenant mode (1/0), 2 window ms, 3 per minute, 4 app per minute, 5 concurrent, 6 per day,
 *       7 day ms, 8 bucket ms, 9 call id, 10 lease ttl ms, 11 interactive (1/0), 12 waiter id,
 *       13 waiter margin ms, 14 peek (1/0: report only, change nothing), 15 retention ms (>= window),
 *       16 non-reserve allowance ('' when the call may spend the interactive reserve),
 *       17 more interactive calls queued behind this one in the process (1/0: keep the registration),
 *       18 the non-reserve allowance while the reserve is lent ('' when not a non-reserve call),
 *       19 this call may spend the reserve and is interactive (1/0: a user action; field `ra` of KEYS 11)
 * The interactive reserve is lent to non-reserve calls (allowance ARGV 18: all of it but one unit) while no
 * user action arrived for a window and no interactive call waits in any process; a user action takes it
 * back at once (LocalLimitsEngine's nonReserveLimit, the same rule). Lent units (those beyond ARGV 16) are
 * paced (field `rl` of KEYS 11: when the last one went): in the first window of lending (since field `ls`)
 * one per window / (perMinute - ARGV 16), so user actions arriving then find most of them free; after it,
 * one per slot (window / perMinute), as they come back one by one. A call held back only by this pacing
 * gets waitMs until the next one is allowed.
 * The cap on calls in flight is Xero's `concurrent`, or the adaptive cap (CONCURRENCY_REJECTED) while
 * lower; one slot comes back per window without a `concurrent` 429.
 * Returns {status, waitMs (-1: unknown, poll), minuteCount, dayCount, inFlight, appMinuteCount, now}.
 * For dayExhausted, waitMs is the retry-after.
 */
export const ACQUIRE_SLOT = new LuaScript(
  'acquire-slot',
  `${OUTSIDE_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tenant = ARGV[1] == '1'
local windowMs = tonumber(ARGV[2])
local perMinute = tonumber(ARGV[3])
local appLimit = tonumber(ARGV[4])
local concurrent = tonumber(ARGV[5])
local perDay = tonumber(ARGV[6])
local dayMs = tonumber(ARGV[7])
local bucketMs = tonumber(ARGV[8])
local callId = ARGV[9]
local leaseTtl = tonumber(ARGV[10])
local interactive = ARGV[11] == '1'
local waiterId = ARGV[12]
local waiterMargin = tonumber(ARGV[13])
local peek = ARGV[14] == '1'
local retention = tonumber(ARGV[15])
local nonReserve = tonumber(ARGV[16])
local moreInteractive = ARGV[17] == '1'
local lent = tonumber(ARGV[18] or '')
local reserveCaller = ARGV[19] == '1'
local share = nonReserve
local paceMs = nil
local lentUnit = false

if tenant and reserveCaller and not peek then
  redis.call('HSET', KEYS[11], 'ra', now)
  if redis.call('PTTL', KEYS[11]) < windowMs * 2 then redis.call('PEXPIRE', KEYS[11], windowMs * 2) end
end
if tenant and nonReserve ~= nil and lent ~= nil then
  local ra = tonumber(redis.call('HGET', KEYS[11], 'ra') or '')
  local waiting = redis.call('ZCOUNT', KEYS[4], '(' .. now, '+inf')
  if (ra == nil or now - ra >= windowMs) and waiting == 0 then nonReserve = math.max(nonReserve, lent) end
  if nonReserve > share then
    -- Lending since ls (reset when it starts again after a user action): spread over its first window.
    local ls = tonumber(redis.call('HGET', KEYS[11], 'ls') or '')
    if ls == nil or (ra ~= nil and ls <= ra) then
      ls = now
      redis.call('HSET', KEYS[11], 'ls', now)
      if redis.call('PTTL', KEYS[11]) < windowMs * 2 then redis.call('PEXPIRE', KEYS[11], windowMs * 2) end
    end
    if now - ls < windowMs then paceMs = windowMs / math.max(1, perMinute - share) else paceMs = windowMs / perMinute end
  end
end

-- A learnt outside consumer keeps its share of each minute window (at most limit - 1: one call still probes).
local function minus_outside(limit, outside)
  return limit - math.min(outside, math.max(0, limit - 1))
end
if tenant then
  local outside = outside_value(KEYS[11], 'o', now, windowMs)
  perMinute = minus_outside(perMinute, outside)
  if nonReserve ~= nil then nonReserve = minus_outside(nonReserve, outside) end
  if share ~= nil then share = minus_outside(share, outside) end
end
appLimit = minus_outside(appLimit, outside_value(KEYS[12], 'a', now, windowMs))

local function count_window(key)
  -- Members are kept for the retention (header resync compares against it); only the window counts.
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - retention)
  return redis.call('ZCOUNT', key, '(' .. (now - windowMs), '+inf')
end

-- How long until 'count - limit + 1' members leave the window.
local function window_wait(key, count, limit)
  if count < limit then return nil, false end
  local first = redis.call('ZRANGEBYSCORE', key, '(' .. (now - windowMs), '+inf', 'WITHSCORES', 'LIMIT', count - limit, 1)
  if first[2] == nil then return 1, true end
  return math.max(1, tonumber(first[2]) + windowMs - now), true
end

local waitMs = nil
local unknownWait = false
local function block(ms, blocked)
  if not blocked then return end
  if ms == nil then unknownWait = true return end
  if waitMs == nil or ms > waitMs then waitMs = ms end
end

local dayCount, inFlight, minuteCount = 0, 0, 0

if tenant then
  local dayOut = tonumber(redis.call('GET', KEYS[6]) or '0')
  if dayOut > now and not peek then
    return {2, dayOut - now, 0, 0, 0, 0, now}
  end
  local first = math.floor((now - dayMs) / bucketMs)
  local oldest = nil
  local buckets = redis.call('HGETALL', KEYS[2])
  for i = 1, #buckets, 2 do
    local index = tonumber(buckets[i])
    if index < first then
      redis.call('HDEL', KEYS[2], buckets[i])
    else
      dayCount = dayCount + tonumber(buckets[i + 1])
      if oldest == nil or index < oldest then oldest = index end
    end
  end
  if dayCount >= perDay and not peek then
    return {2, math.max(1, (oldest + 1) * bucketMs + dayMs - now), 0, dayCount, 0, 0, now}
  end

  local paused = tonumber(redis.call('GET', KEYS[5]) or '0')
  block(paused - now, paused > now)

  local cap = tonumber(redis.call('HGET', KEYS[10], 'cap') or concurrent)
  if cap < concurrent then
    local changed = tonumber(redis.call('HGET', KEYS[10], 'changed') or now)
    if now - changed >= windowMs and not peek then
      local windows = math.floor((now - changed) / windowMs)
      cap = math.min(concurrent, cap + windows)
      redis.call('HSET', KEYS[10], 'cap', cap, 'changed', changed + windows * windowMs)
    end
    concurrent = math.min(concurrent, cap)
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
  inFlight = redis.call('ZCARD', KEYS[3])
  block(nil, inFlight >= concurrent)

  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
  if not interactive then
    local waiters = redis.call('ZCARD', KEYS[4])
    if redis.call('ZSCORE', KEYS[4], waiterId) then waiters = waiters - 1 end
    -- Interactive calls waiting in any process go first: batch calls wait for them.
    block(nil, waiters > 0)
  end

  minuteCount = count_window(KEYS[1])
  block(window_wait(KEYS[1], minuteCount, perMinute))
  if nonReserve ~= nil then
    local own = count_window(KEYS[9])
    block(window_wait(KEYS[9], own, nonReserve))
    if own >= share and paceMs ~= nil then
      -- A lent unit: spread over the window.
      lentUnit = true
      local rl = tonumber(redis.call('HGET', KEYS[11], 'rl') or '')
      if rl ~= nil and now - rl < paceMs then block(math.max(1, math.ceil(rl + paceMs - now)), true) end
    end
  end
end

local appPaused = tonumber(redis.call('GET', KEYS[8]) or '0')
block(appPaused - now, appPaused > now)
local appCount = count_window(KEYS[7])
block(window_wait(KEYS[7], appCount, appLimit))

if peek then
  return {0, -1, minuteCount, dayCount, inFlight, appCount, now}
end

if waitMs ~= nil or unknownWait then
  if tenant and interactive then
    -- Registered until this process is expected to ask again, plus a margin; a dead process's
    -- registration lapses by itself.
    local expires = now + (waitMs or 0) + waiterMargin
    redis.call('ZADD', KEYS[4], 'GT', expires, waiterId)
    if redis.call('PTTL', KEYS[4]) < (expires - now) * 2 then
      redis.call('PEXPIRE', KEYS[4], (expires - now) * 2)
    end
  end
  return {0, waitMs or -1, minuteCount, dayCount, inFlight, appCount, now}
end

if tenant then
  redis.call('ZADD', KEYS[3], now + leaseTtl, callId)
  redis.call('PEXPIRE', KEYS[3], leaseTtl * 2)
  redis.call('ZADD', KEYS[1], now, callId)
  redis.call('PEXPIRE', KEYS[1], retention * 2)
  if nonReserve ~= nil then
    redis.call('ZADD', KEYS[9], now, callId)
    redis.call('PEXPIRE', KEYS[9], retention * 2)
  end
  if lentUnit then
    redis.call('HSET', KEYS[11], 'rl', now)
    if redis.call('PTTL', KEYS[11]) < windowMs * 2 then redis.call('PEXPIRE', KEYS[11], windowMs * 2) end
  end
  redis.call('HINCRBY', KEYS[2], math.floor(now / bucketMs), 1)
  redis.call('PEXPIRE', KEYS[2], dayMs + bucketMs * 2)
  if interactive and not moreInteractive then
    redis.call('ZREM', KEYS[4], waiterId)
  elseif interactive then
    -- The next interactive call asks at once; until then batch calls elsewhere must not slip in.
    redis.call('ZADD', KEYS[4], 'GT', now + waiterMargin, waiterId)
    if redis.call('PTTL', KEYS[4]) < waiterMargin * 2 then redis.call('PEXPIRE', KEYS[4], waiterMargin * 2) end
  end
  minuteCount = minuteCount + 1
  dayCount = dayCount + 1
  inFlight = inFlight + 1
end
redis.call('ZADD', KEYS[7], now, callId)
redis.call('PEXPIRE', KEYS[7], retention * 2)
return {1, 0, minuteCount, dayCount, inFlight, appCount + 1, now}
`,
);

/**
 * Re-stamps a granted call's window entries with "now": when it actually starts, and again when it ends.
 * A process that was slow to act on its grant (event-loop lag, GC) would otherwise reach Xero later than
 * its entry says, and calls granted a window after the entry would land in the same Xero window; and Xero
 * counts the call when its request arrives, somewhere before the response. At the start, the call's real
 * start is also logged in the start logs (the `starts` sets), which header resync reads to know which of
 * our calls Xero may not have seen yet (the minute sets keep only the latest stamp).
 * KEYS: the minute sets the call was charged to, then the start logs. ARGV: 1 call id, 2 how many of
 * KEYS are start logs (0 or absent at the end), 3 retention ms (with start logs).
 */
export const STAMP_START = new LuaScript(
  'stamp-start',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local logs = tonumber(ARGV[2] or '0')
for i, key in ipairs(KEYS) do
  if i <= #KEYS - logs then
    redis.call('ZADD', key, 'XX', 'GT', now, ARGV[1])
  else
    local retention = tonumber(ARGV[3])
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - retention)
    redis.call('ZADD', key, 'NX', now, ARGV[1])
    if redis.call('PTTL', key) < retention then redis.call('PEXPIRE', key, retention * 2) end
  end
end
return now
`,
);

/**
 * A granted call that was never sent (LimitsEngine.releaseUnused): Xero did not count it, so its entries
 * leave the minute sets and start logs at once and its day unit comes back, instead of staying out until
 * one window after it ended. KEYS: the minute sets it was charged to and its start logs, then the day hash
 * when ARGV 2 is set. ARGV: 1 call id, 2 the day bucket it was charged to ('' for a tenantless call).
 */
export const RELEASE_UNSENT = new LuaScript(
  'release-unsent',
  `
local bucket = ARGV[2]
local sets = #KEYS
if bucket ~= '' then sets = sets - 1 end
for i = 1, sets do redis.call('ZREM', KEYS[i], ARGV[1]) end
if bucket ~= '' then
  local left = redis.call('HINCRBY', KEYS[#KEYS], bucket, -1)
  if left <= 0 then redis.call('HDEL', KEYS[#KEYS], bucket) end
end
return 1
`,
);

/** Extends a running call's lease. KEYS: inFlight. ARGV: call id, lease ttl ms. */
export const EXTEND_LEASE = new LuaScript(
  'extend-lease',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + ttl, ARGV[1]) == 1 then
  redis.call('PEXPIRE', KEYS[1], ttl * 2)
end
return 1
`,
);

/**
 * Sets a "until" marker to now + ms unless a later one is already set. KEYS: marker. ARGV: ms.
 * Used for pauses (429 minute/concurrent/app) and for a spent day.
 */
export const EXTEND_UNTIL = new LuaScript(
  'extend-until',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ms = math.max(1, math.ceil(tonumber(ARGV[1])))
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= now + ms then return current end
redis.call('SET', KEYS[1], now + ms, 'PX', ms)
return now + ms
`,
);

/**
 * Arrival-ordered header resync (see arrival-accounting.ts). A report is compared with the most calls of
 * any process Xero could have counted when it answered: members stamped (start or end) after one window
 * before the reporting call was sent, plus calls still running from before that. The call was sent
 * `age` ms before this script runs, less the tolerance for the trip here, so the comparison only errs
 * towards "ours". What is left proves an outside consumer; the share held is the top of the report's range
 * (the proven figure plus our calls started after the reporting one, which Xero may not have seen yet,
 * at most Xero's count less the reporting call), and the largest such figure is kept per window
 * bucket (outside_confirm) and acquire holds it back. The day budget is charged the difference at once.
 *
 * Fixed windows (fixed-window-phase.ts, in Lua): a report counting fewer calls than ours that certainly
 * arrived within a rolling window (answered, started after `now - minute`, ended before the report's call
 * was sent, less the 429s Xero did not count) proves Xero's window reset after the start of the
 * `(count + 1)`-th latest of them; hash fields `flo`/`fhi` of the key's reported hash keep that interval,
 * narrowed by later resets. Once known, ours are counted from the window's start and a proven share is
 * kept across resets (outside_observe_fixed).
 * KEYS: 1 minute, 2 day, 3 app minute, 4 reported, 5 inFlight, 6 app reported, 7 starts, 8 app starts,
 *       9 answered, 10 refused
 * ARGV: 1 minute remaining ('' unknown), 2 day remaining, 3 app remaining, 4 per minute, 5 per day,
 *       6 app per minute, 7 retention ms, 8 day ms, 9 bucket ms, 10 window ms, 11 tenant (1/0),
 *       12 age of the reporting call ms, 13 tolerance ms, 14 Xero's minute ms (no slack), 15 the reporting
 *       call's id ('' unknown)
 * Returns {minute outside, day charged, app outside, now, minute outside learnt (1/0: none was held),
 * fixed window first inferred (1/0), app outside learnt (1/0)}.
 */
export const RESYNC = new LuaScript(
  'resync',
  `${OUTSIDE_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local retention = tonumber(ARGV[7])
local dayMs = tonumber(ARGV[8])
local bucketMs = tonumber(ARGV[9])
local windowMs = tonumber(ARGV[10])
local tenant = ARGV[11] == '1'
local sentAt = now - tonumber(ARGV[12])
-- Calls started after this may not have been seen by Xero (late): the later estimate of the send, so a
-- slow trip here does not count our own calls of the meantime as "late" and inflate a learnt share.
local lateAfter = sentAt
local tolerance = tonumber(ARGV[13])
local minuteMs = tonumber(ARGV[14])
local callId = ARGV[15] or ''
if callId ~= '' then
  -- The call's start stamp (sent just before its request) is on Redis's clock too: of the two estimates
  -- of when it was sent, both no earlier than its start, the earlier is the closer.
  local stamped = tonumber(redis.call('ZSCORE', KEYS[7], callId) or '')
  if stamped ~= nil and stamped < sentAt then sentAt = stamped end
end
-- Xero's own window (no slack: that is for starts), back from the earliest the call may have been sent.
local rollingFrom = sentAt - minuteMs - tolerance

local function ours(key, inFlight, from)
  local n = redis.call('ZCOUNT', key, '(' .. from, '+inf')
  if inFlight ~= nil then
    -- A call running since before that still counts for Xero.
    for _, id in ipairs(redis.call('ZRANGEBYSCORE', inFlight, '(' .. now, '+inf')) do
      local score = tonumber(redis.call('ZSCORE', key, id) or '')
      if score == nil or score <= from then n = n + 1 end
    end
  end
  return n
end

-- Our calls that really started after the reporting call was sent: counted as ours above, yet Xero may
-- not have seen them when it answered (outsideShare in arrival-accounting.ts).
local function late(starts)
  return redis.call('ZCOUNT', starts, '(' .. lateAfter, '+inf')
end

-- Once a report PROVES an outside consumer, hold the top of its range (proven + late, at most Xero's
-- count less the reported call), not the proven floor: the floor met a 429 in each window while creeping
-- up. Returns the share shown (0: nothing proven).
local function learn(key, remaining, limit, reported, prefix, inFlight, starts, from)
  if remaining == nil or from < now - retention then return 0 end
  local proven = limit - remaining - ours(key, inFlight, from)
  if proven <= 0 then return 0 end
  local calls = math.max(proven, math.min(limit - remaining - 1, proven + late(starts)))
  outside_confirm(reported, prefix, calls, now, windowMs)
  return calls
end

-- A boundary of Xero's fixed window lies in (flo, fhi] (fixed-window-phase.ts).
local function phase_get()
  local f = redis.call('HMGET', KEYS[4], 'flo', 'fhi')
  return tonumber(f[1]), tonumber(f[2])
end

-- Narrows the known interval with a new one; returns true when it is the first.
local function phase_reset(lo, hi)
  if not (hi > lo) or hi - lo >= minuteMs then return false end
  local olo, ohi = phase_get()
  if olo == nil or ohi == nil then
    redis.call('HSET', KEYS[4], 'flo', lo, 'fhi', hi)
    return true
  end
  local m = math.floor((lo - olo) / minuteMs + 0.5)
  local matches, ml, mh = 0, 0, 0
  for k = m - 1, m + 1 do
    local l = math.max(olo, lo - k * minuteMs)
    local h = math.min(ohi, hi - k * minuteMs)
    if h > l then
      matches = matches + 1
      ml, mh = l, h
    end
  end
  if matches == 1 then
    redis.call('HSET', KEYS[4], 'flo', ml, 'fhi', mh)
  elseif matches == 0 then
    redis.call('HSET', KEYS[4], 'flo', lo, 'fhi', hi)
  end
  return false
end

-- ArrivalLedger.resetAfter: the start after which a reset is proven, or nil.
local function reset_after(count)
  local from = now - minuteMs
  local certainBy = sentAt - tolerance
  local certain = {}
  local answered = redis.call('ZRANGEBYSCORE', KEYS[9], '(' .. from, '+inf', 'WITHSCORES')
  for i = 1, #answered, 2 do
    local id = answered[i]
    local stamp = tonumber(redis.call('ZSCORE', KEYS[1], id) or '')
    local lease = tonumber(redis.call('ZSCORE', KEYS[5], id) or '')
    if stamp ~= nil and stamp <= certainBy and (lease == nil or lease <= now) then
      table.insert(certain, tonumber(answered[i + 1]))
    end
  end
  local n = count + redis.call('ZCOUNT', KEYS[10], '(' .. (now - 2 * minuteMs), '+inf')
  if #certain <= n then return nil end
  table.sort(certain, function(x, y) return x > y end)
  return certain[n + 1]
end

local function fraction(at, lo)
  return ((at - lo) % minuteMs) / minuteMs
end

local minuteOutside, dayCharged, appOutside = 0, 0, 0
local minuteLearnt, fixedFirst, appLearnt = 0, 0, 0
local minuteRemaining = tonumber(ARGV[1])
local appRemaining = tonumber(ARGV[3])
if tenant then
  if minuteRemaining ~= nil then
    local perMinute = tonumber(ARGV[4])
    -- A spent minute (0 left) is most likely a 429 Xero did not count: the reset evidence allows for it.
    if minuteRemaining == 0 or appRemaining == 0 then
      redis.call('ZADD', KEYS[10], now, 'r:' .. now .. ':' .. callId .. ':' .. redis.call('ZCARD', KEYS[10]))
      redis.call('ZREMRANGEBYSCORE', KEYS[10], '-inf', now - 2 * minuteMs)
      redis.call('PEXPIRE', KEYS[10], retention * 2)
    end
    local before = outside_value(KEYS[4], 'o', now, windowMs)
    local after = reset_after(perMinute - minuteRemaining)
    if after ~= nil and phase_reset(after, now) then fixedFirst = 1 end
    local plo, phi = phase_get()
    local from = rollingFrom
    if plo ~= nil and phi ~= nil then
      local j = math.floor((sentAt - phi) / minuteMs)
      from = math.max(from, plo + j * minuteMs - tolerance)
    end
    minuteOutside = learn(KEYS[1], minuteRemaining, perMinute, KEYS[4], 'o', KEYS[5], KEYS[7], from)
    if plo ~= nil and phi ~= nil then
      local sent = fraction(sentAt, plo)
      local read = fraction(now, plo)
      local at = sent
      if minuteOutside > 0 then
        at = read
        if read < sent then at = 1 end
      end
      outside_observe_fixed(KEYS[4], 'o', minuteOutside, at, (phi - plo) / minuteMs, now, windowMs)
    end
    if before == 0 and outside_value(KEYS[4], 'o', now, windowMs) > 0 then minuteLearnt = 1 end
    -- This call reached Xero (it answered with its count): evidence for later reports.
    if callId ~= '' then
      local start = redis.call('ZSCORE', KEYS[7], callId)
      if start then
        redis.call('ZREMRANGEBYSCORE', KEYS[9], '-inf', now - retention)
        redis.call('ZADD', KEYS[9], start, callId)
        if redis.call('PTTL', KEYS[9]) < retention then redis.call('PEXPIRE', KEYS[9], retention * 2) end
      end
    end
  end
  local dayRemaining = tonumber(ARGV[2])
  if dayRemaining ~= nil then
    local first = math.floor((now - dayMs) / bucketMs)
    local counted = 0
    local buckets = redis.call('HGETALL', KEYS[2])
    for i = 1, #buckets, 2 do
      if tonumber(buckets[i]) >= first then counted = counted + tonumber(buckets[i + 1]) end
    end
    local missing = tonumber(ARGV[5]) - dayRemaining - counted
    if missing > 0 then
      redis.call('HINCRBY', KEYS[2], math.floor(now / bucketMs), missing)
      redis.call('PEXPIRE', KEYS[2], dayMs + bucketMs * 2)
      dayCharged = missing
    end
  end
end
local appBefore = outside_value(KEYS[6], 'a', now, windowMs)
appOutside = learn(KEYS[3], appRemaining, tonumber(ARGV[6]), KEYS[6], 'a', nil, KEYS[8], rollingFrom)
if appBefore == 0 and appOutside > 0 then appLearnt = 1 end

local fields = {}
for i, name in ipairs({'minute', 'day', 'appMinute'}) do
  if ARGV[i] ~= '' then
    table.insert(fields, name)
    table.insert(fields, ARGV[i])
  end
end
if #fields > 0 then
  table.insert(fields, 'at')
  table.insert(fields, now)
  redis.call('HSET', KEYS[4], unpack(fields))
  if redis.call('PTTL', KEYS[4]) < dayMs then redis.call('PEXPIRE', KEYS[4], dayMs) end
end
return {minuteOutside, dayCharged, appOutside, now, minuteLearnt, fixedFirst, appLearnt}
`,
);

/** Reads the markers and Xero's last report for a snapshot. KEYS: pausedUntil, dayExhaustedUntil, reported. */
export const READ_MARKERS = new LuaScript(
  'read-markers',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return {now, redis.call('GET', KEYS[1]) or '', redis.call('GET', KEYS[2]) or '', redis.call('HGETALL', KEYS[3])}
`,
);

/**
 * Adaptive concurrency, shared: a `concurrent` 429 for a call sent `age` ms ago halves the key's cap (floor
 * 1) unless the call was sent before the last cut, and holds one slot for `hold` ms with a lease member
 * that lapses by itself. The cap lives in a hash that expires once it is back at Xero's limit's reach.
 * KEYS: 1 inFlight, 2 concurrency hash, 3 refused (the 429 is logged there: Xero did not count the call).
 * ARGV: 1 Xero's concurrent limit, 2 age ms, 3 hold ms, 4 hold member, 5 clean window ms.
 * Returns {cap, now}.
 */
export const CONCURRENCY_REJECTED = new LuaScript(
  'concurrency-rejected',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local sentAt = now - tonumber(ARGV[2])
local hold = tonumber(ARGV[3])
local window = tonumber(ARGV[5])
local cap = tonumber(redis.call('HGET', KEYS[2], 'cap') or limit)
local changed = tonumber(redis.call('HGET', KEYS[2], 'changed') or now)
local cut = tonumber(redis.call('HGET', KEYS[2], 'cut') or '-1')
if cap < limit and now - changed >= window then
  local windows = math.floor((now - changed) / window)
  cap = math.min(limit, cap + windows)
  changed = changed + windows * window
end
if sentAt >= cut then
  cap = math.max(1, math.floor(cap / 2))
  cut = now
  changed = now
end
redis.call('HSET', KEYS[2], 'cap', cap, 'changed', changed, 'cut', cut)
redis.call('PEXPIRE', KEYS[2], window * (limit + 1))
redis.call('ZADD', KEYS[1], now + hold, ARGV[4])
if redis.call('PTTL', KEYS[1]) < hold * 2 then redis.call('PEXPIRE', KEYS[1], hold * 2) end
if KEYS[3] then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - 2 * window)
  redis.call('ZADD', KEYS[3], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[3], window * 3)
end
return {cap, now}
`,
);

/** An outage record: KEYS 1 state hash, 2 probe lease. Times on Redis's clock, answers relative. */
export const OUTAGE_READ = new LuaScript(
  'outage-read',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', KEYS[1], 'since', 'failed', 'next')
if not s[1] then return {0} end
local probing = redis.call('EXISTS', KEYS[2])
return {1, now - tonumber(s[1]), tonumber(s[2]), tonumber(s[3]) - now, probing}
`,
);

/** Records an outage unless one is. KEYS: state. ARGV: 1 probe in ms, 2 ttl ms. Returns 1 if started. */
export const OUTAGE_DOWN = new LuaScript(
  'outage-down',
  `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'since', now, 'failed', 0, 'next', now + math.ceil(tonumber(ARGV[1])))
redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil(tonumber(ARGV[2]))))
return 1
`,
);

/** Takes the probe lease when due. KEYS: state, probe. ARGV: 1 lease ms, 2 token. Returns the token or false. */
export const OUTAGE_TRY_PROBE = new LuaScript(
  'outage-try-probe',
  `
local next = redis.call('HGET', KEYS[1], 'next')
if not next then return false end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if tonumber(next) > now then return false end
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', math.max(1, math.ceil(tonumber(ARGV[1])))) then
  return ARGV[2]
end
return false
`,
);

/**
 * The probe met the outage again. KEYS: state, probe. ARGV: 1 token, 2 next probe in ms, 3 ttl ms.
 * Only the lease holder moves the backoff on; the lease is freed.
 */
export const OUTAGE_PROBE_FAILED = new LuaScript(
  'outage-probe-failed',
  `
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HINCRBY', KEYS[1], 'failed', 1)
redis.call('HSET', KEYS[1], 'next', now + math.ceil(tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil(tonumber(ARGV[3]))))
return 1
`,
);

/** Frees the probe lease if held by the token. KEYS: probe. ARGV: token. */
export const OUTAGE_RELEASE = new LuaScript(
  'outage-release',
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`,
);
