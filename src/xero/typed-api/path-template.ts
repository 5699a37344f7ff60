import { InvalidArgumentError } from '../../errors/configuration-error.js';

/**
 * `/Invoices/{InvoiceID}` + `{ InvoiceID }` → `/Invoices/<encoded id>`. Each value is URL-encoded as one
 * segment (a `/` or `?` in an id cannot reach another endpoint). A missing, empty or non-scalar value,
 * and a value for a parameter the template does not have, are refused naming the parameter: nothing is sent.
 */
export function fillPathTemplate(method: string, template: string, values: unknown): string {
  const where = `${method} ${template}`;
  if (values !== undefined && (typeof values !== 'object' || values === null || Array.isArray(values))) {
    throw new InvalidArgumentError(`path parameters of ${where} must be an object`, [
      { path: 'path', message: 'expected an object' },
    ]);
  }
  const given = (values ?? {}) as Record<string, unknown>;
  const names = new Set<string>();
  const filled = template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    names.add(name);
    const value = given[name];
    if (value === undefined || value === null || value === '') {
      throw new InvalidArgumentError(`path parameter ${name} of ${where} is missing`, [
        { path: `path.${name}`, message: 'required' },
      ]);
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InvalidArgumentError(`path parameter ${name} of ${where} must be a string or a number`, [
        { path: `path.${name}`, message: `got ${Array.isArray(value) ? 'array' : typeof value}` },
      ]);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new InvalidArgumentError(`path parameter ${name} of ${where} must be a finite number`, [
        { path: `path.${name}`, message: String(value) },
      ]);
    }
    return encodeURIComponent(String(value));
  });
  const unknown = Object.keys(given).filter((key) => !names.has(key) && given[key] !== undefined);
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`${where} has no path parameter ${unknown.join(', ')}`, [
      ...unknown.map((key) => ({ path: `path.${key}`, message: 'not in the path template' })),
    ]);
  }
  return filled;
}
