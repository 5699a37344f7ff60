/**
 * How the work bench turns coalescing on and off, in one place: the host's `http.coalesce` switch and the
 * per-call `coalesce: false`. "off" uses both; "on" is the SDK's default.
 *
 * `available` says whether this build of the SDK has the switch at all (its options are validated
 * strictly, so an unknown one is refused): without it "on" and "off" run the same code, and the bench says
 * so in its output instead of passing a comparison off as one.
 */
import { XeroConnections } from '../../src/host.js';
import type { XeroConnectionsOptions } from '../../src/options.js';
import type { CallOptions } from '../../src/xero/call-options.js';
import { SIM_APPS } from './connect.js';

export type CoalescingMode = 'on' | 'off';

export interface CoalescingSwitch {
  readonly available: boolean;
  /** Merged into the host's options. */
  host(mode: CoalescingMode): Partial<XeroConnectionsOptions>;
  /** Merged into every call's options. */
  call(mode: CoalescingMode): CallOptions;
}

export function coalescingSwitch(): CoalescingSwitch {
  let available = true;
  try {
    const probe = new XeroConnections({
      apps: SIM_APPS,
      http: { coalesce: false },
    } as XeroConnectionsOptions);
    void probe.close();
  } catch {
    available = false;
  }
  const off = (mode: CoalescingMode) => mode === 'off' && available;
  return {
    available,
    host: (mode) => (off(mode) ? ({ http: { coalesce: false } } as Partial<XeroConnectionsOptions>) : {}),
    call: (mode) => (off(mode) ? ({ coalesce: false } as CallOptions) : {}),
  };
}
