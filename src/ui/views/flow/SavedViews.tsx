import { useContext, useMemo, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUserStore, type UserStore } from '../../../state/index.ts';
import { bindUserActions, openUser, type DocumentPool, type OpenDocument } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { CurrentUserContext } from '../../shell/currentUser';
import { PoolContext } from '../../shell/pool';
import { useOpenDocument } from '../../shell/useOpenDocument';
import { formatFlowQuery, parseFlowQuery } from './flowQuery';
import type { FlowSettingsState } from './useFlowSettings';

/**
 * The user's saved views of this space's Flow charts: each is a name for a set of settings (window, time
 * zone, calendar, card filter) kept in the user's own document, so it follows them to every device and
 * works offline. Choosing one applies its settings; "Save view" keeps the settings on screen under a name
 * (the same name again replaces them, after asking). The view whose settings are on screen is selected.
 */
export function SavedViews({ spaceId, state }: { spaceId: string; state: FlowSettingsState }) {
  const user = useContext(CurrentUserContext);
  const pool = useContext(PoolContext);
  // Outside the signed-in app (a component test of the charts) there is no user document to keep views in.
  if (!user || !pool) return null;
  return <SavedViewsOpen spaceId={spaceId} state={state} userId={user.id} pool={pool} />;
}

function SavedViewsOpen({
  pool,
  ...props
}: {
  spaceId: string;
  state: FlowSettingsState;
  userId: string;
  pool: DocumentPool;
}) {
  const opened = useOpenDocument(pool, props.userId, openUser);
  return opened ? <SavedViewsOf {...props} opened={opened} /> : null;
}

function SavedViewsOf({
  spaceId,
  state,
  userId,
  opened,
}: {
  spaceId: string;
  state: FlowSettingsState;
  userId: string;
  opened: OpenDocument<UserStore>;
}) {
  const views = useUserStore(
    opened.store,
    useShallow((user) =>
      Object.values(user.views)
        .filter((view) => view.spaceId === spaceId)
        .sort((a, b) => a.name.localeCompare(b.name)),
    ),
  );
  const actions = useMemo(() => bindUserActions(opened.handle, userId), [opened, userId]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The view last chosen or saved here, while its settings are on screen; otherwise any view that has them.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const current = formatFlowQuery(state.settings, state.defaultTimeZone);
  const shown =
    views.find((view) => view.id === chosenId && view.query === current) ??
    views.find((view) => view.query === current) ??
    null;

  const run = (write: () => void) => {
    try {
      write();
      setError(null);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The view could not be saved.');
      return false;
    }
  };
  const apply = (viewId: string) => {
    const view = views.find((candidate) => candidate.id === viewId);
    if (!view) return;
    setChosenId(view.id);
    const { settings, problems } = parseFlowQuery(view.query, state.defaultTimeZone, Date.now());
    state.change(settings);
    // What the view asks that cannot be shown now (a window still to come) is said, not silently dropped.
    setError(problems.length > 0 ? `The view “${view.name}”: ${problems.join(' ')}` : null);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const wanted = name.trim();
    const taken = views.find((view) => view.name.toLowerCase() === wanted.toLowerCase());
    const replace = taken !== undefined && window.confirm(`Replace the view “${taken.name}”?`);
    if (taken && !replace) return;
    let saved: string | null = null;
    if (run(() => (saved = actions.saveView({ name: wanted, spaceId, query: current, replace })))) {
      setChosenId(saved);
      setName('');
    }
  };

  return (
    <div className="flow-controls-row flow-saved-views" role="group" aria-label="Saved views">
      <label>
        Saved view
        <select
          className="select"
          value={shown?.id ?? ''}
          onChange={(event) => apply(event.target.value)}
          disabled={views.length === 0}
        >
          <option value="">{views.length === 0 ? 'None saved yet' : 'Choose a view'}</option>
          {views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </label>
      <form className="flow-controls-row" aria-label="Save this view" onSubmit={save}>
        <label>
          View name
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <button type="submit">Save view</button>
      </form>
      {shown && (
        <button type="button" onClick={() => run(() => actions.deleteView({ viewId: shown.id }))}>
          Delete view “{shown.name}”
        </button>
      )}
      <FormError message={error} />
    </div>
  );
}
