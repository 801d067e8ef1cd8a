// The Activity page keeps its filters in the address (`/activity?person=u1&detail=comments`), so a person's
// stream or any filtered view can be linked, bookmarked and reloaded. Whatever the query holds that is not a
// valid filter is ignored rather than sent to the server, which would refuse the whole request.
import { TYPE_CODES, type HistoryEventType } from '../../domain/index.ts';
import type { DetailLevel } from './activityApi.ts';
import type { FilterFields } from './ActivityFiltersForm';
import { EMPTY_FIELDS } from './filterFields.ts';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DETAILS: readonly DetailLevel[] = ['everything', 'relevant', 'comments'];

/** The query's names for the fields, in the order they are written. */
const NAMES = [
  ['person', 'person'],
  ['type', 'type'],
  ['space', 'space'],
  ['fromDay', 'from'],
  ['toDay', 'to'],
  ['detail', 'detail'],
] as const satisfies ReadonlyArray<readonly [keyof FilterFields, string]>;

/** The filter fields a query string (`?person=u1`, with or without `?`) names; the rest stay empty. */
export function fieldsFromSearch(search: string): FilterFields {
  const params = new URLSearchParams(search);
  const read = (name: string, valid: (value: string) => boolean) => {
    const value = params.get(name);
    return value !== null && valid(value) ? value : null;
  };
  return {
    person: read('person', (v) => ID.test(v)) ?? '',
    type: (read('type', (v) => Object.hasOwn(TYPE_CODES, v)) ?? '') as HistoryEventType | '',
    space: read('space', (v) => ID.test(v)) ?? '',
    fromDay: read('from', (v) => DAY.test(v)) ?? '',
    toDay: read('to', (v) => DAY.test(v)) ?? '',
    detail: (read('detail', (v) => (DETAILS as readonly string[]).includes(v)) ??
      'everything') as DetailLevel,
  };
}

/** The query string of `fields` (`?person=u1`), or empty when nothing is filtered. */
export function searchOfFields(fields: FilterFields): string {
  const params = new URLSearchParams();
  for (const [key, name] of NAMES) if (fields[key] !== EMPTY_FIELDS[key]) params.set(name, fields[key]);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
