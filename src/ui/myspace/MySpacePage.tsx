import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { feedKey, isSpaceArchived } from '../../domain/index.ts';
import type { FeedStore, UserStore } from '../../state/index.ts';
import {
  bindUserActions,
  createUserUndo,
  type UserUndo,
  openFeed,
  openUser,
  updateCardInSpace,
  type OpenDocument,
} from '../../sync/index.ts';
import type { User } from '../api';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { usePool } from '../shell/pool';
import { MYSPACE_PAGE, mySpaceCardPath, navigate, useSearch } from '../shell/route';
import { useLocalCopies } from '../shell/useLocalCopies';
import { useOpenDocument } from '../shell/useOpenDocument';
import { MirrorPanel } from './MirrorPanel';
import { MySpace } from './MySpace';
import type { RescheduleCard } from './MySpaceCalendar';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { searchOfView, viewOfSearch, type MySpaceView } from './mySpaceView';
import './mySpace.css';
import { byData, focusSoon } from '../common/byData';
import { currentViewButton } from '../common/currentViewButton';

interface MySpacePageProps {
  user: User;
  /** The mirrored card whose panel is open (from the URL), or null. */
  card: { spaceId: string; cardId: string } | null;
  /** Whether the user only reads the spaces of a workspace (a visitor there). */
  readOnlyIn: (workspaceId: string | null) => boolean;
}

/**
 * MySpace as a page: the user's own document (sections, mirrors, priorities, triage) and their feed (the
 * server's live summaries of those cards, one socket for every space), both from the pool and both kept on
 * the device, so MySpace opens offline with what was last seen. The view is kept in the URL.
 */
export function MySpacePage({ user, card, readOnlyIn }: MySpacePageProps) {
  const pool = usePool();
  const userDoc = useOpenDocument(pool, user.id, openUser);
  const feedDoc = useOpenDocument(pool, user.id, openFeed);
  // Mirrors are drawn once both local copies are in, not first as "not loaded" and again with the feed.
  const localReady = useLocalCopies([userDoc?.handle, feedDoc?.handle]);
  const search = useSearch();
  const view = viewOfSearch(search);
  useDocumentTitle('MySpace');

  const changeView = useCallback(
    (next: MySpaceView) =>
      navigate((card ? mySpaceCardPath(card.spaceId, card.cardId) : MYSPACE_PAGE) + searchOfView(next)),
    [card],
  );
  const openCard = useCallback(
    (spaceId: string, cardId: string) => navigate(mySpaceCardPath(spaceId, cardId) + searchOfView(view)),
    [view],
  );
  const workspaces = useContext(WorkspaceStoresContext);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // A visitor of a space reads it only: their write would be refused by the server, so it is refused here;
  // an archived space reads as it was left.
  const reschedule = useCallback<RescheduleCard>(
    async (spaceId, cardId, dates) => {
      const [workspaceId, store] = Object.entries(workspaces).find(([, candidate]) =>
        Object.hasOwn(candidate.getState().spaces, spaceId),
      ) ?? [null, null];
      if (readOnlyIn(workspaceId)) throw new Error('you can only read that space.');
      if (store && isSpaceArchived(store.getState(), spaceId)) throw new Error('its space is archived.');
      // One write after the other: a move waiting for its space to arrive on this device must not land
      // after an undo of it made meanwhile.
      const write = writes.current.then(() =>
        updateCardInSpace(pool, spaceId, user.id, { cardId, ...dates }),
      );
      writes.current = write.catch(() => undefined);
      await write;
    },
    [workspaces, readOnlyIn, pool, user.id],
  );
  const closeCard = useCallback(() => {
    navigate(MYSPACE_PAGE + searchOfView(view));
    // Back to the mirror the panel was opened from, as the board does for its cards; on the calendar, its entry.
    // A card taken out of MySpace from its panel has no mirror left: the view's button takes the focus.
    const key = card ? feedKey(card.spaceId, card.cardId) : '';
    const mirrorId = Object.values(userDoc?.store.getState().mirrors ?? {}).find(
      (mirror) => feedKey(mirror.spaceId, mirror.cardId) === key,
    )?.id;
    focusSoon(
      () => byData(document, 'cardKey', key) ?? (mirrorId ? byData(document, 'entryId', mirrorId) : null),
      10,
      currentViewButton,
    );
  }, [view, card, userDoc]);

  return (
    <div className="space-page">
      <div className="space-body">
        {userDoc && feedDoc && localReady ? (
          <Loaded
            userDoc={userDoc}
            feed={feedDoc.store}
            userId={user.id}
            view={view}
            onViewChange={changeView}
            openCard={openCard}
            reschedule={reschedule}
          />
        ) : (
          <p className="muted" aria-busy="true">
            Opening MySpace…
          </p>
        )}
        {card !== null && (
          <MirrorPanel
            key={`${card.spaceId}/${card.cardId}`}
            spaceId={card.spaceId}
            cardId={card.cardId}
            user={user}
            readOnlyIn={readOnlyIn}
            onClose={closeCard}
          />
        )}
      </div>
    </div>
  );
}

function Loaded({
  userDoc,
  feed,
  userId,
  ...props
}: {
  userDoc: OpenDocument<UserStore>;
  feed: FeedStore;
  userId: string;
  view: MySpaceView;
  onViewChange: (view: MySpaceView) => void;
  openCard: (spaceId: string, cardId: string) => void;
  reschedule: RescheduleCard;
}) {
  const actions = useMemo(() => bindUserActions(userDoc.handle, userId), [userDoc, userId]);
  // Recording starts when MySpace opens and ends when it closes (an effect: Strict Mode mounts twice).
  const [undo, setUndo] = useState<UserUndo | null>(null);
  useEffect(() => {
    const recorder = createUserUndo(userDoc.handle);
    setUndo(recorder);
    return () => recorder.destroy();
  }, [userDoc]);
  return <MySpace user={userDoc.store} feed={feed} actions={actions} undo={undo} {...props} />;
}
