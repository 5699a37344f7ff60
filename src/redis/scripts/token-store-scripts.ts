import { LuaScript } from '../lua-script.js';

/**
 * One hash per account holds every role's record: `<role>.v` is the version, `<role>.d` the record and
 * `<role>.t` the last version of a deleted record (a tombstone), so a re-created record continues the count
 * and a writer holding a version from before the delete can never land. One key per account makes `list`
 * a single HGETALL, keeps every script single-key (so they also run on Redis Cluster) and lets one TTL
 * cover the account.
 */

/**
 * Compare-and-set. KEYS: account hash. ARGV: role, expected version ('' = must be absent), record, ttl ms.
 * Returns {1, newVersion} or {0, currentVersion|false, currentRecord|false}.
 */
export const PUT_CONNECTION = new LuaScript(
  'put-connection',
  `
local vField = ARGV[1] .. '.v'
local dField = ARGV[1] .. '.d'
local tField = ARGV[1] .. '.t'
local current = redis.call('HGET', KEYS[1], vField)
if (ARGV[2] == '' and current) or (ARGV[2] ~= '' and current ~= ARGV[2]) then
  if current then
    return {0, current, redis.call('HGET', KEYS[1], dField)}
  end
  return {0, false, false}
end
local version = (tonumber(current) or tonumber(redis.call('HGET', KEYS[1], tField)) or 0) + 1
redis.call('HSET', KEYS[1], vField, version, dField, ARGV[3])
redis.call('HDEL', KEYS[1], tField)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {1, version}
`,
);

/**
 * Delete, optionally only at a given version; leaves a tombstone. KEYS: account hash.
 * ARGV: role, expected version ('' = any). Returns 1 when deleted.
 */
export const DELETE_CONNECTION = new LuaScript(
  'delete-connection',
  `
local vField = ARGV[1] .. '.v'
local current = redis.call('HGET', KEYS[1], vField)
if not current then return 0 end
if ARGV[2] ~= '' and current ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], vField, ARGV[1] .. '.d')
redis.call('HSET', KEYS[1], ARGV[1] .. '.t', current)
return 1
`,
);
