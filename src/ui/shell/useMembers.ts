import { useEffect, useState } from 'react';
import { listMembers } from '../api';

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
  useEffect(() => {
    if (workspaceId === null) return;
    let current = true;
    setNames(lastKnown.get(workspaceId) ?? NONE);
    listMembers(workspaceId).then(
      (members) => {
        const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
        const fetched = Object.fromEntries(sorted.map((member) => [member.id, member.name]));
        lastKnown.set(workspaceId, fetched);
        if (current) setNames(fetched);
      },
      // Offline or refused: the last known names stay.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [workspaceId, attempt]);
  useEffect(() => {
    const again = () => setAttempt((n) => n + 1);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);
  return workspaceId === null ? NONE : names;
}
