import { XeroApiError } from '../../errors/api-errors.js';
import type { CallOptions } from '../call-options.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Organisation, organisationSchema } from '../schemas/organisation.js';
import type { EndpointCaller } from './endpoint-caller.js';

const organisationsEnvelope = envelopeSchema('Organisations', organisationSchema);

/** The connected organisation: `GET /Organisation`. */
export class OrganisationEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  async get(options?: CallOptions): Promise<Organisation> {
    const call = this.#caller.check(options);
    const response = await this.#caller.send({ method: 'GET', path: '/Organisation' }, call, undefined);
    const organisation = parseResponse(organisationsEnvelope, response).Organisations[0];
    if (organisation === undefined)
      throw new XeroApiError('Xero returned no organisation', { ...response.meta });
    return organisation;
  }
}
