import type { z } from 'zod';
import { InvalidArgumentError } from '../../errors/configuration-error.js';

/** Validates a filter or argument; failures name each field and nothing is sent. */
export function validateArgument<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || what,
    message: i.message,
  }));
  throw new InvalidArgumentError(
    `Invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );
}
