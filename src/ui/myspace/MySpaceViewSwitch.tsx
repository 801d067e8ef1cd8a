import { useMemo } from 'react';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { MYSPACE_VIEWS, VIEW_NAMES, type MySpaceView } from './mySpaceView';

/** Which view of MySpace is on screen; the palette offers the others too. */
export function MySpaceViewSwitch({
  view,
  onChange,
}: {
  view: MySpaceView;
  onChange: (view: MySpaceView) => void;
}) {
  const commands = useMemo<Command[]>(
    () =>
      MYSPACE_VIEWS.map((each) => ({
        id: `myspace-view-${each}`,
        label: `Show MySpace ${VIEW_NAMES[each].toLowerCase()}`,
        enabled: () => each !== view,
        perform: () => onChange(each),
      })),
    [view, onChange],
  );
  useCommands(commands);
  return (
    <div className="view-switch" role="group" aria-label="MySpace view">
      {MYSPACE_VIEWS.map((each) => (
        <button key={each} type="button" aria-pressed={view === each} onClick={() => onChange(each)}>
          {VIEW_NAMES[each]}
        </button>
      ))}
    </div>
  );
}
