// The filter form's fields as the API's filters. Dates are whole local days: "from" starts at its
// midnight, "to" includes its whole day (the API's `to` is exclusive, so it is the next midnight).
import type { ActivityFilters } from './activityApi.ts';
import type { FilterFields } from './ActivityFiltersForm';

export const EMPTY_FIELDS: FilterFields = {
  person: '',
  type: '',
  space: '',
  fromDay: '',
  toDay: '',
  detail: 'everything',
};

/** Local midnight of a `YYYY-MM-DD` day plus `days`, epoch ms; null for an empty or malformed day. */
function midnight(day: string, days = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime();
}

export function toFilters(fields: FilterFields): ActivityFilters {
  return {
    person: fields.person,
    type: fields.type,
    space: fields.space,
    from: midnight(fields.fromDay),
    to: midnight(fields.toDay, 1),
    detail: fields.detail,
  };
}
