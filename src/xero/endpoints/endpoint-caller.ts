import type { CallOptions } from '../call-options.js';
import type { XeroRequest, XeroResponse } from '../call-pipeline.js';

/** What typed endpoints need from a role client: one call through the pipeline. */
export interface EndpointCaller {
  request<T = unknown>(request: XeroRequest, options?: CallOptions): Promise<XeroResponse<T>>;
}
