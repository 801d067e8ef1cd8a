import { useMemo } from 'react';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { MYSPACE_VIEWS, VIEW_NAMES, type MySpaceView } from './mySpaceView';

/** How the palette names each view after "Show MySpace" (Eisenhower is a name). */
const PALETTE_NAMES: Record<MySpaceView, string> = {
  sections: 'sections',
  eisenhower: 'Eisenhower matrix',
  space: 'by space',
  status: 'by status',
  calendar: 'calendar',
};

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
        label: `Show MySpace ${PALETTE_NAMES[each]}`,
        enabled: () => each !== view,
        perform: () => onChange(each),
      })),
    [view, onChange],
  );
  useCommands(commands);
  return (
    <div className="view-switch" role="group" aria-label="MySpace view" data-view-switch>
      {MYSPACE_VIEWS.map((each) => (
        <button key={each} type="button" aria-pressed={view === each} onClick={() => onChange(each)}>
          {VIEW_NAMES[each]}
        </button>
      ))}
    </div>
  );
}
