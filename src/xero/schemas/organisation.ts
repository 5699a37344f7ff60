import { z } from 'zod';
import { xeroDate } from './common.js';

/** The connected organisation (`GET /Organisation`). `OrganisationID` equals the tenant id. */
export const organisationSchema = z.looseObject({
  OrganisationID: z.string().optional(),
  Name: z.string().optional(),
  LegalName: z.string().optional(),
  ShortCode: z.string().optional(),
  BaseCurrency: z.string().optional(),
  CountryCode: z.string().optional(),
  IsDemoCompany: z.boolean().optional(),
  OrganisationStatus: z.string().optional(),
  OrganisationType: z.string().optional(),
  Version: z.string().optional(),
  Class: z.string().optional(),
  Edition: z.string().optional(),
  Timezone: z.string().optional(),
  PaysTax: z.boolean().optional(),
  FinancialYearEndDay: z.number().optional(),
  FinancialYearEndMonth: z.number().optional(),
  CreatedDateUTC: xeroDate.optional(),
});

export type Organisation = z.output<typeof organisationSchema>;
