import { ConfigurationError, InvalidArgumentError } from '../errors/configuration-error.js';
import type { ErrorContext } from '../errors/xero-connections-error.js';
import type { LimitKey, RemainingQuota, ScheduleOptions, XeroLimits } from './limits-engine.js';

/**
 * Argument checks and small conversions every LimitsEngine implementation shares (in-process and Redis),
 * so both refuse bad input with the same typed errors.
 */

/** The error context of a key: tenantless keys name only the app. */
export function contextOf(key: LimitKey): ErrorContext {
  return key.tenantId === null
    ? { clientId: key.clientId }
    : { clientId: key.clientId, tenantId: key.tenantId };
}

/** The fields of a quota that Xero actually reported. */
export function definedOnly(quota: RemainingQuota): RemainingQuota {
  const out: RemainingQuota = {};
  if (quota.minute !== undefined) out.minute = quota.minute;
  if (quota.day !== undefined) out.day = quota.day;
  if (quota.appMinute !== undefined) out.appMinute = quota.appMinute;
  return out;
}

/** Limits from a host's `limitsFor()`, checked: every field a positive integer. */
export function checkLimits(limits: XeroLimits, clientId: string): XeroLimits {
  const issues: Array<{ path: string; message: string }> = [];
  for (const field of ['concurrent', 'perMinute', 'perDay', 'appPerMinute'] as const) {
    const value = limits?.[field];
    if (!Number.isInteger(value) || (value as number) < 1) {
      issues.push({ path: `limits.${field}`, message: 'must be a positive integer' });
    }
  }
  if (issues.length > 0) {
    throw new ConfigurationError(`limitsFor() returned invalid limits for app ${clientId}`, issues);
  }
  return { ...limits };
}

export function validateKey(key: LimitKey): InvalidArgumentError | undefined {
  const issues: Array<{ path: string; message: string }> = [];
  if (typeof key?.clientId !== 'string' || key.clientId === '') {
    issues.push({ path: 'key.clientId', message: 'must be a non-empty string' });
  }
  if (key?.tenantId !== null && (typeof key?.tenantId !== 'string' || key.tenantId === '')) {
    issues.push({ path: 'key.tenantId', message: 'must be a non-empty string or null' });
  }
  return issues.length === 0
    ? undefined
    : new InvalidArgumentError(
        `invalid limit key: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
        issues,
      );
}

export function validateSchedule(
  key: LimitKey,
  options: ScheduleOptions,
  fn: unknown,
): InvalidArgumentError | undefined {
  const keyError = validateKey(key);
  if (keyError !== undefined) return keyError;
  const issues: Array<{ path: string; message: string }> = [];
  if (options?.priority !== 'interactive' && options?.priority !== 'batch') {
    issues.push({ path: 'options.priority', message: "must be 'interactive' or 'batch'" });
  }
  if (typeof options?.mayUseReserve !== 'boolean') {
    issues.push({ path: 'options.mayUseReserve', message: 'must be a boolean' });
  }
  if (options?.deadline !== undefined && !Number.isFinite(options.deadline)) {
    issues.push({ path: 'options.deadline', message: 'must be epoch milliseconds' });
  }
  const weight = options?.weight;
  if (weight !== undefined && !(typeof weight === 'number' && Number.isFinite(weight) && weight > 0)) {
    issues.push({ path: 'options.weight', message: 'must be a positive number' });
  }
  if (typeof fn !== 'function') issues.push({ path: 'fn', message: 'must be a function' });
  return issues.length === 0
    ? undefined
    : new InvalidArgumentError('invalid schedule() call', issues, contextOf(key));
}
