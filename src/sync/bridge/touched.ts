/**
 * Which records of a flat collection a transaction touched, from the events `observeDeep` delivers on
 * the collection: a key added, replaced or deleted at the top, or anything changed inside a record (its
 * fields, or a nested set such as a card's labels), whose path starts with the record's id.
 */
import * as Y from 'yjs';

/** Add to `into` the ids of the records of `collection` that `events` touched. */
export function collectTouched(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  collection: object,
  into: Set<string>,
): void {
  for (const event of events) {
    if (event.target === collection) {
      if (event instanceof Y.YMapEvent) for (const key of event.keysChanged) into.add(key);
      continue;
    }
    const [id] = event.path;
    if (typeof id === 'string') into.add(id);
  }
}
