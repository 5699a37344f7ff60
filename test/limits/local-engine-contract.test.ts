import { createLocalLimitsEngine } from '../../src/limits/local-limits-engine.js';
import { createTimeScale } from '../../src/time-scale.js';
import { CONTRACT_TIME_SCALE, describeLimitsEngineContract } from './engine-contract.js';

describeLimitsEngineContract('in-process engine', async (setup) => {
  const limits = { concurrent: 5, perMinute: 60, perDay: 5000, appPerMinute: 10_000, ...setup.limits };
  return {
    engine: createLocalLimitsEngine({
      limitsFor: setup.limitsFor ?? (() => limits),
      timeScale: createTimeScale(CONTRACT_TIME_SCALE),
      interactiveReserve: setup.interactiveReserve,
      dayWindowMs: setup.dayWindowMs,
    }),
    cleanup: async () => {},
  };
});
