import { useCallback, useContext, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { FormError } from '../common/FormError';
import { useFocusAfterMore } from '../common/useFocusAfterMore';
import type { SpaceLink } from '../shell/useSpaceList';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { ActivityFiltersForm, type FilterFields } from './ActivityFiltersForm';
import { ActivityItem } from './ActivityItem';
import { EMPTY_FIELDS, toFilters } from './filterFields.ts';
import { entryKey } from './newEntries.ts';
import { usePeopleDirectory } from './usePeopleDirectory.ts';
import { useActivityStream } from './useActivityStream.ts';
import './activity.css';

interface ActivityStreamProps {
  fields: FilterFields;
  onFieldsChange: (fields: FilterFields) => void;
  /** The spaces the shell lists, for the space filter and the space named with each entry. */
  spaces: readonly SpaceLink[];
  /** A space's own stream: this space only, whatever the fields say, and no space filter. */
  spaceId?: string;
  /** True while the server cannot be reached: the stream lives on the server only. */
  offline?: boolean;
  /** The list's accessible name. */
  label: string;
  /** What an empty, unfiltered stream says. */
  emptyText: string;
  /** Called as a link of an entry is followed. */
  onFollow?: () => void;
}

const OFFLINE =
  'The activity stream needs the server, which cannot be reached now. It shows again once you are online.';

/**
 * A stream from the server's projection with its filters: one sentence per event, newest first, loading
 * older pages as the reader scrolls and showing new events as they arrive (at once while the reader is at
 * the top, behind a "new" button once they have scrolled). The Activity page and a space's panel both show
 * one, the space's with its space fixed.
 */
export function ActivityStream({
  fields,
  onFieldsChange,
  spaces,
  spaceId,
  offline = false,
  label,
  emptyText,
  onFollow,
}: ActivityStreamProps) {
  const filters = useMemo(
    () => toFilters(spaceId === undefined ? fields : { ...fields, space: spaceId }),
    [fields, spaceId],
  );
  // Whether the top of the list is in view: new entries go straight in only then.
  const atTop = useRef(true);
  const follow = useCallback(() => atTop.current, []);
  // Dates the wrong way round match nothing: said here, rather than asked of the server (which refuses them).
  const inverted = fields.fromDay !== '' && fields.toDay !== '' && fields.fromDay > fields.toDay;
  const { stream, loadMore, retry, showWaiting } = useActivityStream(filters, !offline && !inverted, follow);
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
  const top = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const listed = stream.state === 'ready' && stream.events.length > 0;
  useEffect(() => {
    const element = top.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) atTop.current = last.isIntersecting;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      atTop.current = true;
    };
  }, [listed]);
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

  // The buttons that show more go away once pressed (or once nothing more is left): the focus goes on to
  // the first entry they brought.
  const list = useRef<HTMLUListElement>(null);
  const shownCount = stream.state === 'ready' ? stream.events.length : 0;
  const requestEnded = stream.state !== 'ready' || (stream.more !== 'loading' && stream.more !== 'idle');
  const focusFirstNew = useFocusAfterMore(list, shownCount, requestEnded);
  const more = (event: MouseEvent<HTMLButtonElement>) => {
    if (stream.state === 'ready' && stream.more === 'loading') return;
    focusFirstNew(shownCount, event.currentTarget);
    loadMore();
  };

  const waiting = stream.state === 'ready' ? stream.waiting.length : 0;
  const showNew = (event: MouseEvent<HTMLButtonElement>) => {
    showWaiting();
    top.current?.scrollIntoView({ block: 'start' });
    // The new entries come first: the focus goes to the newest.
    focusFirstNew(0, event.currentTarget);
  };

  return (
    <>
      <ActivityFiltersForm
        fields={fields}
        onChange={onFieldsChange}
        people={people}
        spaces={spaces}
        spaceFixed={spaceId !== undefined}
      />
      {offline ? (
        <p role="status">{OFFLINE}</p>
      ) : inverted ? (
        <FormError
          message={`The dates are the wrong way round: From (${fields.fromDay}) is after To (${fields.toDay}). Change one of them.`}
        />
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
        <p role="status">{filtered ? 'Nothing matches these filters. Widen them to see more.' : emptyText}</p>
      ) : (
        <>
          <div ref={top} className="activity-top" />
          {waiting > 0 && (
            <div className="activity-new">
              <button type="button" className="primary" onClick={showNew}>
                {waiting === 1 ? 'Show 1 new event' : `Show ${waiting} new events`}
              </button>
            </div>
          )}
          <ul ref={list} className="activity-list" aria-label={label}>
            {stream.events.map((entry) => (
              <ActivityItem
                key={entryKey(entry)}
                entry={entry}
                people={people}
                // A space's own stream names its space once, above the list, not on every line.
                spaceName={spaceId === undefined ? (spaceNames.get(entry.spaceId) ?? 'A space') : null}
                onFollow={onFollow}
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
              <button type="button" onClick={more} aria-disabled={stream.more === 'loading'}>
                {stream.more === 'loading' ? 'Loading…' : 'Load more'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
