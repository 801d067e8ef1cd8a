import { useMemo } from 'react';
import { sortKeyed, type Card, type Status } from '../../domain/index.ts';

interface StatusSelectProps {
  id: string;
  card: Card;
  /** The space's statuses by id, archived ones included. */
  statuses: Record<string, Status>;
  onChange: (statusId: string) => void;
}

/**
 * The card's status as a choice in its panel: what the board does by dragging, for the keyboard and for
 * panels opened away from the board (MySpace). The board's open statuses in board order; a card left in an
 * archived status shows it, but it cannot be chosen again.
 */
export function StatusSelect({ id, card, statuses, onChange }: StatusSelectProps) {
  const open = useMemo(
    () => sortKeyed(Object.values(statuses).filter((status) => !status.archived)),
    [statuses],
  );
  const current = Object.hasOwn(statuses, card.pos.statusId) ? statuses[card.pos.statusId] : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>Status</label>
      <select id={id} value={card.pos.statusId} onChange={(event) => onChange(event.target.value)}>
        {(current === undefined || current.archived) && (
          <option value={card.pos.statusId} disabled>
            {current?.name ?? 'A removed status'}
          </option>
        )}
        {open.map((status) => (
          <option key={status.id} value={status.id}>
            {status.name}
          </option>
        ))}
      </select>
    </div>
  );
}
