/**
 * `npm run torture`: the SDK against Xero at its worst, all on loopback against the simulator, time scaled.
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379). Progress goes to stderr; the LAST line of stdout
 * is one JSON object:
 *   killTrials         SIGKILLs delivered to worker processes in the middle of refreshes and payment writes
 *                      (Redis backend and encrypted file store)                                  floor ≥ 200
 *   lostRotations      connections whose stored refresh token Xero no longer accepts afterwards     floor 0
 *   reconnectsNeeded   connections marked broken / needing consent afterwards                       floor 0
 *   outage             { queued, completed, failed, brokenMarked }: 200 calls queued through a 5-Xero-minute
 *                      outage of API and identity, deadlines past its end          floors failed 0, brokenMarked 0
 *   fewerSlots         { calls, failed, http429 }: Xero allows 3 in flight, the SDK assumes 5, 50 ms calls
 *                                                                     floors failed 0, http429 ≤ 5 % of calls
 *   duplicatePayments  payments beyond the first for one work item, from the simulator's records    floor 0
 * Exit code 1 when a floor is missed (or a work item was left unpaid), 2 when the run could not start.
 * Options (env): TORTURE_KILLS (default 240: the kill trials stop there, or after 300 s, whichever comes
 * first), TORTURE_ONLY=kill,outage,slots (default all). The whole run stays under 8 minutes.
 */
import { CleanupRegistry, log } from './torture/common.js';
import { type FewerSlotsResult, runFewerSlots } from './torture/fewer-slots.js';
import { runKillTrials } from './torture/kill-trials.js';
import { type OutageResult, runOutage } from './torture/outage.js';
import { probeRedis } from './torture/redis.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const KILLS = Number(process.env.TORTURE_KILLS ?? 240);
const ONLY = new Set((process.env.TORTURE_ONLY ?? 'kill,outage,slots').split(',').map((s) => s.trim()));
const KILL_FLOOR = 200;

const cleanup = new CleanupRegistry();
cleanup.installSignalHandlers();
const startedAt = Date.now();

const problem = ONLY.has('kill') ? await probeRedis(REDIS_URL) : undefined;
if (problem !== undefined) {
  log(
    'main',
    `no Redis at ${REDIS_URL} (${problem}); start one (redis-server --daemonize yes --save "" --appendonly no) or set REDIS_URL`,
  );
  process.exit(2);
}

let exitCode = 0;
const result = {
  killTrials: 0,
  lostRotations: 0,
  reconnectsNeeded: 0,
  outage: { queued: 0, completed: 0, failed: 0, brokenMarked: 0 } as OutageResult,
  fewerSlots: { calls: 0, failed: 0, http429: 0 } as FewerSlotsResult,
  duplicatePayments: 0,
};
const missed: string[] = [];
try {
  if (ONLY.has('kill')) {
    const kills = await runKillTrials({ redisUrl: REDIS_URL, kills: KILLS, budgetMs: 300_000, cleanup });
    result.killTrials = kills.killTrials;
    result.lostRotations = kills.lostRotations;
    result.reconnectsNeeded = kills.reconnectsNeeded;
    result.duplicatePayments = kills.duplicatePayments;
    if (kills.killTrials < KILL_FLOOR) missed.push(`killTrials ${kills.killTrials} < ${KILL_FLOOR}`);
    if (kills.lostRotations > 0) missed.push(`lostRotations ${kills.lostRotations} > 0`);
    if (kills.reconnectsNeeded > 0) missed.push(`reconnectsNeeded ${kills.reconnectsNeeded} > 0`);
    if (kills.duplicatePayments > 0) missed.push(`duplicatePayments ${kills.duplicatePayments} > 0`);
    if (kills.unpaidItems > 0) missed.push(`${kills.unpaidItems} work items never paid (a dropped write)`);
  }
  if (ONLY.has('outage')) {
    result.outage = await runOutage(cleanup);
    if (result.outage.failed > 0) missed.push(`outage.failed ${result.outage.failed} > 0`);
    if (result.outage.brokenMarked > 0) missed.push(`outage.brokenMarked ${result.outage.brokenMarked} > 0`);
  }
  if (ONLY.has('slots')) {
    result.fewerSlots = await runFewerSlots(cleanup);
    const { calls, failed, http429 } = result.fewerSlots;
    if (failed > 0) missed.push(`fewerSlots.failed ${failed} > 0`);
    if (http429 > calls * 0.05) missed.push(`fewerSlots.http429 ${http429} > 5 % of ${calls}`);
  }
} catch (error) {
  log('main', `the run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  missed.push('the run did not complete');
} finally {
  await cleanup.runAll();
}
if (missed.length > 0) {
  log('main', `floors missed: ${missed.join('; ')}`);
  exitCode = 1;
}
log('main', `done in ${Math.round((Date.now() - startedAt) / 1000)} s`);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(exitCode);
