import { LuaScript } from '../lua-script.js';

/** Compare-and-delete: only the owner that set the lock may release it. KEYS: lock. ARGV: owner. */
export const RELEASE_LOCK = new LuaScript(
  'release-lock',
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`,
);
