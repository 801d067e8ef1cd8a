import { useCallback, useContext, useMemo, useState } from 'react';
import { sortKeyed } from '../../domain/index.ts';
import { useUserStore, type UserStore } from '../../state/index.ts';
import { bindUserActions, openUser, type DocumentPool, type OpenDocument } from '../../sync/index.ts';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { FormError } from '../common/FormError';
import { CurrentUserContext } from '../shell/currentUser';
import { PoolContext } from '../shell/pool';
import { useOpenDocument } from '../shell/useOpenDocument';

/** The shortcut that adds the open card to MySpace, or takes it out again (as Trello's single letters). */
export const MYSPACE_KEYS = 'M';

interface MySpaceToggleProps {
  spaceId: string;
  cardId: string;
}

/**
 * "Add to MySpace" on a card's panel: mirrors the card into the user's first MySpace section; once
 * mirrored it reads "In MySpace" (pressed) and pressing it again takes the mirror out. The same as a
 * palette command with a shortcut while the panel is open. Only the user's own document changes.
 */
export function MySpaceToggle(props: MySpaceToggleProps) {
  const user = useContext(CurrentUserContext);
  const pool = useContext(PoolContext);
  // Outside the signed-in app (a component test of the panel) there is no MySpace to add to.
  if (!user || !pool) return null;
  return <ToggleOpen {...props} userId={user.id} pool={pool} />;
}

function ToggleOpen({ pool, ...props }: MySpaceToggleProps & { userId: string; pool: DocumentPool }) {
  const opened = useOpenDocument(pool, props.userId, openUser);
  return opened ? <Toggle {...props} opened={opened} /> : null;
}

function Toggle({
  spaceId,
  cardId,
  userId,
  opened,
}: MySpaceToggleProps & { userId: string; opened: OpenDocument<UserStore> }) {
  const store = opened.store;
  const mirrorId = useUserStore(
    store,
    (state) =>
      Object.values(state.mirrors).find((mirror) => mirror.spaceId === spaceId && mirror.cardId === cardId)
        ?.id ?? null,
  );
  const firstSectionId = useUserStore(store, (state) => sortKeyed(Object.values(state.sections))[0]?.id);
  const actions = useMemo(() => bindUserActions(opened.handle, userId), [opened, userId]);
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback(() => {
    try {
      if (mirrorId !== null) actions.removeMirror({ mirrorId });
      else if (firstSectionId === undefined) throw new Error('MySpace has not loaded yet.');
      else actions.addMirror({ spaceId, cardId, sectionId: firstSectionId });
      setError(null);
    } catch (caught) {
      setError(`Could not change MySpace: ${caught instanceof Error ? caught.message : 'unknown error'}`);
    }
  }, [actions, mirrorId, firstSectionId, spaceId, cardId]);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'card-myspace',
        label: mirrorId !== null ? 'Remove card from MySpace' : 'Add card to MySpace',
        keys: MYSPACE_KEYS,
        perform: toggle,
      },
    ],
    [mirrorId, toggle],
  );
  useCommands(commands);

  return (
    <>
      <button
        type="button"
        aria-pressed={mirrorId !== null}
        onClick={toggle}
        title={`${mirrorId !== null ? 'Remove from' : 'Add to'} MySpace (${MYSPACE_KEYS})`}
      >
        {mirrorId !== null ? 'In MySpace' : 'Add to MySpace'}
      </button>
      <FormError message={error} />
    </>
  );
}
