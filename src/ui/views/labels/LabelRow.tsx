import { useRef, useState } from 'react';
import type { Label } from '../../../domain/index.ts';
import { NameField } from '../../common/Field';
import type { RunWrite } from '../lists/listDialog';
import { changedFields } from '../lists/changedFields';
import { ListRow } from '../lists/ListRow';
import { ColourChoice } from './ColourChoice';
import { colourName } from './palette';

interface LabelRowProps {
  label: Label;
  run: RunWrite;
  onUpdate: (input: { labelId: string; name?: string; color?: string }) => void;
  onArchive: (input: { labelId: string; archived: boolean }) => void;
  keepFocus: () => void;
}

/** One label of the list: its swatch and name, or, while edited, a form for both. */
export function LabelRow({ label, run, onUpdate, onArchive, keepFocus }: LabelRowProps) {
  const [name, setName] = useState(label.name);
  const [color, setColor] = useState(label.color);
  const start = useRef({ name: label.name, color: label.color });
  return (
    <ListRow
      name={label.name}
      what="label"
      title={
        <span className="label-name" style={{ '--label': label.color } as object}>
          <span className="label-swatch" role="img" aria-label={colourName(label.color)} />
          {label.name}
        </span>
      }
      archived={label.archived}
      run={run}
      keepFocus={keepFocus}
      onArchive={(archived) => onArchive({ labelId: label.id, archived })}
      onEdit={() => {
        start.current = { name: label.name, color: label.color };
        setName(label.name);
        setColor(label.color);
      }}
      onSave={() =>
        run('save the label', () =>
          onUpdate({ labelId: label.id, ...changedFields(start.current, { name, color }) }),
        )
      }
      form={
        <>
          <NameField value={name} onChange={setName} autoFocus />
          <ColourChoice value={color} onChange={setColor} />
        </>
      }
    />
  );
}
