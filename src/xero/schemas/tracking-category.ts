import { z } from 'zod';

export const trackingOptionSchema = z.looseObject({
  TrackingOptionID: z.string().optional(),
  Name: z.string().optional(),
  Status: z.string().optional(),
  TrackingCategoryID: z.string().optional(),
});

export type TrackingOption = z.output<typeof trackingOptionSchema>;

/** A tracking category and its options (`GET /TrackingCategories`). */
export const trackingCategorySchema = z.looseObject({
  TrackingCategoryID: z.string().optional(),
  Name: z.string().optional(),
  Status: z.string().optional(),
  Options: z.array(trackingOptionSchema).optional(),
});

export type TrackingCategory = z.output<typeof trackingCategorySchema>;
