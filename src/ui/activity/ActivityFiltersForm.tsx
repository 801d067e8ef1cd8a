import { useId } from 'react';
import { TYPE_CODES, type HistoryEventType } from '../../domain/index.ts';
import { DayInput } from '../common/DayInput';
import type { SpaceLink } from '../shell/useSpaceList';
import type { DetailLevel } from './activityApi.ts';

/** The filters as the form holds them: dates as the date inputs write them (`YYYY-MM-DD`, or empty). */
export interface FilterFields {
  person: string;
  type: HistoryEventType | '';
  space: string;
  fromDay: string;
  toDay: string;
  detail: DetailLevel;
}

/** Event types in words, for the type filter. */
const TYPE_WORDS: Record<HistoryEventType, string> = {
  created: 'Created',
  moved: 'Moved',
  titled: 'Renamed',
  noted: 'Notes edited',
  dated: 'Dates set',
  assigned: 'Responsible changed',
  coworker: 'Co-workers changed',
  labelled: 'Labels changed',
  archived: 'Archived or restored',
  commented: 'Commented',
  blocked: 'Blocker changed',
  checked: 'To-dos checked',
  valued: 'Custom fields set',
  related: 'Relations changed',
};
const TYPES = Object.keys(TYPE_CODES) as HistoryEventType[];

interface ActivityFiltersFormProps {
  fields: FilterFields;
  onChange: (fields: FilterFields) => void;
  people: Readonly<Record<string, string>>;
  spaces: readonly SpaceLink[];
  /** The stream is one space's: no space to choose. */
  spaceFixed?: boolean;
}

/** The stream's filters; every change applies at once (the page reloads from the first page). */
export function ActivityFiltersForm({
  fields,
  onChange,
  people,
  spaces,
  spaceFixed = false,
}: ActivityFiltersFormProps) {
  const id = useId();
  const set = (patch: Partial<FilterFields>) => onChange({ ...fields, ...patch });
  const sortedPeople = Object.entries(people).sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <form className="row activity-filters" aria-label="Activity filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-person`}>Person</label>
        <select
          id={`${id}-person`}
          className="select"
          value={fields.person}
          onChange={(e) => set({ person: e.target.value })}
        >
          <option value="">Everyone</option>
          {/* A person named by the address whose name is not known yet is still shown as chosen. */}
          {fields.person !== '' && !Object.hasOwn(people, fields.person) && (
            <option value={fields.person}>The chosen person</option>
          )}
          {sortedPeople.map(([userId, name]) => (
            <option key={userId} value={userId}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>Event type</label>
        <select
          id={`${id}-type`}
          className="select"
          value={fields.type}
          onChange={(e) => set({ type: e.target.value as HistoryEventType | '' })}
        >
          <option value="">Any</option>
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_WORDS[type]}
            </option>
          ))}
        </select>
      </div>
      {!spaceFixed && (
        <div className="field">
          <label htmlFor={`${id}-space`}>Space</label>
          <select
            id={`${id}-space`}
            className="select"
            value={fields.space}
            onChange={(e) => set({ space: e.target.value })}
          >
            <option value="">All spaces</option>
            {spaces.map((space) => (
              <option key={space.id} value={space.id}>
                {space.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <DayInput id={`${id}-from`} value={fields.fromDay} onChange={(day) => set({ fromDay: day })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <DayInput id={`${id}-to`} value={fields.toDay} onChange={(day) => set({ toDay: day })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-detail`}>Detail</label>
        <select
          id={`${id}-detail`}
          className="select"
          value={fields.detail}
          onChange={(e) => set({ detail: e.target.value as DetailLevel })}
        >
          <option value="everything">Everything</option>
          <option value="relevant">Relevant (no note or title edits)</option>
          <option value="comments">Comments only</option>
        </select>
      </div>
    </form>
  );
}
