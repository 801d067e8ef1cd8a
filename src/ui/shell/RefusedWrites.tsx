import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface RefusedWrite {
  id: number;
  text: string;
}

/**
 * Changes refused after the view that made them has closed: writes made on a space's board snapshot that
 * its document refused once loaded (the card was archived elsewhere meanwhile; the user moved on, and the
 * space is held open for them), and a date a card panel could not save as it closed. They are told here,
 * at the app's level, until dismissed.
 */
const refusedWrites = createStore<{ list: RefusedWrite[] }>(() => ({ list: [] }));
let nextId = 1;

/** Says that a write queued while the space was loading was refused, with the reason. */
export function reportRefusedWrite(error: unknown): void {
  const reason = error instanceof Error ? error.message : 'the space refused it.';
  reportNotSaved(`A change made while the space was loading was not saved: ${reason}`);
}

/** Says, in `text`, that a change was not saved after its view closed. */
export function reportNotSaved(text: string): void {
  refusedWrites.setState(({ list }) => ({ list: [...list, { id: nextId++, text }] }));
}

/** The refusals not dismissed yet, each an alert with its Dismiss button, above the page. */
export function RefusedWrites() {
  const list = useStore(refusedWrites, (state) => state.list);
  if (list.length === 0) return null;
  return (
    <div className="refused-writes">
      {list.map(({ id, text }) => (
        <p key={id} className="form-error" role="alert">
          {text}{' '}
          <button
            type="button"
            onClick={() =>
              refusedWrites.setState((state) => ({ list: state.list.filter((w) => w.id !== id) }))
            }
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
