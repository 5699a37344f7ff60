import { FIXED_MEMORY_WINDOWS } from '../../limits/arrival-accounting.js';

/**
 * The learnt outside consumer of a minute window (OutsideDeficit in arrival-accounting.ts, in Lua): hash
 * fields `<p>b` (bucket = floor(now / window)), `<p>c` (largest report in it), `<p>p` and `<p>q` (in the
 * two buckets before). Prefix `o` for an (app, tenant) minute, `a` for the app minute. Under a known fixed
 * window (OutsideDeficit.observeFixed): `<p>s` the share kept across Xero's resets, `<p>a` where in Xero's
 * window (0..1) it was seen, `<p>t` when last proven; kept FIXED_MEMORY windows without a proof.
 */
export const OUTSIDE_LUA = `
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
