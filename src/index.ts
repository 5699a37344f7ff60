/**
 * @wise-pay/xero-connections — connect a product to Xero at scale.
 * @packageDocumentation
 */
export * from './errors/index.js';
export type { Logger } from './logger.js';
export { silentLogger } from './logger.js';
export * from './roles.js';
