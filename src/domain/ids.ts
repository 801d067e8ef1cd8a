/**
 * Record ids: short base62 strings from the platform CSPRNG, valid document-name ids as well
 * (`[A-Za-z0-9_-]{1,64}`), so a generated space id can name its `space/<id>` document directly.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Bytes at or above 248 (= 4 * 62) are dropped so every character is equally likely.
const UNBIASED_LIMIT = 248;

/** The id pattern shared by records and document names. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A new random base62 id.
 * @param length number of characters, 1–64 (default 8: 62^8 ≈ 2.2e14 ids)
 */
export function newId(length = 8): string {
  if (!Number.isInteger(length) || length < 1 || length > 64) {
    throw new RangeError(`id length must be an integer from 1 to 64, got ${length}`);
  }
  let id = '';
  const bytes = new Uint8Array(length * 2);
  while (id.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      id += ALPHABET[byte % 62];
      if (id.length === length) break;
    }
  }
  return id;
}

/** Whether `value` is a string usable as a record or document id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
