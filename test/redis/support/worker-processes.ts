import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../fixtures/worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface WorkerReport {
  ok: number;
  errors: Record<string, number>;
  startedAt: number;
  finishedAt: number;
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Every JSON line the worker printed. */
  lines: Array<Record<string, unknown>>;
  report: WorkerReport | undefined;
  stderr: string;
}

/** One worker process (test/redis/fixtures/worker.ts), started, and told when to go. */
export class WorkerProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<WorkerExit>;
  private readonly lines: Array<Record<string, unknown>> = [];
  private readonly lineListeners = new Set<(line: Record<string, unknown>) => void>();

  /** `script`: another fixture speaking the same protocol (default test/redis/fixtures/worker.ts). */
  constructor(env: Record<string, string>, script: string = WORKER) {
    this.child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const text = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (text.startsWith('{')) {
          const line = JSON.parse(text) as Record<string, unknown>;
          this.lines.push(line);
          for (const listener of this.lineListeners) listener(line);
        }
        nl = buffer.indexOf('\n');
      }
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        const report = this.lines.find((l) => 'ok' in l) as WorkerReport | undefined;
        resolve({ code, signal, lines: this.lines, report, stderr });
      });
    });
    this.ready = Promise.race([
      this.waitFor((l) => l.ready === true).then(() => undefined),
      this.exited.then((exit) => {
        throw new Error(
          `worker exited before it was ready (code ${exit.code}): ${exit.stderr.slice(0, 2000)}`,
        );
      }),
    ]);
  }

  /** Resolves with the first line (past or future) that matches. */
  waitFor(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    const seen = this.lines.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const listener = (line: Record<string, unknown>) => {
        if (!match(line)) return;
        this.lineListeners.delete(listener);
        resolve(line);
      };
      this.lineListeners.add(listener);
    });
  }

  go(): void {
    this.child.stdin!.write('go\n');
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/** Starts workers, waits until all are built, then lets them go at the same moment. */
export async function startTogether(
  envs: Array<Record<string, string>>,
  script?: string,
): Promise<WorkerProcess[]> {
  const workers = envs.map((env) => new WorkerProcess(env, script));
  try {
    await Promise.all(workers.map((w) => w.ready));
  } catch (error) {
    for (const w of workers) w.kill();
    throw error;
  }
  for (const w of workers) w.go();
  return workers;
}

/** Waits for a worker to exit and insists it succeeded. */
export async function report(worker: WorkerProcess): Promise<WorkerReport> {
  const exit = await worker.exited;
  if (exit.code !== 0 || exit.report === undefined) {
    throw new Error(
      `worker failed (code ${exit.code}, signal ${exit.signal}): ${exit.stderr.slice(0, 2000)}`,
    );
  }
  return exit.report;
}
