/**
 * Guard for document names handed to the pool: a bad name must fail here, loudly, rather than open a
 * socket the server will refuse with 4400.
 */
import { parseDocName } from '../domain/docNames.ts';

/** Throw a `TypeError` unless `name` is `<kind>/<id>` as `parseDocName` (shared with the server) accepts. */
export function assertDocName(name: string): void {
  if (!parseDocName(name)) throw new TypeError(`not a document name: ${JSON.stringify(name)}`);
}
