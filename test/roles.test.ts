import { describe, expect, it } from 'vitest';
import { isRole, ROLE_INFO, ROLES, roleForTraffic } from '../src/roles.js';

describe('roles', () => {
  it('has the three typed roles, each with a label and a description for the Accounting Connections screen', () => {
    expect(ROLES).toEqual(['wisepay', 'company', 'service']);
    for (const role of ROLES) {
      expect(ROLE_INFO[role].role).toBe(role);
      expect(ROLE_INFO[role].label.length).toBeGreaterThan(0);
      expect(ROLE_INFO[role].description.length).toBeGreaterThan(20);
    }
  });

  it('routes traffic kinds as the product document says', () => {
    expect(roleForTraffic('user-action')).toBe('wisepay');
    expect(roleForTraffic('payment-batch')).toBe('wisepay');
    expect(roleForTraffic('sync')).toBe('company');
    expect(roleForTraffic('background-service')).toBe('service');
  });

  it('guards role names from outside', () => {
    expect(isRole('company')).toBe(true);
    expect(isRole('Company')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
