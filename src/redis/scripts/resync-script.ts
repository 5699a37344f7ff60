import { LuaScript } from '../lua-script.js';
import { OUTSIDE_LUA } from './outside-lua.js';

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
 * Under a known fixed window a report also discounts our calls Xero answered with a higher count than it
 * (fewer remaining): within one fixed window Xero's count only grows, so those arrived after it or in an
 * earlier window (ArrivalLedger.notSeenBy). Sorted set KEYS[11] keeps each call's own report, scored by
 * when it was read, as member `remaining:id` (one per call).
 * KEYS: 1 minute, 2 day, 3 app minute, 4 reported, 5 inFlight, 6 app reported, 7 starts, 8 app starts,
 *       9 answered, 10 refused, 11 the calls' reports
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
local function learn(key, remaining, limit, reported, prefix, inFlight, starts, from, notSeen)
  if remaining == nil or from < now - retention then return 0 end
  local proven = limit - remaining - (ours(key, inFlight, from) - (notSeen or 0))
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

-- ArrivalLedger.notSeenBy: our calls read after \`from\` (so counted by ours()) that Xero answered with
-- fewer remaining than \`remaining\`; valid only under a known fixed window.
local function not_seen(remaining, from)
  local n = 0
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[11], '(' .. from, '+inf')) do
    local left = tonumber(string.match(member, '^(%d+):'))
    if left ~= nil and left < remaining then n = n + 1 end
  end
  return n
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
    -- This call's own report (once per call, for a call of ours): evidence for later reports.
    if callId ~= '' and redis.call('ZSCORE', KEYS[7], callId) and not redis.call('ZSCORE', KEYS[9], callId) then
      redis.call('ZREMRANGEBYSCORE', KEYS[11], '-inf', now - retention)
      redis.call('ZADD', KEYS[11], now, minuteRemaining .. ':' .. callId)
      if redis.call('PTTL', KEYS[11]) < retention then redis.call('PEXPIRE', KEYS[11], retention * 2) end
    end
    local before = outside_value(KEYS[4], 'o', now, windowMs)
    local after = reset_after(perMinute - minuteRemaining)
    if after ~= nil and phase_reset(after, now) then fixedFirst = 1 end
    local plo, phi = phase_get()
    local from = rollingFrom
    local notSeen = 0
    if plo ~= nil and phi ~= nil then
      local j = math.floor((sentAt - phi) / minuteMs)
      from = math.max(from, plo + j * minuteMs - tolerance)
      notSeen = not_seen(minuteRemaining, from)
    end
    minuteOutside = learn(KEYS[1], minuteRemaining, perMinute, KEYS[4], 'o', KEYS[5], KEYS[7], from, notSeen)
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
