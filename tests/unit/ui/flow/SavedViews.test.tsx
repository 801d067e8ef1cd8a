// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initUserDoc, saveView } from '../../../../src/domain/index.ts';
import type { DocumentHandle, DocumentPool } from '../../../../src/sync/documentPool.ts';
import { CurrentUserContext } from '../../../../src/ui/shell/currentUser';
import { PoolContext } from '../../../../src/ui/shell/pool';
import { defaultFlowSettings } from '../../../../src/ui/views/flow/flowQuery';
import { SavedViews } from '../../../../src/ui/views/flow/SavedViews';
import type { FlowSettingsState } from '../../../../src/ui/views/flow/useFlowSettings';

const USER = 'uAAAAAAAAAA1';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The UTC day `days` from now, as the address writes it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const [ahead, aheadEnd, past, pastEnd] = [
  dayFromNow(400),
  dayFromNow(490),
  dayFromNow(-150),
  dayFromNow(-60),
];

/** A pool holding only the user's own document, loaded. */
function poolWith(doc: Y.Doc): DocumentPool {
  const handle = {
    name: `user/${USER}`,
    doc,
    whenLocal: Promise.resolve(),
    whenSynced: Promise.resolve(),
    release: () => {},
  } as unknown as DocumentHandle;
  return { acquire: () => handle } as unknown as DocumentPool;
}

describe('saved Flow views', () => {
  afterEach(cleanup);

  it('says what of a view cannot be shown now rather than dropping it silently', () => {
    const doc = new Y.Doc();
    initUserDoc(doc, { id: USER }, { actor: USER });
    const ctx = { actor: USER };
    saveView(doc, { name: 'Next year', spaceId: 'sp1', query: `?from=${ahead}&to=${aheadEnd}` }, ctx);
    saveView(doc, { name: 'Last quarter', spaceId: 'sp1', query: `?from=${past}&to=${pastEnd}` }, ctx);
    const change = vi.fn();
    const state: FlowSettingsState = {
      settings: defaultFlowSettings('UTC'),
      problems: [],
      defaultTimeZone: 'UTC',
      change,
      options: { asOf: Date.now(), timeZone: 'UTC' },
      filter: { labels: [], responsible: null, text: '' },
    };
    render(
      <CurrentUserContext.Provider value={{ id: USER, email: 'ada@example.com', name: 'Ada' }}>
        <PoolContext.Provider value={poolWith(doc)}>
          <SavedViews spaceId="sp1" state={state} />
        </PoolContext.Provider>
      </CurrentUserContext.Provider>,
    );
    const chosen = screen.getByRole('combobox', { name: 'Saved view' });
    const idOf = (name: string) => screen.getByRole<HTMLOptionElement>('option', { name }).value;

    fireEvent.change(chosen, { target: { value: idOf('Next year') } });
    expect(change).toHaveBeenLastCalledWith(defaultFlowSettings('UTC'));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The view “Next year”: The window starts after today \(\d{4}-\d{2}-\d{2}\); all history is shown\.$/,
    );

    fireEvent.change(chosen, { target: { value: idOf('Last quarter') } });
    expect(change).toHaveBeenLastCalledWith({ ...defaultFlowSettings('UTC'), from: past, to: pastEnd });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
