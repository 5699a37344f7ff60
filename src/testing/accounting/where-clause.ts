/**
 * A small subset of Xero's `where` language: comparisons joined by AND/OR (no parentheses), e.g.
 * `Status=="AUTHORISED" AND Type=="ACCREC"`, `Name.Contains("Bay")`, `Date >= DateTime(2024, 01, 31)`,
 * `Contact.ContactID==Guid("…")`, `AmountDue > 100`. Anything else is rejected by name, so a client
 * never believes a filter applied when the simulator ignored it.
 */

export type FieldValue = string | number | boolean;
/** Lower-cased field name → how to read it from a record. */
export type FieldMap<T> = Readonly<Record<string, (record: T) => FieldValue>>;

export type WherePredicate<T> = (record: T) => boolean;

export type WhereParseResult<T> = { ok: true; predicate: WherePredicate<T> } | { ok: false; message: string };

type Operator = '==' | '!=' | '>' | '>=' | '<' | '<=' | 'contains' | 'startswith' | 'endswith';

const COMPARISON =
  /^\s*([A-Za-z][\w.]*?)\s*(==|!=|>=|<=|>|<)\s*(?:"([^"]*)"|Guid\(\s*"([^"]*)"\s*\)|DateTime\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)|([\w.-]+))\s*$/i;
const METHOD_CALL = /^\s*([A-Za-z][\w.]*?)\.(Contains|StartsWith|EndsWith)\(\s*"([^"]*)"\s*\)\s*$/i;

export function parseWhere<T>(where: string, fields: FieldMap<T>): WhereParseResult<T> {
  const groups: WherePredicate<T>[][] = [];
  for (const orPart of splitOutsideQuotes(where, /^(\s+OR\s+|\s*\|\|\s*)/i)) {
    const group: WherePredicate<T>[] = [];
    for (const clause of splitOutsideQuotes(orPart, /^(\s+AND\s+|\s*&&\s*)/i)) {
      const parsed = parseClause(clause, fields);
      if (!parsed.ok) return parsed;
      group.push(parsed.predicate);
    }
    groups.push(group);
  }
  return { ok: true, predicate: (record) => groups.some((group) => group.every((test) => test(record))) };
}

const ID_EQUALS = /^\s*([A-Za-z][\w.]*?)\s*==\s*(?:Guid\(\s*"([^"]*)"\s*\)|"([^"]*)")\s*$/i;

/**
 * The ids of a `where` that only selects records by id (`PaymentID==Guid("a") OR PaymentID==Guid("b")`,
 * how a client reads payments by id, /Payments having no `IDs`), so the list can use the id index instead
 * of testing every record against every clause. Undefined for any other where.
 */
export function idsSelectedBy(where: string, idField: string): string[] | undefined {
  const ids: string[] = [];
  for (const part of splitOutsideQuotes(where, /^(\s+OR\s+|\s*\|\|\s*)/i)) {
    const match = ID_EQUALS.exec(part);
    if (match === null || (match[1] ?? '').toLowerCase() !== idField) return undefined;
    ids.push(match[2] ?? match[3] ?? '');
  }
  return ids;
}

function parseClause<T>(clause: string, fields: FieldMap<T>): WhereParseResult<T> {
  let field: string;
  let operator: Operator;
  let value: FieldValue;
  const call = METHOD_CALL.exec(clause);
  const comparison = call === null ? COMPARISON.exec(clause) : null;
  if (call !== null) {
    field = call[1] ?? '';
    operator = (call[2] ?? '').toLowerCase() as Operator;
    value = call[3] ?? '';
  } else if (comparison !== null) {
    field = comparison[1] ?? '';
    operator = comparison[2] as Operator;
    if (comparison[5] !== undefined) {
      value = Date.UTC(Number(comparison[5]), Number(comparison[6]) - 1, Number(comparison[7]));
    } else {
      const raw = comparison[3] ?? comparison[4] ?? comparison[8] ?? '';
      const bare = comparison[8];
      value =
        bare === undefined
          ? raw
          : /^(true|false)$/i.test(bare)
            ? bare.toLowerCase() === 'true'
            : Number.isFinite(Number(bare))
              ? Number(bare)
              : bare;
    }
  } else {
    return { ok: false, message: `the where clause '${clause.trim()}' is not supported by the simulator` };
  }
  const read = fields[field.toLowerCase()];
  if (read === undefined) {
    return {
      ok: false,
      message: `the where clause '${clause.trim()}' filters on '${field}', which the simulator does not support here (supported: ${Object.keys(fields).join(', ')})`,
    };
  }
  return { ok: true, predicate: (record) => compare(read(record), operator, value) };
}

function compare(actual: FieldValue, operator: Operator, expected: FieldValue): boolean {
  if (typeof actual === 'string' || typeof expected === 'string') {
    const a = String(actual).toLowerCase();
    const b = String(expected).toLowerCase();
    switch (operator) {
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case 'contains':
        return a.includes(b);
      case 'startswith':
        return a.startsWith(b);
      case 'endswith':
        return a.endsWith(b);
      default:
        return ordered(a.localeCompare(b), operator);
    }
  }
  if (operator === '==') return actual === expected;
  if (operator === '!=') return actual !== expected;
  return ordered(Number(actual) - Number(expected), operator);
}

function ordered(difference: number, operator: Operator): boolean {
  switch (operator) {
    case '>':
      return difference > 0;
    case '>=':
      return difference >= 0;
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    default:
      return false;
  }
}

/** Splits on a separator that is not inside a "quoted" string. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '"') quoted = !quoted;
    if (!quoted) {
      const match = separator.exec(text.slice(i));
      if (match !== null && current.trim() !== '') {
        parts.push(current);
        current = '';
        i += match[0].length;
        continue;
      }
    }
    current += char;
    i++;
  }
  parts.push(current);
  return parts;
}
