import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentPool } from '../../sync/index.ts';
import type { User } from '../api';
import { LocalIdentityContext } from '../auth/localIdentity';
import { forgetKeptDrafts } from '../common/keptDraft';
import { ActivityPage } from '../activity/ActivityPage';
import { Home } from '../home/Home';
import { MySpacePage } from '../myspace/MySpacePage';
import { SpacePage } from '../views/SpacePage';
import type { Command } from '../commands/command';
import { CommandPalette } from '../commands/CommandPalette';
import { ShortcutsDialog } from '../commands/ShortcutsDialog';
import { useCommands } from '../commands/registry';
import { useShortcuts } from '../commands/useShortcuts';
import { PresenceContext } from '../views/kanban/presenceContext';
import { CurrentUserContext } from './currentUser';
import { Header } from './Header';
import { PoolContext, useAppPool } from './pool';
import { NotFound } from './NotFound';
import {
  ACTIVITY_PAGE,
  MYSPACE_PAGE,
  navigate,
  parseRoute,
  personActivityPath,
  spacePath,
  usePathname,
} from './route';
import { ArchiveNoticeContext, useArchiveNotice } from './ArchiveNotice';
import { RefusedWrites } from './RefusedWrites';
import { Sidebar } from './Sidebar';
import { useSpaceArchived, useSpaceEntry, useWorkspaceOfSpace } from './useSpaceEntry';
import { useSpacePresence } from './useSpacePresence';
import { prefetchMemberNames } from './useMembers';
import { useWorkspaceDocs } from './useWorkspaceDocs';
import { useSpaceList } from './useSpaceList';
import { useWorkspaceList } from './useWorkspaceList';
import { WorkspaceStoresContext } from './workspaceStores';

/** The server's close code for a connection without a valid session (server/sync/messages.ts). */
const SESSION_ENDED = 4401;

interface AppShellProps {
  user: User;
  /** True while the app runs on what this device remembers because the server could not be reached. */
  offline?: boolean;
  onSignedOut: () => void;
  /**
   * The server closed a document because its session is no longer valid (4401: signed out in another
   * tab, or ended): who is signed in is to be asked again. By default nothing is asked.
   */
  onSessionEnded?: () => void;
}

/** The signed-in app: header, the workspace tree, and the page the URL names. */
export function AppShell({ user, offline = false, onSignedOut, onSessionEnded }: AppShellProps) {
  const pool = useAppPool();
  if (!pool) return null;
  return (
    <Shell
      user={user}
      offline={offline}
      onSignedOut={onSignedOut}
      onSessionEnded={onSessionEnded}
      pool={pool}
    />
  );
}

function Shell({ user, offline, onSignedOut, onSessionEnded, pool }: AppShellProps & { pool: DocumentPool }) {
  const path = usePathname();
  const route = parseRoute(path);
  const spaceId = route.name === 'space' ? route.spaceId : null;
  const { workspaces, reload } = useWorkspaceList(user);
  // The home shows the sidebar's list: one listing, refreshed in one place.
  const listing = useMemo(() => ({ workspaces, reload }), [workspaces, reload]);
  // Once the server answers again after an offline start, ask it for the list it only remembered.
  const wasOffline = useRef(offline);
  useEffect(() => {
    if (wasOffline.current && !offline) reload();
    wasOffline.current = offline;
  }, [offline, reload]);
  // The server says the user's access changed: the list holds the workspaces and roles, so a workspace the
  // user was added to shows at once, a space they may now only read turns read-only (its edits would be
  // dropped), and one they may edit again opens up.
  useEffect(() => pool.onAccessChanged(reload), [pool, reload]);

  // The server has ended the session: close the documents so nothing writes to their local copies any
  // more, then delete those copies (the next person at this computer must not find them).
  const identity = useContext(LocalIdentityContext);
  // Once signed out, the shell's pages are taken down before the pool closes: a page still on screen
  // would open documents again as the closed ones change state (a refused space page turning back).
  const [leaving, setLeaving] = useState(false);
  const signedOut = useCallback(async () => {
    try {
      flushSync(() => setLeaving(true));
      await pool.destroy();
      await identity?.signedOut();
    } finally {
      forgetKeptDrafts();
      // Signed out on the server whatever happened here: the shell must not stay up.
      onSignedOut();
    }
  }, [pool, identity, onSignedOut]);
  // A document refused for want of a session (signed out in another tab): the app asks who is signed
  // in, and shows the sign-in page, or the new person's own app.
  // Not while this page signs out itself: the server closes its sockets too, and the page is leaving.
  const signingOut = useRef(false);
  const onSigningOut = useCallback((underWay: boolean) => {
    signingOut.current = underWay;
  }, []);
  useEffect(() => {
    if (!onSessionEnded) return;
    const ended = (state: ReturnType<typeof pool.connection.getState>) =>
      !signingOut.current &&
      Object.values(state.docs).some((doc) => doc.state === 'denied' && doc.code === SESSION_ENDED);
    if (ended(pool.connection.getState())) return onSessionEnded();
    let told = false;
    return pool.connection.subscribe((state) => {
      if (told || !ended(state)) return;
      told = true;
      onSessionEnded();
    });
  }, [pool, onSessionEnded]);
  // Signing out deletes the local copies: edits that exist nowhere else must reach the server first.
  const signOutBlockedBy = useCallback(
    () =>
      pool.unsentNames().length > 0
        ? 'Some changes made on this device have not reached the server yet. Sign out once the header says Online.'
        : null,
    [pool],
  );
  const ids = useMemo(
    () => (workspaces.state === 'ready' ? workspaces.list.map((workspace) => workspace.id) : []),
    [workspaces],
  );
  const stores = useWorkspaceDocs(pool, ids);
  // A space's cards name people from its workspace's directory; which workspace that is shows only once
  // the workspace documents have loaded, so the directories are asked for with the list.
  const onSpace = spaceId !== null;
  useEffect(() => {
    if (onSpace) prefetchMemberNames(ids, identity);
  }, [onSpace, ids, identity]);
  const entry = useSpaceEntry(stores, spaceId);
  const archived = useSpaceArchived(stores, spaceId);
  const workspaceId = useWorkspaceOfSpace(stores, spaceId);
  // '' while the workspace documents that could list the space are still loading; "Space" once they all
  // have (or the list of workspaces could not be had) and none names it.
  const workspacesLoaded =
    workspaces.state === 'error' || (workspaces.state === 'ready' && ids.every((id) => id in stores));
  const spaceName = spaceId === null ? null : (entry?.name ?? (workspacesLoaded ? 'Space' : ''));
  const presence = useSpacePresence(pool, spaceId, user);
  const roleIn = useCallback(
    (id: string | null) =>
      workspaces.state === 'ready'
        ? workspaces.list.find((workspace) => workspace.id === id)?.role
        : undefined,
    [workspaces],
  );
  const role = roleIn(workspaceId);
  const readOnlyIn = useCallback((id: string | null) => roleIn(id) === 'visitor', [roleIn]);

  const [paletteOpen, setPaletteOpen] = useState(false);
  // The keyboard shortcuts dialog, with the element to give the focus back to; null while closed.
  const [shortcutsFrom, setShortcutsFrom] = useState<{ returnFocus: HTMLElement | null } | null>(null);
  // On narrow windows the sidebar is a panel the header's Navigation button opens; choosing a place closes it.
  const [navOpen, setNavOpen] = useState(false);
  // Archives made from the sidebar and from a space's own settings are said, with Undo, in one place.
  const archiveNotice = useArchiveNotice();
  useEffect(() => setNavOpen(false), [path]);
  const spaces = useSpaceList(stores);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'palette',
        label: 'Open the command palette',
        keys: 'Mod+K',
        inFields: true,
        perform: () => setPaletteOpen(true),
      },
      {
        id: 'shortcuts',
        label: 'Show keyboard shortcuts',
        keys: '?',
        perform: () => {
          const active = document.activeElement;
          // Already open: it keeps where the focus goes back to.
          setShortcutsFrom((open) => open ?? { returnFocus: active instanceof HTMLElement ? active : null });
        },
      },
      { id: 'home', label: 'Go to Home', perform: () => navigate('/') },
      { id: 'activity', label: 'Show activity', perform: () => navigate(ACTIVITY_PAGE) },
      { id: 'my-activity', label: 'Show my activity', perform: () => navigate(personActivityPath(user.id)) },
      { id: 'myspace', label: 'Show MySpace', perform: () => navigate(MYSPACE_PAGE) },
      { id: 'navigation', label: 'Show or hide the navigation', perform: () => setNavOpen((open) => !open) },
      ...spaces.map((space) => ({
        id: `space:${space.id}`,
        label: `Open space ${space.name}`,
        perform: () => navigate(spacePath(space.id)),
      })),
    ],
    [spaces, user.id],
  );
  useCommands(commands);
  useShortcuts();

  if (leaving) {
    return (
      <main className="centered" aria-busy="true">
        <p className="muted">Signing out…</p>
      </main>
    );
  }
  return (
    <PoolContext.Provider value={pool}>
      <CurrentUserContext.Provider value={user}>
        <PresenceContext.Provider value={presence}>
          <WorkspaceStoresContext.Provider value={stores}>
            <div className="shell">
              <Header
                user={user}
                spaceName={spaceName}
                connection={pool.connection}
                onSignedOut={signedOut}
                onSigningOut={onSigningOut}
                signOutBlockedBy={signOutBlockedBy}
                navigationOpen={navOpen}
                onToggleNavigation={() => setNavOpen((open) => !open)}
                onOpenPalette={() => setPaletteOpen(true)}
              />
              <Sidebar
                workspaces={workspaces}
                stores={stores}
                currentSpaceId={spaceId}
                onRetry={reload}
                open={navOpen}
                onClose={() => setNavOpen(false)}
                archiveNotice={archiveNotice}
              />
              <ArchiveNoticeContext.Provider value={archiveNotice.show}>
                <main className="shell-main">
                  <RefusedWrites />
                  {route.name === 'not-found' ? (
                    <NotFound pathname={route.pathname} />
                  ) : route.name === 'activity' ? (
                    <ActivityPage spaces={spaces} offline={offline} />
                  ) : route.name === 'myspace' ? (
                    <MySpacePage user={user} card={route.card} readOnlyIn={readOnlyIn} />
                  ) : spaceId === null ? (
                    <Home user={user} listing={listing} onWorkspacesChanged={reload} />
                  ) : (
                    <SpacePage
                      key={spaceId}
                      spaceId={spaceId}
                      cardId={route.name === 'space' ? route.cardId : null}
                      view={route.name === 'space' ? route.view : 'board'}
                      spaceName={spaceName ?? ''}
                      workspaceId={workspaceId}
                      readOnly={role === 'visitor'}
                      archived={archived}
                      canManage={role === 'owner'}
                      user={user}
                    />
                  )}
                </main>
              </ArchiveNoticeContext.Provider>
            </div>
          </WorkspaceStoresContext.Provider>
        </PresenceContext.Provider>
        {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
        {shortcutsFrom && (
          <ShortcutsDialog onClose={() => setShortcutsFrom(null)} returnFocus={shortcutsFrom.returnFocus} />
        )}
      </CurrentUserContext.Provider>
    </PoolContext.Provider>
  );
}
