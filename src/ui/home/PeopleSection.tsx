import { useCallback, useContext, useId, useState } from 'react';
import type { Member, Workspace } from '../api';
import { announce } from '../common/announce';
import { FormError } from '../common/FormError';
import { CurrentUserContext } from '../shell/currentUser';
import { AddPersonForm } from './AddPersonForm';
import { mayLeave, MemberRow } from './MemberRow';
import { usePeople } from './usePeople';

interface PeopleSectionProps {
  workspace: Workspace;
  /** The user changed their own role or left: the workspace list is asked again. */
  onOwnMembershipChanged?: () => void;
}

/**
 * Who is in a workspace, behind a disclosure so the home lists nothing it was not asked for. Owners
 * add people by email, change roles and remove people; members and visitors read names and roles.
 */
export function PeopleSection({ workspace, onOwnMembershipChanged }: PeopleSectionProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="people">
      <button
        type="button"
        className="people-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        // One such button per workspace on the home: each says whose people it shows.
        aria-label={`People in ${workspace.name}`}
        onClick={() => setOpen((shown) => !shown)}
      >
        People
      </button>
      {open && (
        <div id={panelId} className="stack">
          <PeoplePanel workspace={workspace} onOwnMembershipChanged={onOwnMembershipChanged} />
        </div>
      )}
    </div>
  );
}

function PeoplePanel({ workspace, onOwnMembershipChanged }: PeopleSectionProps) {
  const { people, reload } = usePeople(workspace.id);
  const user = useContext(CurrentUserContext);
  const manage = workspace.role === 'owner';
  const onChanged = useCallback(
    (member: Pick<Member, 'id'>, removed: boolean) => {
      const own = user !== null && member.id === user.id;
      if (own && removed) {
        // Left: the home lists their workspaces afresh, and a private one goes from it with this list and
        // the button that had the focus, which goes to the page's heading.
        onOwnMembershipChanged?.();
        document.querySelector<HTMLElement>('h1')?.focus();
        announce(`You left ${workspace.name}.`);
        return;
      }
      reload();
      if (own) onOwnMembershipChanged?.();
    },
    [reload, user, onOwnMembershipChanged, workspace.name],
  );
  const onAdded = useCallback(
    (email: string) => {
      reload();
      if (user && email.toLowerCase() === user.email.toLowerCase()) onOwnMembershipChanged?.();
    },
    [reload, user, onOwnMembershipChanged],
  );
  return (
    <>
      {people.state === 'loading' && (
        <p className="muted" aria-busy="true">
          Loading people…
        </p>
      )}
      {people.state === 'error' && <FormError message={`Could not load the people: ${people.message}`} />}
      {people.state === 'ready' && (
        <ul className="people-list" aria-label={`People in ${workspace.name}`}>
          {people.list.map((member) => (
            <MemberRow
              key={member.id}
              workspace={workspace}
              member={member}
              manage={manage}
              own={user?.id === member.id}
              canLeave={mayLeave(workspace) && !lastOwner(member, people.list)}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {manage && <AddPersonForm workspace={workspace} onAdded={onAdded} />}
    </>
  );
}

/** Whether `member` is the workspace's only owner, whom the server keeps (no way to leave is offered). */
function lastOwner(member: Member, list: readonly Member[]): boolean {
  return member.role === 'owner' && list.filter((other) => other.role === 'owner').length <= 1;
}
