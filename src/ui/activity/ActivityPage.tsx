import { useCallback, useContext, useMemo } from 'react';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { CurrentUserContext } from '../shell/currentUser';
import { ACTIVITY_PAGE, navigate, personActivityPath, replacePath, useSearch } from '../shell/route';
import type { SpaceLink } from '../shell/useSpaceList';
import type { FilterFields } from './ActivityFiltersForm';
import { ActivityStream } from './ActivityStream';
import { fieldsFromSearch, searchOfFields } from './filterQuery.ts';

interface ActivityPageProps {
  /** The spaces the shell lists, for the space filter and the space named with each entry. */
  spaces: readonly SpaceLink[];
  /** True while the server cannot be reached: the stream lives on the server only. */
  offline?: boolean;
}

/**
 * What happened in the reader's spaces, newest first, from the server's projection: one sentence per
 * event, its card a link to the card's panel and its actor a link to their stream, filtered by person,
 * event type, space, dates and detail. The filters live in the address, so `/activity?person=<id>` is
 * that person's stream, to link to or reload; "My activity" is the reader's own.
 */
export function ActivityPage({ spaces, offline = false }: ActivityPageProps) {
  const search = useSearch();
  const fields = useMemo(() => fieldsFromSearch(search), [search]);
  const onFieldsChange = useCallback(
    (next: FilterFields) => replacePath(`${ACTIVITY_PAGE}${searchOfFields(next)}`),
    [],
  );
  const user = useContext(CurrentUserContext);
  const mine = user !== null && fields.person === user.id;
  useDocumentTitle(mine ? 'My activity' : 'Activity');

  return (
    <div className="home-main activity-page">
      <div className="activity-head">
        <h1>{mine ? 'My activity' : 'Activity'}</h1>
        {user !== null && (
          <button
            type="button"
            aria-pressed={mine}
            onClick={() => navigate(mine ? ACTIVITY_PAGE : personActivityPath(user.id))}
          >
            My activity
          </button>
        )}
      </div>
      <p className="muted">
        {mine ? 'What you did in your spaces, newest first.' : 'What happened in your spaces, newest first.'}
      </p>
      <ActivityStream
        fields={fields}
        onFieldsChange={onFieldsChange}
        spaces={spaces}
        offline={offline}
        label="Activity"
        emptyText="Nothing has happened in your spaces yet. Events appear here as people work on cards."
      />
    </div>
  );
}
