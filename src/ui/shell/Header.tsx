import type { ConnectionStore } from '../../state/index.ts';
import type { User } from '../api';
import { ConnectionStatus } from './ConnectionStatus';
import { SignOutButton } from './SignOutButton';

interface HeaderProps {
  user: User;
  /** Name of the space on screen, or null on the home page. */
  spaceName: string | null;
  connection: ConnectionStore;
  onSignedOut: () => void | Promise<void>;
  /** Why signing out must wait (see SignOutButton), or null. */
  signOutBlockedBy?: () => string | null;
}

export function Header({ user, spaceName, connection, onSignedOut, signOutBlockedBy }: HeaderProps) {
  return (
    <header className="topbar">
      <span className="brand">Afterboard</span>
      {spaceName !== null && <span className="topbar-space">{spaceName}</span>}
      <ConnectionStatus store={connection} />
      <span className="topbar-user">
        Signed in as <strong>{user.name}</strong>
      </span>
      <SignOutButton onSignedOut={onSignedOut} blockedBy={signOutBlockedBy} />
    </header>
  );
}
