import type { ConnectionStore } from '../../state/index.ts';
import type { User } from '../api';
import { formatKeys } from '../commands/command';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { ConnectionStatus } from './ConnectionStatus';
import { PeopleHere } from './PeopleHere';
import { NAVIGATION_ID } from './Sidebar';
import { SignOutButton } from './SignOutButton';

interface HeaderProps {
  user: User;
  /** Name of the space on screen ('' while it loads), or null on the home page. */
  spaceName: string | null;
  connection: ConnectionStore;
  onSignedOut: () => void | Promise<void>;
  /** Told as a sign-out from this page starts, and if it fails (see SignOutButton). */
  onSigningOut?: (underWay: boolean) => void;
  /** Why signing out must wait (see SignOutButton), or null. */
  signOutBlockedBy?: () => string | null;
  /** Whether the sidebar is open as a panel (narrow windows only; wide ones always show it). */
  navigationOpen: boolean;
  onToggleNavigation: () => void;
  /** Opens the command palette, which finds cards and spaces and runs every command. */
  onOpenPalette: () => void;
}

/** The top bar: the space on screen, who else has it open, the connection, and the signed-in user. */
export function Header({
  user,
  spaceName,
  connection,
  onSignedOut,
  onSigningOut,
  signOutBlockedBy,
  navigationOpen,
  onToggleNavigation,
  onOpenPalette,
}: HeaderProps) {
  return (
    <header className="topbar">
      {/* Shown only where the window is too narrow for the sidebar beside the board. */}
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={navigationOpen}
        aria-controls={NAVIGATION_ID}
        onClick={onToggleNavigation}
        onKeyDown={(event) => {
          // Escape closes the panel from its button too, as it does from inside it.
          if (event.key === 'Escape' && navigationOpen) onToggleNavigation();
        }}
      >
        <span aria-hidden="true">☰</span> <span className="nav-toggle-word">Navigation</span>
      </button>
      <span className="brand">Afterboard</span>
      {spaceName && <span className="topbar-space">{spaceName}</span>}
      <ConnectionStatus store={connection} />
      {/* The shell provides the open space's presence; on the home page nobody is "here". */}
      {spaceName !== null && <PeopleHere />}
      <span className="topbar-user">
        Signed in as <strong>{user.name}</strong>
      </span>
      {/* The palette's shortcut, where a new user sees it; `?` lists the others from there. */}
      <button
        type="button"
        className="topbar-commands"
        onClick={onOpenPalette}
        aria-keyshortcuts="Control+K Meta+K"
        title={`Find cards and spaces, run commands (${formatKeys('Mod+K')}); ? lists every shortcut`}
      >
        {/* A phone's header has room for a magnifier only; the button's label says what it is either way. */}
        <svg className="topbar-commands-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
          <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="1.3" />
        </svg>
        <span className="topbar-commands-word">Search and commands</span>{' '}
        <kbd className="topbar-commands-keys">{formatKeys('Mod+K')}</kbd>
      </button>
      <NotificationsButton />
      <SignOutButton onSignedOut={onSignedOut} onSigningOut={onSigningOut} blockedBy={signOutBlockedBy} />
    </header>
  );
}
