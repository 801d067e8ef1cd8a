import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS } from '../../../../src/ui/activity/filterFields';
import { fieldsFromSearch, searchOfFields } from '../../../../src/ui/activity/filterQuery';
import { personActivityPath } from '../../../../src/ui/shell/route';

describe('the activity filters in the address', () => {
  it('writes only what is filtered and reads it back', () => {
    expect(searchOfFields(EMPTY_FIELDS)).toBe('');
    expect(fieldsFromSearch('')).toEqual(EMPTY_FIELDS);
    const fields = {
      ...EMPTY_FIELDS,
      person: 'u_1',
      type: 'moved' as const,
      fromDay: '2026-11-01',
      detail: 'comments' as const,
    };
    const search = searchOfFields(fields);
    expect(search).toBe('?person=u_1&type=moved&from=2026-11-01&detail=comments');
    expect(fieldsFromSearch(search)).toEqual(fields);
  });

  it('ignores what is not a filter the server would take', () => {
    expect(
      fieldsFromSearch('?person=a/b&type=exploded&space=sp1&from=yesterday&to=2026-11-02&detail=most&x=1'),
    ).toEqual({ ...EMPTY_FIELDS, space: 'sp1', toDay: '2026-11-02' });
  });

  it("makes a person's stream an address of the Activity page", () => {
    const path = personActivityPath('u_1');
    expect(path).toBe('/activity?person=u_1');
    expect(fieldsFromSearch(new URL(path, 'http://x').search)).toEqual({ ...EMPTY_FIELDS, person: 'u_1' });
  });
});
