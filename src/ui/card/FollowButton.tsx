import { useContext, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { automaticFollowers, isFollowing, type Card } from '../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../state/index.ts';
import { ApiError } from '../api';
import { fetchFollowChoice, setFollow } from '../notifications/notificationsApi.ts';
import { useServerReachable } from '../notifications/useServerReachable.ts';
import '../notifications/notifications.css';
import { CurrentUserContext } from '../shell/currentUser';

interface FollowButtonProps {
  spaceId: string;
  card: Card;
  store: SpaceStore;
}

/**
 * Follow / Following: a toggle (aria-pressed) for whether the user hears about this card in their
 * notifications. Whether they follow comes from the card as it is on screen (responsible, co-worker,
 * mentioned, creator: the same rule the server applies) unless they chose otherwise, a choice kept on the
 * server. Until the server has answered what they chose, the button is not offered; it is not asked while
 * the server cannot be reached.
 */
export function FollowButton({ spaceId, card, store }: FollowButtonProps) {
  const user = useContext(CurrentUserContext);
  const mentioned = useSpaceStore(
    store,
    useShallow((state) =>
      Object.values(state.comments)
        .filter((comment) => comment.card === card.id)
        .flatMap((comment) => comment.mentions),
    ),
  );
  const automatic = useMemo(() => automaticFollowers(card, mentioned), [card, mentioned]);
  const [choice, setChoice] = useState<boolean | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reachable = useServerReachable();
  useEffect(() => {
    if (!reachable) return;
    let current = true;
    setChoice(undefined);
    fetchFollowChoice(spaceId, card.id).then(
      (found) => current && setChoice(found),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [spaceId, card.id, reachable]);

  if (!user || choice === undefined) return null;
  const following = isFollowing(automatic, user.id, choice);
  const toggle = () => {
    if (busy) return;
    setBusy(true);
    setFollow(spaceId, card.id, !following).then(
      (stored) => {
        setChoice(stored);
        setError(null);
        setBusy(false);
      },
      (caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not change following.');
        setBusy(false);
      },
    );
  };
  return (
    <>
      <button
        type="button"
        aria-pressed={following}
        // Not `disabled` while the server answers: a disabled button drops the keyboard's focus.
        aria-disabled={busy}
        title={following ? 'You are notified of changes to this card. Press to stop.' : undefined}
        onClick={toggle}
      >
        {following ? 'Following' : 'Follow'}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
