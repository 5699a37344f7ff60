import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../errors/infrastructure-errors.js';

/** Bounds of the cross-process lock on one token file. */
export interface FileLockBounds {
  /** A lock whose holder stopped refreshing it (crashed, SIGKILLed) for this long is taken over. */
  staleMs: number;
  /** How long a writer waits for a held lock before failing with a StoreError. */
  waitMs: number;
}

/** What a critical section may ask of the lock it runs under. */
export interface HeldLock {
  /** Throws a StoreError if the lock may have been taken over as stale: the caller must not commit. */
  assertHeld(): void;
}

type ProperLockfile = typeof import('proper-lockfile');

/**
 * A lock file per token file (`<file>.lock`, a directory made with mkdir, which is atomic on local
 * filesystems), shared by every process and store instance on the machine. proper-lockfile refreshes the
 * lock's mtime while it is held and treats a lock not refreshed for `staleMs` as abandoned, so a holder
 * killed with SIGKILL blocks others for at most `staleMs`.
 *
 * proper-lockfile is loaded on first use, not at import: it installs process exit and signal hooks (to
 * remove held locks on exit) that hosts not using the file store should not get.
 */
export class AccountFileLocks {
  readonly #bounds: FileLockBounds;
  #library: Promise<ProperLockfile> | undefined;

  constructor(bounds: FileLockBounds) {
    this.#bounds = bounds;
  }

  /** Runs `fn` holding the lock of `file`; fails with a StoreError naming the file when it cannot be had. */
  async run<T>(file: string, accountId: string, fn: (held: HeldLock) => Promise<T>): Promise<T> {
    const library = await this.#load(file, accountId);
    let lost: Error | undefined;
    const release = await this.#acquire(library, file, accountId, (error) => {
      lost = error;
    });
    const acquiredAt = Date.now();
    // Until staleMs after its mtime was set (at acquisition; up to 1 s earlier on filesystems with
    // second-precision mtimes) nobody can take the lock over, whatever happens to its refresh timer.
    // Past that only the refresh timer keeps it, and a stalled process cannot tell: refuse to commit.
    const safeForMs = this.#bounds.staleMs - 1_000;
    const held: HeldLock = {
      assertHeld: () => {
        const heldForMs = Date.now() - acquiredAt;
        if (lost !== undefined || heldForMs >= safeForMs) {
          throw new StoreError(
            `Held the lock on token file ${file} too long to commit safely (${heldForMs} ms; it may be taken over after ${this.#bounds.staleMs} ms); nothing was written`,
            { cause: lost, accountId },
          );
        }
      },
    };
    try {
      return await fn(held);
    } finally {
      // A failed release (the lock was already lost, or rmdir failed) must not turn a committed write into
      // an error: the lock then expires as stale.
      await release().catch(() => {});
    }
  }

  #load(file: string, accountId: string): Promise<ProperLockfile> {
    this.#library ??= import('proper-lockfile').then(
      (m) => ((m as { default?: ProperLockfile }).default ?? m) as ProperLockfile,
    );
    return this.#library.catch((error: unknown) => {
      this.#library = undefined;
      throw new StoreError(`Cannot lock token file ${file}: proper-lockfile could not be loaded`, {
        cause: error,
        accountId,
      });
    });
  }

  async #acquire(
    library: ProperLockfile,
    file: string,
    accountId: string,
    onCompromised: (error: Error) => void,
  ): Promise<() => Promise<void>> {
    const deadline = Date.now() + this.#bounds.waitMs;
    let pauseMs = 5;
    for (;;) {
      try {
        return await library.lock(file, {
          lockfilePath: `${file}.lock`,
          realpath: false, // the token file may not exist yet; its path is already absolute
          stale: this.#bounds.staleMs,
          retries: 0, // the wait below is bounded by time, not by a count
          // The library's default throws from a timer (an uncaught exception): record it instead.
          onCompromised,
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
          throw new StoreError(`Cannot lock token file ${file}`, { cause: error, accountId });
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
          throw new StoreError(
            `Timed out after ${this.#bounds.waitMs} ms waiting for the lock on token file ${file} (another process or store instance is writing it); nothing was written`,
            { accountId },
          );
        }
        // Jittered backoff: contenders spread out instead of retrying in lockstep.
        await sleep(Math.min(remaining, pauseMs * (0.5 + Math.random())));
        pauseMs = Math.min(pauseMs * 2, 100);
      }
    }
  }
}
