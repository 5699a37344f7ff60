import { z } from 'zod';

const taxComponentSchema = z.looseObject({
  Name: z.string().optional(),
  Rate: z.number().optional(),
  IsCompound: z.boolean().optional(),
  IsNonRecoverable: z.boolean().optional(),
});

/** A tax rate (`GET /TaxRates`); `TaxType` is what line items name. Rates are percents (10 = 10 %). */
export const taxRateSchema = z.looseObject({
  Name: z.string().optional(),
  TaxType: z.string().optional(),
  Status: z.string().optional(),
  ReportTaxType: z.string().optional(),
  TaxComponents: z.array(taxComponentSchema).optional(),
  CanApplyToAssets: z.boolean().optional(),
  CanApplyToEquity: z.boolean().optional(),
  CanApplyToExpenses: z.boolean().optional(),
  CanApplyToLiabilities: z.boolean().optional(),
  CanApplyToRevenue: z.boolean().optional(),
  DisplayTaxRate: z.number().optional(),
  EffectiveRate: z.number().optional(),
});

export type TaxRate = z.output<typeof taxRateSchema>;
