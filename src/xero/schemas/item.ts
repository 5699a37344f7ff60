import { z } from 'zod';
import { xeroDate } from './common.js';

const itemPriceSchema = z.looseObject({
  UnitPrice: z.number().optional(),
  AccountCode: z.string().optional(),
  COGSAccountCode: z.string().optional(),
  TaxType: z.string().optional(),
});

/** A product or service (`GET /Items`); `Code` is what line items name as `ItemCode`. */
export const itemSchema = z.looseObject({
  ItemID: z.string().optional(),
  Code: z.string().optional(),
  Name: z.string().optional(),
  Description: z.string().optional(),
  PurchaseDescription: z.string().optional(),
  IsSold: z.boolean().optional(),
  IsPurchased: z.boolean().optional(),
  IsTrackedAsInventory: z.boolean().optional(),
  InventoryAssetAccountCode: z.string().optional(),
  TotalCostPool: z.number().optional(),
  QuantityOnHand: z.number().optional(),
  SalesDetails: itemPriceSchema.optional(),
  PurchaseDetails: itemPriceSchema.optional(),
  UpdatedDateUTC: xeroDate.optional(),
});

export type Item = z.output<typeof itemSchema>;
