import { type ConnectionPool, ROLE_INFO, ROLES } from '@wise-pay/xero-connections';
import { bar, count, pad, type Style, seconds } from './format.js';
import type { WorkloadProgress } from './workload.js';

export interface ProgressViewOptions {
  pool: ConnectionPool;
  progress: WorkloadProgress;
  callsPerRole: number;
  /** Real ms one Xero minute lasts at the demo's time scale. */
  xeroMinuteMs: number;
  /** 429s Xero (the simulator) answered since the run began. */
  http429: () => number;
  style: Style;
}

/**
 * The live block: per role, calls done and the state of the connection that carries it (queued, in
 * flight, and the minute and day budget the SDK knows is left, from `pool.metrics()`).
 */
export function progressLines(o: ProgressViewOptions, startedAt: number): string[] {
  const elapsed = performance.now() - startedAt;
  const metrics = o.pool.metrics();
  const lines = [
    `  ${o.style.bold(pad(seconds(elapsed), 7, 'right'))} elapsed = ${(elapsed / o.xeroMinuteMs).toFixed(1)} Xero minutes   ` +
      `invoices created ${count(o.progress.invoicesCreated)}, read ${count(o.progress.invoicesRead)}, ` +
      `payments ${count(o.progress.paymentsMade)}   429s: ${o.http429() === 0 ? o.style.green('0') : o.style.red(String(o.http429()))}`,
  ];
  lines.push(
    o.style.dim(
      `  ${pad('Role', 9)} ${pad('calls done', 34)}  ${pad('connection (app)', 26)} ${pad('queued', 6, 'right')} ${pad('running', 7, 'right')} ${pad('min left', 8, 'right')} ${pad('day left', 8, 'right')}`,
    ),
  );
  for (const role of ROLES) {
    const done = o.progress.calls[role];
    const c = metrics.connections.find((m) => m.serves.includes(role));
    const via = c === undefined ? '–' : c.role === role ? `own (${c.clientId})` : `shared (${c.clientId})`;
    lines.push(
      `  ${pad(ROLE_INFO[role].label, 9)} ${bar(done, o.callsPerRole)} ${pad(`${count(done)}/${count(o.callsPerRole)}`, 11, 'right')}  ` +
        `${pad(via, 26)} ${pad(count(c?.queued), 6, 'right')} ${pad(count(c?.inFlight), 7, 'right')} ` +
        `${pad(count(c?.minuteRemaining), 8, 'right')} ${pad(count(c?.dayRemaining), 8, 'right')}`,
    );
  }
  return lines;
}
