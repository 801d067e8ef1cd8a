import { useContext, useEffect, useState } from 'react';
import { PeopleContext } from '../../card/people';
import type { CardFilter } from './cardFilter';

export interface FilterLabel {
  id: string;
  name: string;
  archived: boolean;
}

interface FlowFilterControlsProps {
  filter: CardFilter;
  labels: Readonly<Record<string, FilterLabel>>;
  onChange: (filter: CardFilter) => void;
}

/**
 * The Time Chart's card filter: any of some labels, one responsible person, words in the title or notes.
 * Labels and the person apply at once; the text when the field is left or Enter is pressed, so a space of
 * thousands of cards is not walked again per keystroke.
 */
export function FlowFilterControls({ filter, labels, onChange }: FlowFilterControlsProps) {
  const people = useContext(PeopleContext);
  const [text, setText] = useState(filter.text);
  // The address may change under the field (Back, a reset): show what it now holds.
  useEffect(() => setText(filter.text), [filter.text]);
  const commitText = () => {
    if (text.trim() !== filter.text.trim()) onChange({ ...filter, text: text.trim() });
  };
  const toggleLabel = (id: string, on: boolean) =>
    onChange({
      ...filter,
      labels: on ? [...filter.labels, id] : filter.labels.filter((label) => label !== id),
    });
  // Archived labels stay offered while they filter, so they can be switched off again.
  const shown = Object.values(labels)
    .filter((label) => !label.archived || filter.labels.includes(label.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const responsible = filter.responsible;

  return (
    <fieldset className="flow-filter">
      <legend>Cards</legend>
      {shown.length > 0 && (
        <div role="group" aria-label="Labels" className="flow-filter-labels">
          {shown.map((label) => (
            <label key={label.id}>
              <input
                type="checkbox"
                checked={filter.labels.includes(label.id)}
                onChange={(event) => toggleLabel(label.id, event.target.checked)}
              />
              {label.name}
            </label>
          ))}
        </div>
      )}
      <label>
        Responsible
        <select
          className="select"
          value={responsible ?? ''}
          onChange={(event) => onChange({ ...filter, responsible: event.target.value || null })}
        >
          <option value="">Anyone</option>
          {Object.entries(people).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
          {responsible !== null && !Object.hasOwn(people, responsible) && (
            <option value={responsible}>User {responsible.slice(0, 4)}</option>
          )}
        </select>
      </label>
      <label>
        Text
        <input
          type="search"
          value={text}
          placeholder="Words in title or notes"
          onChange={(event) => setText(event.target.value)}
          onBlur={commitText}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            commitText();
          }}
        />
      </label>
    </fieldset>
  );
}

/** The filter in words, for the sentence above the charts; empty when every card is shown. */
export function describeFilter(
  filter: CardFilter,
  labels: Readonly<Record<string, FilterLabel>>,
  nameOf: (userId: string) => string,
): string {
  const parts: string[] = [];
  if (filter.labels.length > 0) {
    const names = filter.labels.map((id) => labels[id]?.name ?? id);
    parts.push(`labelled ${names.join(' or ')}`);
  }
  if (filter.responsible !== null) {
    parts.push(`with ${nameOf(filter.responsible)} responsible`);
  }
  if (filter.text.trim() !== '') parts.push(`containing "${filter.text.trim()}"`);
  return parts.length === 0 ? '' : `Only cards ${parts.join(', ')}.`;
}
