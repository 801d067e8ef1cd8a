import { useMemo } from 'react';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { calendarPath, flowPath, navigate, spacePath, timelinePath, type SpaceView } from '../shell/route';

/** Which face of the space is on screen (board, flow, calendar, timeline), kept in the URL so it survives a reload. */
export function SpaceViewSwitch({ spaceId, view }: { spaceId: string; view: SpaceView }) {
  // The palette offers the other view, so the switch is reachable without the mouse or a Tab hunt.
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'view-board',
        label: 'Show the board',
        enabled: () => view !== 'board',
        perform: () => navigate(spacePath(spaceId)),
      },
      {
        id: 'view-flow',
        label: 'Show the flow charts',
        enabled: () => view !== 'flow',
        perform: () => navigate(flowPath(spaceId)),
      },
      {
        id: 'view-calendar',
        label: 'Show the calendar',
        enabled: () => view !== 'calendar',
        perform: () => navigate(calendarPath(spaceId)),
      },
      {
        id: 'view-timeline',
        label: 'Show the timeline',
        enabled: () => view !== 'timeline',
        perform: () => navigate(timelinePath(spaceId)),
      },
    ],
    [spaceId, view],
  );
  useCommands(commands);
  return (
    <div className="view-switch" role="group" aria-label="View" data-view-switch>
      <button type="button" aria-pressed={view === 'board'} onClick={() => navigate(spacePath(spaceId))}>
        Board
      </button>
      <button type="button" aria-pressed={view === 'flow'} onClick={() => navigate(flowPath(spaceId))}>
        Flow
      </button>
      <button
        type="button"
        aria-pressed={view === 'calendar'}
        onClick={() => navigate(calendarPath(spaceId))}
      >
        Calendar
      </button>
      <button
        type="button"
        aria-pressed={view === 'timeline'}
        onClick={() => navigate(timelinePath(spaceId))}
      >
        Timeline
      </button>
    </div>
  );
}
