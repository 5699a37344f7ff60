import { XeroApiError } from '../../errors/api-errors.js';
import type { CallOptions } from '../call-options.js';
import { parseResponse } from '../response-parsing.js';
import { envelopeSchema } from '../schemas/common.js';
import { type Organisation, organisationSchema } from '../schemas/organisation.js';
import type { EndpointCaller } from './endpoint-caller.js';

const organisationsEnvelope = envelopeSchema('Organisations', organisationSchema);

/** The connected organisation: `GET /Organisation`. */
export class OrganisationEndpoint {
  constructor(private readonly caller: EndpointCaller) {}

  async get(options?: CallOptions): Promise<Organisation> {
    const response = await this.caller.request({ method: 'GET', path: '/Organisation' }, options);
    const organisation = parseResponse(organisationsEnvelope, response).Organisations[0];
    if (organisation === undefined)
      throw new XeroApiError('Xero returned no organisation', { ...response.meta });
    return organisation;
  }
}
