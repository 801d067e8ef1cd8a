import { useShallow } from 'zustand/react/shallow';
import { compareKeyed, slaFieldOf, type Card, type Field } from '../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import { DateDraft } from './DateDraft';
import { DraftText } from './DraftText';
import './fieldInputs.css';

interface FieldInputsProps {
  card: Card;
  store: SpaceStore;
  actions: Pick<SpaceActions, 'setFieldValue'>;
  /** Runs one write; on refusal the panel shows why and it returns false. */
  run: (what: string, write: () => void) => boolean;
  /** Prefix for the inputs' ids. */
  idPrefix: string;
}

/** How a number reads in its field: as typed back, without grouping, so editing it round-trips. */
function numberText(value: string | number | undefined): string {
  return typeof value === 'number' ? String(value) : '';
}

/**
 * One input per live custom field of the space, in field order, each saving through `setFieldValue`: a
 * date as the end of the chosen day (like the due date, "by the end of that day"), text and numbers when
 * the field is left. Values of archived fields stay on the card, unshown.
 */
export function FieldInputs({ card, store, actions, run, idPrefix }: FieldInputsProps) {
  const fields = useSpaceStore(
    store,
    useShallow((state) =>
      Object.values(state.fields)
        .filter((field) => !field.archived)
        .sort(compareKeyed),
    ),
  );
  const slaFieldId = useSpaceStore(store, (state) => slaFieldOf(state.settings, state.fields));
  if (fields.length === 0) return null;

  const save = (field: Field, value: string | number | null) =>
    run(`save ${field.name}`, () => actions.setFieldValue({ cardId: card.id, fieldId: field.id, value }));

  return (
    <fieldset className="card-panel-custom-fields">
      <legend>Fields</legend>
      {fields.map((field) => {
        const id = `${idPrefix}-field-${field.id}`;
        const value = card.values[field.id];
        const hintId = `${id}-hint`;
        const hint = field.id === slaFieldId && (
          <span id={hintId} className="hint">
            SLA due date
          </span>
        );
        return (
          <div className="field" key={field.id}>
            <label htmlFor={id}>{field.name}</label>
            {field.type === 'date' && (
              <DateDraft
                id={id}
                value={typeof value === 'number' ? value : null}
                edge="end"
                describedBy={hint ? hintId : undefined}
                onSave={(ms) => save(field, ms)}
                onRefuse={(message) =>
                  run(`save ${field.name}`, () => {
                    throw new Error(message);
                  })
                }
              />
            )}
            {field.type === 'text' && (
              <DraftText
                id={id}
                value={typeof value === 'string' ? value : ''}
                what={field.name}
                maxLength={1000}
                normalize={(text) => text.trim()}
                onSave={(text) => save(field, text === '' ? null : text)}
              />
            )}
            {field.type === 'number' && (
              <DraftText
                id={id}
                value={numberText(value)}
                what={field.name}
                inputMode="decimal"
                // "12,5 €" refused stays in the field to be mended, not replaced by the old value.
                keepsRefused
                normalize={(text) => text.trim()}
                onSave={(text) => {
                  if (text === '') return save(field, null);
                  // A decimal comma is how much of Europe writes numbers.
                  const number = Number(text.replace(',', '.'));
                  if (!Number.isFinite(number)) {
                    return run(`save ${field.name}`, () => {
                      throw new Error(`“${text}” is not a number.`);
                    });
                  }
                  return save(field, number);
                }}
              />
            )}
            {hint}
          </div>
        );
      })}
    </fieldset>
  );
}
