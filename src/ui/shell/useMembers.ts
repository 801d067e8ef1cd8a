import { useContext, useEffect, useState } from 'react';
import { listMembers } from '../api';
import { LocalIdentityContext } from '../auth/localIdentity';

export type MemberNames = Record<string, string>;

/**
 * Names of the last member directory fetched per workspace. Kept for the page's lifetime so a failed
 * fetch (offline) keeps showing the names the app already knew instead of falling back to ids.
 */
const lastKnown = new Map<string, MemberNames>();
const NONE: MemberNames = {};

/**
 * The names of a workspace's users by id, sorted by name, asked from the server whenever the workspace
 * changes or the user comes back to the tab (someone may have joined). `{}` for no workspace.
 */
export function useMemberNames(workspaceId: string | null): MemberNames {
  const [names, setNames] = useState<MemberNames>(() =>
    workspaceId === null ? NONE : (lastKnown.get(workspaceId) ?? NONE),
  );
  const [attempt, setAttempt] = useState(0);
  const identity = useContext(LocalIdentityContext);
  useEffect(() => {
    if (workspaceId === null) return;
    let current = true;
    let fetched = false;
    setNames(lastKnown.get(workspaceId) ?? NONE);
    // After a reload nothing is known in the page yet: the names kept on this device fill in until the
    // server answers (or for good, when it cannot be reached).
    if (!lastKnown.has(workspaceId)) {
      void identity?.loadPeople(workspaceId).then((kept) => {
        if (current && !fetched && kept) setNames(kept);
      });
    }
    listMembers(workspaceId).then(
      (members) => {
        fetched = true;
        const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
        const names = Object.fromEntries(sorted.map((member) => [member.id, member.name]));
        lastKnown.set(workspaceId, names);
        void identity?.savePeople(workspaceId, names);
        if (current) setNames(names);
      },
      // Offline or refused: the last known names stay.
      () => undefined,
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
  return workspaceId === null ? NONE : names;
}
