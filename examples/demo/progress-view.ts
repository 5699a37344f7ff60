import { type ConnectionPool, ROLE_INFO, ROLES, type Role } from '@wise-pay/xero-connections';
import { bar, count, pad, type Style, seconds } from './format.js';
import type { WorkloadProgress } from './workload.js';

export interface ProgressViewOptions {
  pool: ConnectionPool;
  progress: WorkloadProgress;
  /** Calls each role will make in this run. */
  planned: Record<Role, number>;
  /** Real ms one Xero minute lasts at the demo's time scale. */
  xeroMinuteMs: number;
  /** 429s Xero (the simulator) answered since the run began. */
  http429: () => number;
  style: Style;
  /** performance.now() when the run began. */
  startedAt: number;
}

function header(o: ProgressViewOptions): string {
  const elapsed = performance.now() - o.startedAt;
  const http429 = o.http429();
  return (
    `${pad((elapsed / o.xeroMinuteMs).toFixed(1), 4, 'right')} Xero min (${seconds(elapsed)})  ` +
    `invoices created ${count(o.progress.invoicesCreated)}, payments ${count(o.progress.paymentsMade)}, ` +
    `429s ${http429 === 0 ? o.style.green('0') : o.style.red(String(http429))}`
  );
}

/**
 * The live block on a terminal: per role, calls done and the state of the connection that carries it
 * (queued, in flight, and the minute and day budget the SDK knows is left, from `pool.metrics()`).
 */
export function progressLines(o: ProgressViewOptions): string[] {
  const metrics = o.pool.metrics();
  const lines = [
    `  ${o.style.bold(header(o))}`,
    o.style.dim(
      `  ${pad('Role', 9)} ${pad('calls done', 34)}  ${pad('connection (app)', 26)} ${pad('queued', 6, 'right')} ${pad('running', 7, 'right')} ${pad('min left', 8, 'right')} ${pad('day left', 8, 'right')}`,
    ),
  ];
  for (const role of ROLES) {
    const done = o.progress.calls[role];
    const c = metrics.connections.find((m) => m.serves.includes(role));
    const via = c === undefined ? '–' : c.role === role ? `own (${c.clientId})` : `shared (${c.clientId})`;
    lines.push(
      `  ${pad(ROLE_INFO[role].label, 9)} ${bar(done, o.planned[role])} ${pad(`${count(done)}/${count(o.planned[role])}`, 11, 'right')}  ` +
        `${pad(via, 26)} ${pad(count(c?.queued), 6, 'right')} ${pad(count(c?.inFlight), 7, 'right')} ` +
        `${pad(count(c?.minuteRemaining), 8, 'right')} ${pad(count(c?.dayRemaining), 8, 'right')}`,
    );
  }
  return lines;
}

/** One line for a log, printed once a Xero minute: the run's clock, calls done per role, work done. */
export function progressLine(o: ProgressViewOptions): string {
  const calls = ROLES.map((role) => `${ROLE_INFO[role].label} ${count(o.progress.calls[role])}`).join(', ');
  return `  ${header(o)}; calls done: ${calls} (of ${count(o.planned.wisepay)} each)`;
}
