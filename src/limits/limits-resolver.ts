import { checkLimits } from './engine-arguments.js';
import type { XeroLimits } from './limits-engine.js';

/**
 * An app's limits from the host's `limitsFor()`, checked once (every field a positive integer, else a
 * ConfigurationError naming the field) and then kept: apps are few and their tiers do not change while an
 * engine runs. A `limitsFor()` that throws or returns garbage is asked again next time.
 */
export class LimitsResolver {
  private readonly cache = new Map<string, XeroLimits>();

  constructor(private readonly limitsFor: (clientId: string) => XeroLimits) {}

  get(clientId: string): XeroLimits {
    let limits = this.cache.get(clientId);
    if (limits === undefined) {
      limits = checkLimits(this.limitsFor(clientId), clientId);
      this.cache.set(clientId, limits);
    }
    return limits;
  }
}
