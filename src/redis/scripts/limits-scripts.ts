import { LuaScript } from '../lua-script.js';
import { OUTSIDE_LUA } from './outside-lua.js';

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
 *       7 app minute, 8 app pausedUntil, 9 non-reserve minute, 10 adaptive concurrency hash,
 *       11 reported (the key's learnt outside consumer), 12 app reported (the app's),
 *       13-17 the app's admission (RedisKeys.admission): state, bookings, lapses, interactive starts,
 *       interactive waiting
 * ARGV: 1 tenant mode (1/0), 2 window ms, 3 per minute, 4 app per minute, 5 concurrent, 6 per day,
 *       7 day ms, 8 bucket ms, 9 call id, 10 lease ttl ms, 11 interactive (1/0), 12 waiter id,
 *       13 waiter margin ms, 14 peek (1/0: report only, change nothing), 15 retention ms (>= window),
 *       16 non-reserve allowance ('' when the call may spend the interactive reserve),
 *       17 more interactive calls queued behind this one in the process (1/0: keep the registration),
 *       18 the non-reserve allowance while the reserve is lent ('' when not a non-reserve call),
 *       19 this call may spend the reserve and is interactive (1/0: a user action; field `ra` of KEYS 11),
 *       20 booking id (a batch call on an organisation: the booking it redeems, or the id to book under;
 *       '' for interactive and tenantless calls), 21 the id to book the organisation's next batch call under
 *       when granted ('' when none is queued behind), 22 bookings an organisation may hold at once (its fair
 *       share weight), 23 the app's interactive reserve share, 24 the organisation (tenant id)
 * The interactive reserve is lent to non-reserve calls (allowance ARGV 18: all of it but one unit) while no
 * user action arrived for a window and no interactive call waits in any process; a user action takes it
 * back at once (LocalLimitsEngine's nonReserveLimit, the same rule). Every non-reserve grant is paced, one
 * per slot (window / ARGV 3), half a slot tolerated early and one caught up, after a burst of ARGV 5 (`concurrent`) when
 * none of the key's non-reserve units is out, the burst paid for in advance (fields of KEYS 11: `pt` the
 * theoretical time of the next grant, `pb` burst grants left; WindowGate's pacing, the same rule). A call
 * held back only by this pacing gets waitMs until the next grant is allowed.
 * The cap on calls in flight is Xero's `concurrent`, or the adaptive cap (CONCURRENCY_REJECTED) while
 * lower; one slot comes back per window without a `concurrent` 429.
 * Returns {status, waitMs (-1: unknown, poll), minuteCount, dayCount, inFlight, appMinuteCount, now, booking}.
 * For dayExhausted, waitMs is the retry-after. `booking`: when waiting, 1 if the call holds a booking (ARGV
 * 20) to redeem after waitMs; when granted, the ms until the booking made for the next call (ARGV 21), 0 when
 * that call may ask at once, -1 when none was made.
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
-- Pacing of non-reserve grants: one per slot of the key's own minute, after a burst of its concurrency limit.
local paceMs = windowMs / perMinute
local burst = concurrent
local paceAt, burstLeft = nil, 0

if tenant and reserveCaller and not peek then
  redis.call('HSET', KEYS[11], 'ra', now)
  if redis.call('PTTL', KEYS[11]) < windowMs * 2 then redis.call('PEXPIRE', KEYS[11], windowMs * 2) end
end
if tenant and nonReserve ~= nil and lent ~= nil then
  local ra = tonumber(redis.call('HGET', KEYS[11], 'ra') or '')
  local waiting = redis.call('ZCOUNT', KEYS[4], '(' .. now, '+inf')
  if (ra == nil or now - ra >= windowMs) and waiting == 0 then nonReserve = math.max(nonReserve, lent) end
end

-- A learnt outside consumer keeps its share of each minute window (at most limit - 1: one call still probes).
local function minus_outside(limit, outside)
  return limit - math.min(outside, math.max(0, limit - 1))
end
if tenant then
  local outside = outside_value(KEYS[11], 'o', now, windowMs)
  perMinute = minus_outside(perMinute, outside)
  if nonReserve ~= nil then nonReserve = minus_outside(nonReserve, outside) end
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
    return {2, dayOut - now, 0, 0, 0, 0, now, 0}
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
    return {2, math.max(1, (oldest + 1) * bucketMs + dayMs - now), 0, dayCount, 0, 0, now, 0}
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
    if own == 0 then
      -- An idle gate: a burst, paid for in advance (the schedule goes on as if it had been spread).
      burstLeft = burst
      paceAt = now + burst * paceMs
    else
      burstLeft = tonumber(redis.call('HGET', KEYS[11], 'pb') or '0') or 0
      paceAt = tonumber(redis.call('HGET', KEYS[11], 'pt') or '') or now
    end
    local nextAt = paceAt - paceMs / 2
    if burstLeft <= 0 and now < nextAt then block(math.max(1, math.ceil(nextAt - now)), true) end
  end
end

local appPaused = tonumber(redis.call('GET', KEYS[8]) or '0')
block(appPaused - now, appPaused > now)
local appCount = count_window(KEYS[7])

if peek then
  block(window_wait(KEYS[7], appCount, appLimit))
  return {0, -1, minuteCount, dayCount, inFlight, appCount, now, 0}
end

-- App-wide admission (KEYS 13-17, ARGV 20-24). Batch calls are paced (GCRA: one slot per window/limit, a
-- burst of one Xero second) and kept below the app limit by a headroom that follows user demand; a batch
-- call that cannot start now BOOKS a slot of its own (at most ARGV 22 per organisation across processes,
-- so organisations take turns in booking order: the fair share) and its process asks again at that slot,
-- instead of every blocked key sleeping to the same moment. Interactive and tenantless calls are neither
-- paced nor booked: they may fill the window.
local st = KEYS[13]
local bookingId = ARGV[20] or ''
local batch = tenant and bookingId ~= ''
local maxBooks = tonumber(ARGV[22] or '1') or 1
local owner = ARGV[24] or ''
local margin = waiterMargin
local keep = windowMs * 2 + margin
local pace = windowMs / appLimit
local tau = (math.max(1, math.ceil(appLimit / 60)) - 1) * pace
local booked = 0
local grantedBooking = false
local function keep_alive(key)
  if redis.call('PTTL', key) < keep then redis.call('PEXPIRE', key, keep * 2) end
end
local function drop_booking(id)
  if redis.call('ZREM', KEYS[14], id) == 0 then return end
  redis.call('ZREM', KEYS[15], id)
  local of = redis.call('HGET', st, 'o:' .. id)
  redis.call('HDEL', st, 'o:' .. id)
  if of and redis.call('HINCRBY', st, 'n:' .. of, -1) <= 0 then redis.call('HDEL', st, 'n:' .. of, 's:' .. of) end
end
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[15], '-inf', now)) do drop_booking(id) end
redis.call('ZREMRANGEBYSCORE', KEYS[16], '-inf', now - windowMs)
redis.call('ZREMRANGEBYSCORE', KEYS[17], '-inf', now)
local iwaiting = redis.call('ZCARD', KEYS[17])
if redis.call('ZSCORE', KEYS[17], callId) then iwaiting = iwaiting - 1 end
-- The reserve: R units of the app's minute. Batch calls may hold at most limit - headroom of the window,
-- headroom sized by the interactive calls started in the last window and those waiting now, and always
-- leave one unit free (a user action arriving starts at once). Units are counted together: batch's own
-- share is the window less the interactive calls in it.
local reserve = math.floor(tonumber(ARGV[4]) * tonumber(ARGV[23] or '0'))
local batchCap = appLimit
if reserve >= 1 then
  local recent = redis.call('ZCARD', KEYS[16])
  local headroom = math.max(1, math.min(reserve, recent + iwaiting))
  batchCap = math.min(appLimit - 1, appLimit - headroom + recent)
end
batchCap = math.max(1, batchCap)

-- The departure (score + window) of the window entry at 0-based rank idx, or of a booking's unit past them.
local function departure(idx)
  if idx < appCount then
    local e = redis.call('ZRANGEBYSCORE', KEYS[7], '(' .. (now - windowMs), '+inf', 'WITHSCORES', 'LIMIT', idx, 1)
    if e[2] then return tonumber(e[2]) + windowMs end
    return nil
  end
  local b = redis.call('ZRANGE', KEYS[14], idx - appCount, idx - appCount, 'WITHSCORES')
  if b[2] then return tonumber(b[2]) + windowMs end
  return nil
end
-- The earliest slot for one more batch call behind every booking: the pacing's, and a lower bound for when
-- the window has a unit for it (bookings ahead take theirs first; each holds its unit a window at least).
local function next_slot(count, tat)
  local slot = math.max(now, tat - tau)
  local need = count + iwaiting + redis.call('ZCARD', KEYS[14]) + 1 - batchCap
  if need > 0 then
    local d = departure(need - 1)
    if d ~= nil then slot = math.max(slot, d) else slot = math.max(slot, now + pace) end
  end
  return slot
end
local function book(id, slot, tat)
  redis.call('ZADD', KEYS[14], slot, id)
  redis.call('ZADD', KEYS[15], slot + margin, id)
  redis.call('HSET', st, 'o:' .. id, owner, 's:' .. owner, slot, 'tat', math.max(tat, slot) + pace)
  redis.call('HINCRBY', st, 'n:' .. owner, 1)
  keep_alive(KEYS[14]) keep_alive(KEYS[15]) keep_alive(st)
end
-- A process that found its organisation's turns all held by others registers its booking id ('w:<tenant>':
-- instance|until|id); the next turn the organisation gets is booked under that id, for it (round robin
-- between processes, without a gap in the organisation's turns). Returns the want of another process.
local function want_of_other()
  local want = redis.call('HGET', st, 'w:' .. owner)
  if not want then return nil end
  local a = string.find(want, '|', 1, true)
  local b = string.find(want, '|', a + 1, true)
  if tonumber(string.sub(want, a + 1, b - 1)) <= now then redis.call('HDEL', st, 'w:' .. owner) return nil end
  if string.sub(want, 1, a - 1) == waiterId then return nil end
  return string.sub(want, b + 1)
end
local function clear_own_want()
  local want = redis.call('HGET', st, 'w:' .. owner)
  if want and string.sub(want, 1, #waiterId + 1) == waiterId .. '|' then redis.call('HDEL', st, 'w:' .. owner) end
end

local keyBlocked = waitMs ~= nil or unknownWait
local mine = nil
if batch then mine = tonumber(redis.call('ZSCORE', KEYS[14], bookingId) or '') end
if batch and keyBlocked then
  -- Held back by its organisation: its turn at the app goes to the next one (it books again when ready).
  if mine ~= nil then drop_booking(bookingId) end
elseif batch and mine ~= nil then
  if mine > now + 1 then
    block(math.ceil(mine - now), true)
    booked = 1
  else
    -- Due: bookings due before it take their units first, then it; else it waits for its own departure.
    local ahead = redis.call('ZCOUNT', KEYS[14], '-inf', '(' .. mine)
    local need = appCount + iwaiting + ahead + 1 - batchCap
    if need > 0 then
      local d = departure(need - 1)
      local ms = pace
      if d ~= nil and d > now then ms = d - now end
      ms = math.max(1, math.ceil(ms))
      block(ms, true)
      redis.call('ZADD', KEYS[15], now + ms + margin, bookingId)
      booked = 1
    else
      grantedBooking = true
    end
  end
elseif batch then
  local tat = tonumber(redis.call('HGET', st, 'tat') or '0')
  local slot = next_slot(appCount, tat)
  if slot > now then
    local books = tonumber(redis.call('HGET', st, 'n:' .. owner) or '0')
    local wanted = want_of_other()
    if wanted ~= nil then
      -- Another process waits for this organisation's next turn: book it for that one; ask again a slot
      -- later (by then this process registers its own want).
      if books < maxBooks then
        book(wanted, slot, tat)
        redis.call('HDEL', st, 'w:' .. owner)
      end
      block(math.max(1, math.ceil(pace)), true)
    elseif books >= maxBooks then
      -- Its organisation holds its turns already (another process): the next one is booked for this one.
      local last = tonumber(redis.call('HGET', st, 's:' .. owner) or now)
      local ms = math.max(1, math.ceil(math.max(last, now) - now + pace))
      redis.call('HSET', st, 'w:' .. owner, waiterId .. '|' .. (now + ms + margin) .. '|' .. bookingId)
      keep_alive(st)
      block(ms, true)
    else
      clear_own_want()
      book(bookingId, slot, tat)
      block(math.max(1, math.ceil(slot - now)), true)
      booked = 1
    end
  end
else
  local w, blocked = window_wait(KEYS[7], appCount, appLimit)
  block(w, blocked)
  if blocked and tenant and interactive then
    -- Waiting at the app: batch leaves it the reserve and its unit (registration lapses by itself).
    redis.call('ZADD', KEYS[17], now + (w or 0) + margin, callId)
    keep_alive(KEYS[17])
  end
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
  return {0, waitMs or -1, minuteCount, dayCount, inFlight, appCount, now, booked}
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
  if paceAt ~= nil then
    if burstLeft > 0 and now < paceAt - paceMs / 2 then
      burstLeft = burstLeft - 1
    else
      burstLeft = 0
      paceAt = math.max(paceAt, now - paceMs) + paceMs
    end
    redis.call('HSET', KEYS[11], 'pt', string.format('%.3f', paceAt), 'pb', burstLeft)
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
appCount = appCount + 1
local nextMs = -1
if batch then
  local tat = tonumber(redis.call('HGET', st, 'tat') or '0')
  if grantedBooking then
    drop_booking(bookingId)
  else
    tat = math.max(tat, now) + pace
    redis.call('HSET', st, 'tat', tat)
    keep_alive(st)
  end
  clear_own_want()
  local chainId = ARGV[21] or ''
  local wanted = want_of_other()
  if chainId ~= '' or wanted ~= nil then
    -- The organisation's next turn, booked now: for another process waiting for it, else for the next
    -- call queued here, so a busy organisation needs one round trip per call (0: it may ask at once).
    local slot = next_slot(appCount, tat)
    if slot <= now then
      if chainId ~= '' then nextMs = 0 end
    elseif tonumber(redis.call('HGET', st, 'n:' .. owner) or '0') < maxBooks then
      if wanted ~= nil then
        book(wanted, slot, tat)
        redis.call('HDEL', st, 'w:' .. owner)
      else
        book(chainId, slot, tat)
        nextMs = math.max(1, math.ceil(slot - now))
      end
    end
  end
elseif tenant and interactive then
  redis.call('ZREM', KEYS[17], callId)
  redis.call('ZADD', KEYS[16], now, callId)
  keep_alive(KEYS[16])
end
return {1, 0, minuteCount, dayCount, inFlight, appCount, now, nextMs}
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

/**
 * Gives up a batch booking nobody will redeem (its calls were cancelled, or the engine closed), so the
 * organisation's turn is not held until the booking lapses. KEYS: the app's admission state, bookings,
 * lapses (RedisKeys.admission). ARGV: 1 booking id, 2 its organisation (a want registered under the id goes too).
 */
export const RELEASE_BOOKING = new LuaScript(
  'release-booking',
  `
local want = redis.call('HGET', KEYS[1], 'w:' .. ARGV[2])
if want and string.sub(want, -(#ARGV[1] + 1)) == '|' .. ARGV[1] then redis.call('HDEL', KEYS[1], 'w:' .. ARGV[2]) end
if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZREM', KEYS[3], ARGV[1])
local of = redis.call('HGET', KEYS[1], 'o:' .. ARGV[1])
redis.call('HDEL', KEYS[1], 'o:' .. ARGV[1])
if of and redis.call('HINCRBY', KEYS[1], 'n:' .. of, -1) <= 0 then redis.call('HDEL', KEYS[1], 'n:' .. of, 's:' .. of) end
return 1
`,
);
