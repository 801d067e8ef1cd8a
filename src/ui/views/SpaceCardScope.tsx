import { useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { SpaceStore } from '../../state/index.ts';
import type { Peer, Presence } from '../../sync/index.ts';
import type { User } from '../api';
import { PeopleContext, PeopleKnownContext, peopleOf } from '../card/people';
import { SlaFieldProvider } from '../card/slaField';
import { ManageLabelsContext } from '../common/manageLabels';
import { ArchivedContext, ReadOnlyContext } from '../common/readOnly';
import { useMemberNames } from '../shell/useMembers';
import { PresenceContext } from './kanban/presenceContext';

interface SpaceCardScopeProps {
  /** The open space whose cards are shown inside. */
  store: SpaceStore;
  /** The workspace listing the space (its members are the people a card can name), or null if unknown. */
  workspaceId: string | null;
  /** The workspace documents that could list the space are still loading (a first visit's first moments). */
  workspacePending?: boolean;
  /** A visitor's view, or an archived space: reading only. */
  readOnly: boolean;
  /** The space is archived: not even comments (see `ArchivedContext`). */
  archived?: boolean;
  /** Opens the labels dialog from the control that asked; null where labels are not managed. */
  manageLabels: ((opener: HTMLElement) => void) | null;
  user: User;
  children: ReactNode;
}

/**
 * What card fronts and the card panel read about their space, provided once: whether the reader may edit,
 * the space's SLA field, label management, and the people a card can name (the workspace's members, the
 * people on the space now, and the reader). The space page puts its board and panel inside it; MySpace puts
 * a mirrored card's panel inside it, so the panel behaves the same wherever it is opened.
 */
export function SpaceCardScope({
  store,
  workspaceId,
  workspacePending = false,
  readOnly,
  archived = false,
  manageLabels,
  user,
  children,
}: SpaceCardScopeProps) {
  const peers = usePeers(useContext(PresenceContext));
  const members = useMemberNames(workspaceId);
  const people = useMemo(
    () => peopleOf(members.names, peers, { id: user.id, name: user.name }),
    [members.names, peers, user.id, user.name],
  );
  const namesKnown = members.known && !(workspaceId === null && workspacePending);
  return (
    <ReadOnlyContext.Provider value={readOnly || archived}>
      <ArchivedContext.Provider value={archived}>
        <ManageLabelsContext.Provider value={manageLabels}>
          <SlaFieldProvider store={store}>
            <PeopleContext.Provider value={people}>
              <PeopleKnownContext.Provider value={namesKnown}>{children}</PeopleKnownContext.Provider>
            </PeopleContext.Provider>
          </SlaFieldProvider>
        </ManageLabelsContext.Provider>
      </ArchivedContext.Provider>
    </ReadOnlyContext.Provider>
  );
}

const NO_PEERS: Peer[] = [];

/** The people on the space, as names the card fronts can show for responsible persons. */
function usePeers(presence: Presence | null): Peer[] {
  const subscribe = useCallback(
    (listener: () => void) => presence?.store.subscribe(listener) ?? (() => {}),
    [presence],
  );
  return useSyncExternalStore(subscribe, () => presence?.store.getState().peers ?? NO_PEERS);
}
