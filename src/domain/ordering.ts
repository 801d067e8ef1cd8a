/**
 * Order is a fractional-index key, never an array position: every ordered record (status, card, folder,
 * space, section, mirror) stores its own key, and lists sort by (key, id).
 *
 * Placing an item writes that item's key only, never a neighbour's. Rewriting neighbours to make room
 * would race with a peer moving one of them at the same time: one of the two writes of that neighbour's
 * place would be lost. Instead:
 *
 * - Every generated key gets a `0` and three random base-62 digits appended, so two people inserting at the
 *   same spot at once get equal keys only with negligible probability (about 1 in 230,000), and the keys
 *   grow no faster than plain fractional-indexing keys at either end of a list or at any spot inside it.
 * - When the requested neighbours do share a key anyway, the new item goes between the lower neighbour and
 *   the next distinct key above it, that is right after the whole tied run: a slightly different place
 *   than asked for, which is harmless and far better than overwriting another item's place.
 * - A key a faulty peer wrote that is not a valid fractional-indexing key reads as {@link INVALID_KEY}, so
 *   the item sorts after every valid one (then by id) and is never used as a bound when generating keys.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { DomainError } from './errors.ts';
import { newId } from './ids.ts';

export interface Keyed {
  id: string;
  key: string;
}

/**
 * What a malformed stored key reads as: above every valid key (which are ASCII), so such items sort last.
 * It is not itself a valid key and is never written.
 */
export const INVALID_KEY = '\uffff';

/** Random digits appended to every generated key; see the file header. */
const JITTER_DIGITS = 3;
/** The longest key written or accepted; see {@link isValidKey}. */
export const MAX_KEY_LENGTH = 512;
const KEY_SHAPE = new RegExp(`^[A-Za-z0-9]{1,${MAX_KEY_LENGTH}}$`);
/** fractional-indexing reserves the smallest integer (`A` and 26 zeros) and refuses it as a key. */
const SMALLEST_INTEGER = 'A' + '0'.repeat(26);

/**
 * Whether `key` is a key `fractional-indexing` accepts: an integer part whose length the head letter fixes
 * (`a`..`z` → 2..27 characters, `Z`..`A` → 2..27), then a fractional part that does not end in `0`.
 */
export function isValidKey(key: unknown): key is string {
  if (typeof key !== 'string' || !KEY_SHAPE.test(key) || key === SMALLEST_INTEGER) return false;
  const head = key.charCodeAt(0);
  let integerLength: number;
  if (head >= 97 && head <= 122) integerLength = head - 97 + 2;
  else if (head >= 65 && head <= 90) integerLength = 90 - head + 2;
  else return false;
  if (key.length < integerLength) return false;
  return key.length === integerLength || !key.endsWith('0');
}

/** `value` if it is a valid key, else {@link INVALID_KEY}: what readers put in snapshots and lists. */
export function normalizeKey(value: unknown): string {
  return isValidKey(value) ? value : INVALID_KEY;
}

/** Compares by key, then id, by UTF-16 code unit (keys are ASCII, so this is the keys' intended order). */
export function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new sorted copy. */
export function sortKeyed<T extends Keyed>(items: Iterable<T>): T[] {
  return [...items].sort(compareKeyed);
}

/** `generateKeyBetween`, with its plain errors turned into a `DomainError` (bounds are validated first). */
function plainKeyBetween(lo: string | null, hi: string | null): string {
  try {
    return generateKeyBetween(lo, hi);
  } catch (error) {
    throw new DomainError('invalid_input', 'No order key fits between these neighbours.', {
      lo,
      hi,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * The suffix appended to a key: a `0`, then random base-62 digits whose last one is not `0` (a fractional
 * part must not end in `0`). The leading `0` keeps the suffix within 1/62 of a step of the key's last
 * digit, so the room left above the new key is practically all the plain key would leave: without it, a
 * run of inserts just above one another (dropping cards one after the other before the same card) would
 * lose on average half a step per key and the keys would grow about a fifth faster than plain ones.
 */
function jitter(): string {
  let digits = newId(JITTER_DIGITS);
  while (digits.endsWith('0')) digits = newId(JITTER_DIGITS);
  return '0' + digits;
}

/**
 * A valid key strictly between `lo` and `hi` (null = open end; both must be valid and `lo < hi`), with
 * random digits appended, at most {@link MAX_KEY_LENGTH} characters long.
 *
 * `base + digits` is above `base` (a proper extension) and so above `lo`; it is below `hi` whenever `base`
 * is below `hi` and not a prefix of it. The plain key often is such a prefix: at the top of a list it is
 * `hi`'s integer part, between close keys it can be `hi`'s first differing digit. Taking a key between
 * `hi` and a midpoint of `base` and `hi` instead would lengthen the key on every such insert (about one
 * character every six inserts at the top, past the length cap within a few thousand). So the base then
 * moves down instead: the plain key between `lo` and that prefix, which is what plain fractional indexing
 * would give for the next insert there (at the top: the next smaller integer), so jittered keys grow no
 * faster than plain ones at either end or in the middle.
 *
 * Near the cap the digits are dropped; when not even the plain key fits, placing there is refused with
 * `invalid_input` rather than writing a key every reader would treat as malformed.
 */
export function keyBetween(lo: string | null, hi: string | null): string {
  let base = plainKeyBetween(lo, hi);
  // Each step strictly lowers `base` towards `lo`; one step is enough for the library's keys, a few more
  // only guard the loop.
  for (let attempt = 0; attempt < 4 && hi !== null && hi.startsWith(base); attempt++) {
    let lower: string;
    try {
      lower = generateKeyBetween(lo, base);
    } catch {
      break;
    }
    base = lower;
  }
  if (base.length > MAX_KEY_LENGTH) {
    throw new DomainError('invalid_input', 'No order key fits between these neighbours.', {
      lo,
      hi,
      reason: `the key would be longer than ${MAX_KEY_LENGTH} characters`,
    });
  }
  if (hi !== null && hi.startsWith(base)) return base;
  const candidate = base + jitter();
  return candidate.length <= MAX_KEY_LENGTH ? candidate : base;
}

/** Where a placed item goes. Only the item itself is written: see the file header. */
export interface Placement {
  key: string;
}

/**
 * The key for an item inserted at `index` of `sorted` (a (key, id)-sorted list without the item itself).
 * Bounds are the nearest valid key below and the first valid key above it; when the neighbours tie, that
 * is the first key above the tied run, so the item lands after the run.
 */
export function placeAt(sorted: readonly Keyed[], index: number): Placement {
  let lo: string | null = null;
  for (let i = Math.min(index, sorted.length) - 1; i >= 0 && lo === null; i--) {
    if (isValidKey(sorted[i]!.key)) lo = sorted[i]!.key;
  }
  let hi: string | null = null;
  for (let i = Math.max(index, 0); i < sorted.length && hi === null; i++) {
    const key = sorted[i]!.key;
    if (isValidKey(key) && (lo === null || key > lo)) hi = key;
  }
  return { key: keyBetween(lo, hi) };
}

/**
 * Insertion index for "after `afterId`": undefined means the end, null the start.
 * Returns -1 when `afterId` is not in the list.
 */
export function indexAfter(sorted: readonly Keyed[], afterId: string | null | undefined): number {
  if (afterId === undefined) return sorted.length;
  if (afterId === null) return 0;
  const at = sorted.findIndex((item) => item.id === afterId);
  return at < 0 ? -1 : at + 1;
}

/** `n` ascending keys for a fresh list (written by one writer at initialisation, so no jitter). */
export function initialKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}
