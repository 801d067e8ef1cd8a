import { flowPath, navigate, spacePath, type SpaceView } from '../shell/route';

/** Board or Flow: which face of the space is on screen, kept in the URL so it survives a reload. */
export function SpaceViewSwitch({ spaceId, view }: { spaceId: string; view: SpaceView }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'board'} onClick={() => navigate(spacePath(spaceId))}>
        Board
      </button>
      <button type="button" aria-pressed={view === 'flow'} onClick={() => navigate(flowPath(spaceId))}>
        Flow
      </button>
    </div>
  );
}
