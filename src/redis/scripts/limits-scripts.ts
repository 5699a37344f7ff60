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

/** Status codes the acquire script returns first. */
export const ACQUIRE = { granted: 1, wait: 0, dayExhausted: 2 } as const;

/**
 * KEYS: 1 minute, 2 day, 3 inFlight, 4 interactiveWaiters, 5 pausedUntil, 6 dayExhaustedUntil,
 *       7 app minute, 8 app pausedUntil, 9 non-reserve minute
 * ARGV: 1 tenant mode (1/0), 2 window ms, 3 per minute, 4 app per minute, 5 concurrent, 6 per day,
 *       7 day ms, 8 bucket ms, 9 call id, 10 lease ttl ms, 11 interactive (1/0), 12 waiter id,
 *       13 waiter margin ms, 14 peek (1/0: report only, change nothing), 15 retention ms (>= window),
 *       16 non-reserve allowance ('' when the call may spend the interactive reserve),
 *       17 more interactive calls queued behind this one in the process (1/0: keep the registration)
 * Returns {status, waitMs (-1: unknown, poll), minuteCount, dayCount, inFlight, appMinuteCount, now}.
 * For dayExhausted, waitMs is the retry-after.
 */
export const ACQUIRE_SLOT = new LuaScript(
  'acquire-slot',
  `
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
 * counts the call when its request arrives, somewhere before the response. KEYS: the minute sets the call
 * was charged to. ARGV: call id.
 */
export const STAMP_START = new LuaScript(
  'stamp-start',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, 'XX', 'GT', now, ARGV[1])
end
return now
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
 * Header resync: when Xero reports fewer calls remaining than the shared counts allow, charge the
 * difference, so every process slows down. Counts are compared over the retention (window + tolerance),
 * because Xero counted calls a moment earlier than this script runs.
 * KEYS: 1 minute, 2 day, 3 app minute, 4 reported, 5 non-reserve minute
 * ARGV: 1 minute remaining ('' unknown), 2 day remaining, 3 app remaining, 4 per minute, 5 per day,
 *       6 app per minute, 7 retention ms, 8 day ms, 9 bucket ms, 10 member prefix (unique per call),
 *       11 tenant (1/0), 12 non-reserve limit
 * Returns {minute charged, day charged, app charged, now}.
 */
export const RESYNC = new LuaScript(
  'resync',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local retention = tonumber(ARGV[7])
local dayMs = tonumber(ARGV[8])
local bucketMs = tonumber(ARGV[9])
local tenant = ARGV[11] == '1'

local function charge_window(key, remaining, limit, tag)
  if remaining == nil then return 0 end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - retention)
  local counted = redis.call('ZCARD', key)
  local missing = math.min(limit, limit - remaining - counted)
  for i = 1, missing do
    redis.call('ZADD', key, now, ARGV[10] .. tag .. i)
  end
  if missing > 0 then redis.call('PEXPIRE', key, retention * 2) end
  return math.max(0, missing)
end

-- The calls someone else spent are charged to the non-reserve window too, as the in-process engine does.
local function charge_members(key, count, tag)
  for i = 1, count do
    redis.call('ZADD', key, now, ARGV[10] .. tag .. i)
  end
  if count > 0 then redis.call('PEXPIRE', key, retention * 2) end
end

local fields = {}
local minuteCharged, dayCharged, appCharged = 0, 0, 0
if tenant then
  minuteCharged = charge_window(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[4]), 'm')
  charge_members(KEYS[5], math.min(minuteCharged, tonumber(ARGV[12])), 'n')
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
appCharged = charge_window(KEYS[3], tonumber(ARGV[3]), tonumber(ARGV[6]), 'a')

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
  redis.call('PEXPIRE', KEYS[4], dayMs)
end
return {minuteCharged, dayCharged, appCharged, now}
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
