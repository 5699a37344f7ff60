/**
 * `GET` and `PUT /<Collection>/{id}/History`: a record's history and notes. Notes added through the API are
 * kept per record (newest first on the way out, as Xero lists them) and credited to the calling app.
 */
import { asElement, readBatch, stringField } from './batch-write.js';
import type { AccountingResponse } from './contract.js';
import { extraResources } from './extra-resources.js';
import { historyEntryToWire } from './extra-wire-format.js';
import type { OrganisationState } from './records.js';
import { okEnvelope, type ResponseContext, validationException } from './responses.js';
import { isoDateString, msDate } from './xero-dates.js';

/** Xero's documented maximum length of a note's Details. */
const MAX_NOTE_LENGTH = 2500;

export function readHistory(
  state: OrganisationState,
  ctx: ResponseContext,
  recordId: string,
): AccountingResponse {
  const entries = extraResources(state).history.get(recordId.toLowerCase()) ?? [];
  return okEnvelope(ctx, 'HistoryRecords', [...entries].reverse().map(historyEntryToWire));
}

/** Adds every note of `{ HistoryRecords: [{ Details }] }`, or none when one is invalid (a 400 naming it). */
export function addHistoryNotes(
  state: OrganisationState,
  ctx: ResponseContext,
  recordId: string,
  body: unknown,
): AccountingResponse {
  const batch = readBatch(body, 'HistoryRecords');
  if (!batch.ok) return batch.response;
  const notes: string[] = [];
  const invalid = batch.elements.flatMap((raw) => {
    const element = asElement(raw) ?? {};
    const details = stringField(element, 'Details')?.trim();
    if (details === undefined || details === '') {
      return [{ element, errors: [{ Message: 'Details must be specified for a history note' }] }];
    }
    if (details.length > MAX_NOTE_LENGTH) {
      return [{ element, errors: [{ Message: `Details must be ${MAX_NOTE_LENGTH} characters or fewer` }] }];
    }
    notes.push(details);
    return [];
  });
  if (batch.elements.length === 0) {
    return validationException([
      { element: {}, errors: [{ Message: 'At least one HistoryRecord must be specified' }] },
    ]);
  }
  if (invalid.length > 0) return validationException(invalid);
  const { history } = extraResources(state);
  const key = recordId.toLowerCase();
  const entries = history.get(key) ?? [];
  history.set(key, entries);
  for (const details of notes)
    entries.push({ changes: 'Note', details, user: ctx.providerName, at: ctx.now });
  return okEnvelope(
    ctx,
    'HistoryRecords',
    notes.map((details) => ({
      DateUTC: msDate(ctx.now),
      DateUTCString: isoDateString(ctx.now),
      Details: details,
      ValidationErrors: [],
    })),
  );
}
