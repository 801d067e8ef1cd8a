import { useShallow } from 'zustand/react/shallow';
import { sortKeyed } from '../../domain/index.ts';
import { useWorkspaceStore, type WorkspaceStore } from '../../state/index.ts';
import { navigate, spacePath } from '../shell/route';

export interface SpaceLink {
  id: string;
  name: string;
}

/** A workspace's spaces as links that open their boards. */
export function SpaceLinks({
  workspaceName,
  spaces,
}: {
  workspaceName: string;
  spaces: readonly SpaceLink[];
}) {
  if (spaces.length === 0) return null;
  return (
    <ul className="space-list" aria-label={`Spaces in ${workspaceName}`}>
      {spaces.map((space) => (
        <li key={space.id}>
          <a
            href={spacePath(space.id)}
            onClick={(event) => {
              event.preventDefault();
              navigate(spacePath(space.id));
            }}
          >
            {space.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The unarchived spaces of an open workspace document, followed live, plus the ones this page just
 * created that the document has not brought yet (the server lists a space before it answers, but the
 * update may still be on its way).
 */
export function LiveSpaceLinks({
  workspaceName,
  store,
  created,
}: {
  workspaceName: string;
  store: WorkspaceStore;
  created: readonly SpaceLink[];
}) {
  const listed = useWorkspaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.spaces))),
  );
  const shown = [
    ...listed.filter((space) => !space.archived).map(({ id, name }) => ({ id, name })),
    ...created.filter((space) => !listed.some((entry) => entry.id === space.id)),
  ];
  return <SpaceLinks workspaceName={workspaceName} spaces={shown} />;
}
