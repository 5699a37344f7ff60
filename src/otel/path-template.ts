/**
 * The `url.template` of a Xero path: every identifier becomes `{id}`, so a span name or metric attribute
 * has a few hundred possible values (not one per invoice) and carries no value a caller put in the path.
 *
 * Xero's paths alternate collection and identifier under their API root (`/api.xro/2.0/Invoices/{id}/
 * Attachments/{id}`, `/connections/{id}`). A segment in an identifier's place stays literal only when Xero
 * names it as a constant there (`/Reports/BalanceSheet`, `/Organisation/Actions`); a segment in a
 * collection's place stays literal only when it is a plain word. Anything unexpected becomes `{id}`: a
 * template may be less precise than the route, never more revealing.
 */
export function pathTemplate(path: string): string {
  const query = path.search(/[?#]/);
  const segments = (query === -1 ? path : path.slice(0, query)).split('/').filter((s) => s !== '');
  const kept: string[] = [];
  let rest = segments;
  const first = segments[0];
  if (first !== undefined && /^api\.[a-z]+$/i.test(first)) {
    // `/api.xro/2.0`: the root and its version are literal.
    kept.push(first);
    const version = segments[1];
    if (version !== undefined) kept.push(/^\d+(\.\d+)*$/.test(version) ? version : ID);
    rest = segments.slice(2);
  }
  let parent = '';
  rest.forEach((segment, index) => {
    if (index % 2 === 0) {
      parent = WORD.test(segment) ? segment : '';
      kept.push(parent === '' ? ID : segment);
    } else {
      kept.push(LITERALS.get(parent.toLowerCase())?.has(segment.toLowerCase()) ? segment : ID);
    }
  });
  return `/${kept.join('/')}`;
}

const ID = '{id}';
const WORD = /^[A-Za-z]{1,64}$/;

/** Constant names Xero's Accounting API puts where an identifier usually goes, by the collection before them. */
const LITERALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    reports: [
      'tenninetynine',
      'agedpayablesbycontact',
      'agedreceivablesbycontact',
      'balancesheet',
      'banksummary',
      'budgetsummary',
      'executivesummary',
      'profitandloss',
      'trialbalance',
    ],
    organisation: ['actions'],
    invoicereminders: ['settings'],
  }).map(([collection, names]) => [collection, new Set(names)]),
);
