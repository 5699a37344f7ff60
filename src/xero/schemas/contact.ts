import { z } from 'zod';
import { batchStatusFields, xeroDate } from './common.js';

const addressSchema = z.looseObject({
  AddressType: z.string().optional(),
  AddressLine1: z.string().optional(),
  AddressLine2: z.string().optional(),
  City: z.string().optional(),
  Region: z.string().optional(),
  PostalCode: z.string().optional(),
  Country: z.string().optional(),
});

const phoneSchema = z.looseObject({
  PhoneType: z.string().optional(),
  PhoneNumber: z.string().optional(),
  PhoneAreaCode: z.string().optional(),
  PhoneCountryCode: z.string().optional(),
});

/** A Xero contact (`GET /Contacts`). Field names as in Xero's documentation; dates are `Date` objects. */
export const contactSchema = z.looseObject({
  ContactID: z.string().optional(),
  ContactNumber: z.string().optional(),
  AccountNumber: z.string().optional(),
  ContactStatus: z.string().optional(),
  Name: z.string().optional(),
  FirstName: z.string().optional(),
  LastName: z.string().optional(),
  EmailAddress: z.string().optional(),
  TaxNumber: z.string().optional(),
  IsSupplier: z.boolean().optional(),
  IsCustomer: z.boolean().optional(),
  DefaultCurrency: z.string().optional(),
  Addresses: z.array(addressSchema).optional(),
  Phones: z.array(phoneSchema).optional(),
  UpdatedDateUTC: xeroDate.optional(),
  HasValidationErrors: z.boolean().optional(),
  ...batchStatusFields,
});

export type Contact = z.output<typeof contactSchema>;

/** A contact to create or update. `ContactID` is required for updates. */
export interface ContactInput {
  ContactID?: string;
  Name?: string;
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  ContactNumber?: string;
  AccountNumber?: string;
  ContactStatus?: 'ACTIVE' | 'ARCHIVED' | 'GDPRREQUEST';
  IsSupplier?: boolean;
  IsCustomer?: boolean;
  DefaultCurrency?: string;
  TaxNumber?: string;
  /** Any other field from Xero's Contacts documentation. */
  [field: string]: unknown;
}
