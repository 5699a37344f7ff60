/**
 * The parent's handle on the work bench's simulator process (bench/support/work-simulator-child.ts): the
 * URLs, the consent step, setup straight into an organisation's model, and what the simulator's own request
 * log and records show — the bench's figures come from here, not from the SDK's view of its calls.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { XeroConnections } from '../../src/host.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { Role } from '../../src/roles.js';
import type { OrganisationSeed, XeroSimulatorOptions } from '../../src/testing/index.js';

export interface WorkSimulatorArgs {
  /** Simulator options (organisations, users, control HTTP and the log size are set by the child). */
  sim: Omit<XeroSimulatorOptions, 'organisations' | 'users'>;
  /** Extra organisations, each reachable by one user `bench-user`. */
  organisations: OrganisationSeed[];
}

/** One organisation's API calls in a span of time, from the simulator's request log. */
export interface LogSummary {
  httpCalls: number;
  http429: number;
  byStatus: Record<string, number>;
  /** Calls per `METHOD /api.xro/2.0/Collection`. */
  byMethod: Record<string, number>;
  /** Epoch ms of the first and last response in the span. */
  firstAt: number | undefined;
  lastAt: number | undefined;
  /** Response times (epoch ms) of the calls Xero served (status < 400), when asked for. */
  times?: number[];
}

export interface PaidCheck {
  invoices: number;
  /** Invoices with exactly one payment carrying the run's reference. */
  paidOnce: number;
  paidMoreThanOnce: number;
  unpaid: number;
  /** Invoices whose AmountDue is not 0. */
  stillOwing: number;
}

const SCRIPT = fileURLToPath(new URL('./work-simulator-child.ts', import.meta.url));

export class WorkSimulator {
  #next = 1;
  readonly #pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly identityUrl: string,
    readonly apiUrl: string,
  ) {
    child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.#pending.get(m.id);
      if (waiter === undefined) return;
      this.#pending.delete(m.id);
      if (m.error !== undefined) waiter.reject(new Error(m.error));
      else waiter.resolve(m.result);
    });
    // A simulator that dies mid-run fails what waits on it instead of hanging the bench.
    child.once('exit', (code) => {
      for (const waiter of this.#pending.values())
        waiter.reject(new Error(`work simulator exited with ${code}`));
      this.#pending.clear();
    });
  }

  static async start(args: WorkSimulatorArgs): Promise<WorkSimulator> {
    // stdout goes to our stderr: the bench's stdout ends with its JSON line and nothing else.
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(args)], {
      stdio: ['ignore', 2, 'inherit', 'ipc'],
    });
    const ready = await new Promise<{ url: string; identityUrl: string; apiUrl: string }>(
      (resolve, reject) => {
        child.once('message', (m: { result: { url: string; identityUrl: string; apiUrl: string } }) =>
          resolve(m.result),
        );
        child.once('exit', (code) => reject(new Error(`work simulator exited with ${code}`)));
      },
    );
    return new WorkSimulator(child, ready.url, ready.identityUrl, ready.apiUrl);
  }

  request<T>(op: string, args: unknown = {}): Promise<T> {
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      if (this.child.exitCode !== null) return reject(new Error('work simulator has exited'));
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, op, args });
    });
  }

  /** The real connect flow for `role`, the simulator's scripted consent picking `tenantId`. */
  async connect(host: XeroConnections, pool: ConnectionPool, role: Role, tenantId: string): Promise<void> {
    const { authorizationUrl } = await pool.beginConnect(role);
    const redirectUrl = await this.request<string>('approve', { authorizationUrl, tenantId });
    const result = await host.completeConnect(redirectUrl);
    if (result.status !== 'connected') throw new Error(`connect ended in ${result.status}`);
  }

  seedPayable(tenantId: string, count: number, reference: string) {
    return this.request<Array<{ InvoiceID: string; AmountDue: number }>>('seedPayable', {
      tenantId,
      count,
      reference,
    });
  }

  change(tenantId: string, count: number): Promise<string[]> {
    return this.request('change', { tenantId, count });
  }

  /** One organisation's API calls since `from` (epoch ms), optionally of one app only. */
  log(
    tenantId: string,
    from: number,
    o: { to?: number; clientId?: string; withTimes?: boolean } = {},
  ): Promise<LogSummary> {
    return this.request('log', { tenantId, from, ...o });
  }

  paid(tenantId: string, ids: string[], reference: string): Promise<PaidCheck> {
    return this.request('paid', { tenantId, ids, reference });
  }

  invoiceCount(tenantId: string): Promise<number> {
    return this.request('invoiceCount', { tenantId });
  }

  invoiceIds(tenantId: string, count: number): Promise<string[]> {
    return this.request('invoiceIds', { tenantId, count });
  }

  contactIds(tenantId: string): Promise<string[]> {
    return this.request('contactIds', { tenantId });
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.disconnect();
      setTimeout(() => this.child.kill('SIGTERM'), 3000).unref();
    });
  }
}
