import { useContext } from 'react';
import type { Card } from '../../domain/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { RunWrite } from './panelTypes';
import { PeopleContext } from './people';

interface CoworkerPickerProps {
  card: Card;
  actions: SpaceActions;
  run: RunWrite;
  personName: (id: string) => string;
}

/**
 * Co-workers as one checkbox per person the board knows (PeopleContext's keys), plus any co-worker it
 * does not know, so nobody on the card is hidden from the list. The responsible person is not offered:
 * they are on the card already, in the other role (unless they were a co-worker first).
 */
export function CoworkerPicker({ card, actions, run, personName }: CoworkerPickerProps) {
  const people = useContext(PeopleContext);
  const offered = Object.keys(people).filter((id) => id !== card.responsible);
  const ids = [...new Set([...offered, ...card.coworkers])].sort((a, b) =>
    personName(a).localeCompare(personName(b)),
  );
  return (
    <fieldset className="coworker-list">
      <legend>Co-workers</legend>
      {ids.length === 0 && <p className="muted">Nobody to choose yet.</p>}
      {ids.map((userId) => (
        <label key={userId}>
          <input
            type="checkbox"
            checked={card.coworkers.includes(userId)}
            onChange={(event) =>
              run('change the co-workers', () =>
                actions.setCoworker({ cardId: card.id, userId, on: event.target.checked }),
              )
            }
          />
          {personName(userId)}
        </label>
      ))}
    </fieldset>
  );
}
