import { useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  byQuadrant,
  byRole,
  bySpace,
  inboxSummaries,
  mirrorItems,
  QUADRANT_NAMES,
  QUADRANTS,
  sortKeyed,
} from '../../domain/index.ts';
import { useFeedStore, useUserStore, type FeedStore, type UserStore } from '../../state/index.ts';
import type { UserActions, UserUndo } from '../../sync/index.ts';
import { FormError } from '../common/FormError';
import { useFocusKeeper } from '../common/useFocusKeeper';
import { useNow } from '../views/kanban/useNow';
import { useUndoCommands } from '../views/useUndoCommands';
import { GroupedMirrors } from './GroupedMirrors';
import { useMirrorStepWords } from './mirrorStepWords';
import { ArchivedSpacesContext, MySpaceContext, type MySpaceTools } from './mySpaceContext';
import { useArchivedSpaceIds } from '../shell/useSpaceEntry';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import type { MySpaceView } from './mySpaceView';
import { MySpaceCalendar, type RescheduleCard } from './MySpaceCalendar';
import { MySpaceViewSwitch } from './MySpaceViewSwitch';
import { SectionsBoard } from './SectionsBoard';

const NO_UNDO = { undo: () => false, redo: () => false };

interface MySpaceProps {
  user: UserStore;
  feed: FeedStore;
  actions: UserActions;
  view: MySpaceView;
  onViewChange: (view: MySpaceView) => void;
  openCard: (spaceId: string, cardId: string) => void;
  /** Writes a card's new dates in its space (the calendar's moves). */
  reschedule: RescheduleCard;
  /** Epoch ms the due dates are measured against; a clock that ticks every minute by default. */
  now?: number;
  /** Undo and redo of MySpace's own changes (the calendar has its own: its moves change cards). */
  undo?: Pick<UserUndo, 'undo' | 'redo'> | null;
}

/**
 * The user's MySpace: mirrors of cards from every space, read live from the feed's summaries, shown by the
 * user's sections (with the inbox), as an Eisenhower matrix, by space or by status role. What each view
 * holds is decided by the pure functions of `domain/read/mySpace.ts`.
 */
export function MySpace({
  user,
  feed,
  actions,
  view,
  onViewChange,
  openCard,
  reschedule,
  now,
  undo = null,
}: MySpaceProps) {
  const clock = useNow();
  const at = now ?? clock;
  const sections = useUserStore(
    user,
    useShallow((state) => sortKeyed(Object.values(state.sections))),
  );
  const mirrors = useUserStore(user, (state) => state.mirrors);
  const triaged = useUserStore(user, (state) => state.triaged);
  const entries = useFeedStore(feed, (state) => state.entries);
  const items = useMemo(() => mirrorItems(Object.values(mirrors), entries), [mirrors, entries]);
  const inbox = useMemo(
    () => inboxSummaries(entries, Object.values(mirrors), triaged),
    [entries, mirrors, triaged],
  );
  const [error, setError] = useState<string | null>(null);
  const tools = useMemo<MySpaceTools>(() => ({ actions, openCard, report: setError }), [actions, openCard]);
  const archivedSpaces = useArchivedSpaceIds(useContext(WorkspaceStoresContext));
  const calendar = view === 'calendar';
  const off = useCallback(() => calendar || undo === null, [calendar, undo]);
  useUndoCommands(undo ?? NO_UNDO, setError, off, useMirrorStepWords(user, feed));
  // A card whose item a change redraws elsewhere (a drop from the inbox, a colleague's edit moving it to
  // another group, a mirror removed) keeps the focus, or its list does (`useFocusKeeper`).
  const main = useRef<HTMLDivElement>(null);
  const subscribe = useCallback(
    (changed: () => void) => {
      const fromUser = user.subscribe(changed);
      const fromFeed = feed.subscribe(changed);
      return () => {
        fromUser();
        fromFeed();
      };
    },
    [user, feed],
  );
  useFocusKeeper(main, { card: 'cardKey', subscribe, handlesFocus: NEVER });

  return (
    <MySpaceContext.Provider value={tools}>
      <ArchivedSpacesContext.Provider value={archivedSpaces}>
        <div className="myspace-main" ref={main}>
          <div className="space-head">
            <h1 className="space-title">MySpace</h1>
            <MySpaceViewSwitch view={view} onChange={onViewChange} />
          </div>
          <FormError message={error} />
          {view === 'sections' && <SectionsBoard sections={sections} items={items} inbox={inbox} now={at} />}
          {view === 'eisenhower' && <Eisenhower items={items} now={at} />}
          {view === 'space' && <GroupedMirrors groups={bySpace(items)} now={at} empty={EMPTY} />}
          {view === 'status' && <GroupedMirrors groups={byRole(items)} now={at} empty={EMPTY} />}
          {view === 'calendar' && (
            <MySpaceCalendar items={items} now={at} openCard={openCard} reschedule={reschedule} />
          )}
        </div>
      </ArchivedSpacesContext.Provider>
    </MySpaceContext.Provider>
  );
}

const NEVER = () => false;

const EMPTY = 'No cards in MySpace yet. Add one from its panel, or from the inbox.';

function Eisenhower({ items, now }: { items: Parameters<typeof byQuadrant>[0]; now: number }) {
  const groups = useMemo(() => {
    const quadrants = byQuadrant(items, now);
    return QUADRANTS.map((quadrant) => ({
      key: quadrant,
      name: QUADRANT_NAMES[quadrant],
      items: quadrants.get(quadrant) ?? [],
    }));
  }, [items, now]);
  return <GroupedMirrors groups={groups} now={now} priority empty={EMPTY} />;
}
