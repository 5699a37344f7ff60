/**
 * Time-ordered lists kept as an array read from a head index, entries of `stride` numbers whose first is
 * a time (epoch ms): dropping expired entries moves the head, and the array is copied only once its dead
 * prefix is over half of it, so pruning is O(1) amortised. Shared by the day log and the arrival ledger.
 */

/** The index of the first entry from `head` on whose time is after `cutoff` (`list.length` if none). */
export function firstAfter(list: readonly number[], head: number, stride: number, cutoff: number): number {
  let i = head;
  while (i < list.length && (list[i] as number) <= cutoff) i += stride;
  return i;
}

/**
 * The list to keep once `head` is its first live index: undefined when nothing is left (lists are made on
 * first use, so idle keys hold none), a copy from `head` once more than `slack` entries and over half of
 * it are dead, else `list` itself (the head stays where it is).
 */
export function compacted(list: number[], head: number, slack: number): number[] | undefined {
  if (head >= list.length) return undefined;
  if (head > slack && head * 2 > list.length) return list.slice(head);
  return list;
}
