import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import type { SpaceLink } from '../shell/useSpaceList';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { ActivityFiltersForm } from './ActivityFiltersForm';
import { ActivityItem } from './ActivityItem';
import { EMPTY_FIELDS, toFilters } from './filterFields.ts';
import { usePeopleDirectory } from './usePeopleDirectory.ts';
import { useActivityStream } from './useActivityStream.ts';

interface ActivityPageProps {
  /** The spaces the shell lists, for the space filter and the space named with each entry. */
  spaces: readonly SpaceLink[];
  /** True while the server cannot be reached: the stream lives on the server only. */
  offline?: boolean;
}

const OFFLINE =
  'The activity stream needs the server, which cannot be reached now. It shows again once you are online.';

/**
 * What happened in the reader's spaces, newest first, from the server's projection: one sentence per
 * event, its card a link to the card's panel, filtered by person, event type, space, dates and detail.
 */
export function ActivityPage({ spaces, offline = false }: ActivityPageProps) {
  useDocumentTitle('Activity');
  const [fields, setFields] = useState(EMPTY_FIELDS);
  const filters = useMemo(() => toFilters(fields), [fields]);
  const { stream, loadMore, retry } = useActivityStream(filters, !offline);
  const workspaceIds = Object.keys(useContext(WorkspaceStoresContext));
  const directory = usePeopleDirectory(workspaceIds);

  // Everyone seen acting stays offered by the person filter, even once filtered away.
  const [seen, setSeen] = useState<Record<string, string>>({});
  useEffect(() => {
    if (stream.state !== 'ready') return;
    const fresh = stream.events.filter(
      (entry) => entry.actorName !== null && seen[entry.actor] === undefined,
    );
    if (fresh.length > 0)
      setSeen((prev) => ({ ...prev, ...Object.fromEntries(fresh.map((e) => [e.actor, e.actorName!])) }));
  }, [stream, seen]);
  const people = useMemo(() => ({ ...seen, ...directory }), [seen, directory]);
  const spaceNames = useMemo(() => new Map(spaces.map((space) => [space.id, space.name])), [spaces]);

  const filtered = JSON.stringify(fields) !== JSON.stringify(EMPTY_FIELDS);
  const canLoadMore = stream.state === 'ready' && stream.next !== null;
  const sentinel = useRef<HTMLDivElement>(null);
  // Infinite scroll where the browser can tell: the next page loads as the end of the list comes into view.
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !canLoadMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seenEntries) => {
      if (seenEntries.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [canLoadMore, loadMore]);

  return (
    <div className="home-main activity-page">
      <h1>Activity</h1>
      <p className="muted">What happened in your spaces, newest first.</p>
      <ActivityFiltersForm fields={fields} onChange={setFields} people={people} spaces={spaces} />
      {offline ? (
        <p role="status">{OFFLINE}</p>
      ) : stream.state === 'loading' ? (
        <p className="muted" aria-busy="true">
          Loading the activity…
        </p>
      ) : stream.state === 'error' ? (
        <div className="stack">
          <FormError message={stream.offline ? OFFLINE : `Could not load the activity: ${stream.message}`} />
          <div>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        </div>
      ) : stream.events.length === 0 ? (
        <p role="status">
          {filtered
            ? 'Nothing matches these filters. Widen them to see more.'
            : 'Nothing has happened in your spaces yet. Events appear here as people work on cards.'}
        </p>
      ) : (
        <>
          <ul className="activity-list" aria-label="Activity">
            {stream.events.map((entry) => (
              <ActivityItem
                key={`${entry.spaceId}:${entry.id}`}
                entry={entry}
                people={people}
                spaceName={spaceNames.get(entry.spaceId) ?? 'A space'}
              />
            ))}
          </ul>
          <div ref={sentinel} />
          {typeof stream.more === 'string' && stream.more !== 'idle' && stream.more !== 'loading' && (
            <FormError message={`Could not load more: ${stream.more}`} />
          )}
          {stream.next === null ? (
            <p className="muted">That is everything{filtered ? ' these filters match' : ''}.</p>
          ) : (
            <div>
              <button type="button" onClick={loadMore} disabled={stream.more === 'loading'}>
                {stream.more === 'loading' ? 'Loading…' : 'Load more'}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
