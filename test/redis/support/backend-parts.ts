import type { BackendParts, XeroBackend } from '../../../src/contracts/backend.js';
import type { XeroLimits } from '../../../src/limits/limits-engine.js';
import { type Logger, silentLogger } from '../../../src/logger.js';
import { DEFAULT_INTERACTIVE_RESERVE, DEFAULT_LIMITS } from '../../../src/options.js';
import { createTimeScale } from '../../../src/time-scale.js';

/** The host configuration a test without a host attaches a backend with (what a host would pass). */
export interface TestHostConfig {
  timeScale?: number | undefined;
  /** Overrides of Xero's standard limits, by client id. */
  limitsFor?: ((clientId: string) => Partial<XeroLimits>) | undefined;
  interactiveReserve?: number | undefined;
  logger?: Logger | undefined;
}

/**
 * A backend's parts for a test that drives them without a host (one call stands for one process's host):
 * what `new XeroConnections({ backend })` would attach with the same configuration.
 */
export function attachParts(backend: XeroBackend, config: TestHostConfig = {}): BackendParts {
  return backend.attach({
    timeScale: createTimeScale(config.timeScale ?? 1),
    limitsFor: (clientId) => ({ ...DEFAULT_LIMITS, ...definedOnly(config.limitsFor?.(clientId) ?? {}) }),
    interactiveReserve: config.interactiveReserve ?? DEFAULT_INTERACTIVE_RESERVE,
    logger: config.logger ?? silentLogger,
  });
}

/**
 * The backend as a host gets it, optionally with some parts wrapped (fault injection, witnesses), and the
 * parts the host attached, for the test to look inside. The host still builds every part from its own
 * configuration.
 */
export function observedBackend(
  backend: XeroBackend,
  change: (parts: BackendParts) => Partial<Omit<BackendParts, 'close'>> = () => ({}),
): { backend: XeroBackend; parts(): BackendParts } {
  let attached: BackendParts | undefined;
  return {
    backend: {
      attach(context) {
        const parts = backend.attach(context);
        attached = parts;
        return { ...parts, ...change(parts), close: () => parts.close() };
      },
    },
    parts() {
      if (attached === undefined) throw new Error('no host attached this backend yet');
      return attached;
    },
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
