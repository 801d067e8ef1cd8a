import { useContext, useEffect, useRef, useState } from 'react';
import { listMembers } from '../api';
import { LocalIdentityContext, type LocalIdentity } from '../auth/localIdentity';

export type MemberNames = Record<string, string>;

/**
 * Names of the last member directory fetched per workspace. Kept for the page's lifetime so a failed
 * fetch (offline) keeps showing the names the app already knew instead of falling back to ids.
 */
const lastKnown = new Map<string, MemberNames>();
/** Directories being fetched, so a prefetch and a space opened meanwhile ask the server once. */
const inFlight = new Map<string, Promise<MemberNames>>();
const NONE: MemberNames = {};

/** Workspaces whose directories `prefetchMemberNames` asks for at most: the first ones listed. */
export const PREFETCH_AT_MOST = 8;

/** Asks the server for `workspaceId`'s directory (or joins the request under way), remembering it. */
function fetchNames(workspaceId: string, identity: LocalIdentity | null): Promise<MemberNames> {
  const pending = inFlight.get(workspaceId);
  if (pending) return pending;
  const fetched = listMembers(workspaceId)
    .then((members) => {
      const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
      const names = Object.fromEntries(sorted.map((member) => [member.id, member.name]));
      lastKnown.set(workspaceId, names);
      void identity?.savePeople(workspaceId, names);
      return names;
    })
    .finally(() => inFlight.delete(workspaceId));
  inFlight.set(workspaceId, fetched);
  return fetched;
}

/**
 * Asks for the directories of the user's first workspaces that this page knows none of yet, as soon as
 * the list of workspaces is known. On a first visit a space's workspace is known only once the workspace
 * documents have loaded, and its cards named people "User 3fa2" until the directory asked for then came.
 */
export function prefetchMemberNames(workspaceIds: readonly string[], identity: LocalIdentity | null): void {
  for (const workspaceId of workspaceIds.slice(0, PREFETCH_AT_MOST)) {
    if (!lastKnown.has(workspaceId)) fetchNames(workspaceId, identity).catch(() => undefined);
  }
}

/** A workspace's directory as a page has it: names by id, and whether they have arrived yet. */
export interface MemberDirectory {
  names: MemberNames;
  /**
   * True once the names are the server's or the copy kept on this device, or once asking failed (nothing
   * more will come). Until then an id the names lack is probably a member whose name is on its way.
   */
  known: boolean;
}

const NO_WORKSPACE: MemberDirectory = { names: NONE, known: true };

function directoryOf(workspaceId: string): MemberDirectory {
  const names = lastKnown.get(workspaceId);
  return names ? { names, known: true } : { names: NONE, known: false };
}

/**
 * The names of a workspace's users by id, sorted by name, asked from the server whenever the workspace
 * changes or the user comes back to the tab (someone may have joined). No names for no workspace.
 */
export function useMemberNames(workspaceId: string | null): MemberDirectory {
  const [directory, setDirectory] = useState<MemberDirectory>(() =>
    workspaceId === null ? NO_WORKSPACE : directoryOf(workspaceId),
  );
  const [attempt, setAttempt] = useState(0);
  const identity = useContext(LocalIdentityContext);
  // The workspace whose names are shown: asking again for the same one (the user came back to the tab)
  // keeps them on screen meanwhile, offline too.
  const shownFor = useRef(workspaceId);
  useEffect(() => {
    if (workspaceId === null) return;
    let current = true;
    let fetched = false;
    if (shownFor.current !== workspaceId || lastKnown.has(workspaceId))
      setDirectory(directoryOf(workspaceId));
    shownFor.current = workspaceId;
    // After a reload nothing is known in the page yet: the names kept on this device fill in until the
    // server answers (or for good, when it cannot be reached).
    if (!lastKnown.has(workspaceId)) {
      void identity?.loadPeople(workspaceId).then((kept) => {
        if (current && !fetched && kept) setDirectory({ names: kept, known: true });
      });
    }
    fetchNames(workspaceId, identity).then(
      (names) => {
        fetched = true;
        if (current) setDirectory({ names, known: true });
      },
      // Offline or refused: the last known names stay, and ids without one are shown as such.
      () => {
        if (current) setDirectory((shown) => (shown.known ? shown : { ...shown, known: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [workspaceId, attempt, identity]);
  useEffect(() => {
    const again = () => setAttempt((n) => n + 1);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);
  return workspaceId === null ? NO_WORKSPACE : directory;
}
