/** A one-shot failure queued by `failNext` / `malformedNext`. */
interface QueuedFault {
  remaining: number;
  status: number;
  pathPrefix: string | undefined;
}

/**
 * Faults injected through the control API. Durations are real ms (not scaled): a test asks for "an outage
 * of 200 ms", not "of 40 Xero seconds".
 */
export class Faults {
  private apiOutageUntil = 0;
  private identityOutageUntil = 0;
  private readonly offlineUntil = new Map<string, number>();
  private readonly failures: QueuedFault[] = [];
  private readonly malformed: QueuedFault[] = [];
  private loseNextToken = false;
  latencyMs: number;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
  }

  outage(target: { api: boolean; identity: boolean }, durationMs: number, now: number): void {
    if (target.api) this.apiOutageUntil = now + durationMs;
    if (target.identity) this.identityOutageUntil = now + durationMs;
  }

  isApiDown(now: number): boolean {
    return now < this.apiOutageUntil;
  }

  isIdentityDown(now: number): boolean {
    return now < this.identityOutageUntil;
  }

  organisationOffline(tenantId: string, durationMs: number, now: number): void {
    this.offlineUntil.set(tenantId, now + durationMs);
  }

  isOffline(tenantId: string, now: number): boolean {
    if (this.offlineUntil.size === 0) return false;
    const until = this.offlineUntil.get(tenantId);
    if (until === undefined) return false;
    if (now < until) return true;
    this.offlineUntil.delete(tenantId);
    return false;
  }

  failNext(count: number, status: number, pathPrefix: string | undefined): void {
    this.failures.push({ remaining: count, status, pathPrefix });
  }

  malformedNext(count: number, pathPrefix: string | undefined): void {
    this.malformed.push({ remaining: count, status: 200, pathPrefix });
  }

  /** The status to fail this request with, if a queued failure matches one of its paths. */
  takeFailure(paths: readonly string[]): number | undefined {
    return take(this.failures, paths)?.status;
  }

  /** Whether this request should get a broken JSON body. */
  takeMalformed(paths: readonly string[]): boolean {
    return take(this.malformed, paths) !== undefined;
  }

  loseNextTokenResponse(): void {
    this.loseNextToken = true;
  }

  /** Consumes the "lose the next token response" flag. */
  takeLostTokenResponse(): boolean {
    const lose = this.loseNextToken;
    this.loseNextToken = false;
    return lose;
  }

  clear(): void {
    this.apiOutageUntil = 0;
    this.identityOutageUntil = 0;
    this.offlineUntil.clear();
    this.failures.length = 0;
    this.malformed.length = 0;
    this.loseNextToken = false;
  }
}

function take(queue: QueuedFault[], paths: readonly string[]): QueuedFault | undefined {
  if (queue.length === 0) return undefined;
  const i = queue.findIndex(
    (f) => f.pathPrefix === undefined || paths.some((p) => p.startsWith(f.pathPrefix as string)),
  );
  if (i < 0) return undefined;
  const fault = queue[i] as QueuedFault;
  fault.remaining--;
  if (fault.remaining <= 0) queue.splice(i, 1);
  return fault;
}
