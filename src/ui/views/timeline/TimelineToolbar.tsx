import type { Zoom } from './scale';
import { ZOOMS } from './scale';
import type { GroupBy } from './timelineRows';

const ZOOM_LABELS: Record<Zoom, string> = { day: 'Day', week: 'Week', month: 'Month' };

interface TimelineToolbarProps {
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  onToday: () => void;
}

/** Zoom, grouping and a way back to today. */
export function TimelineToolbar({ zoom, onZoom, groupBy, onGroupBy, onToday }: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar">
      <div className="view-switch" role="group" aria-label="Zoom">
        {ZOOMS.map((unit) => (
          <button key={unit} type="button" aria-pressed={zoom === unit} onClick={() => onZoom(unit)}>
            {ZOOM_LABELS[unit]}
          </button>
        ))}
      </div>
      <button type="button" className="timeline-today-button" onClick={onToday}>
        Today
      </button>
      <label className="timeline-group-by">
        Group by{' '}
        <select
          className="select"
          value={groupBy}
          onChange={(event) => onGroupBy(event.target.value as GroupBy)}
        >
          <option value="status">Status</option>
          <option value="responsible">Responsible person</option>
        </select>
      </label>
    </div>
  );
}
