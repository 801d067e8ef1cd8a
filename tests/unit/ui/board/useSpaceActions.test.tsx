// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { archiveCard, createCard, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { createSpaceLoadStore } from '../../../../src/state/spaceStore.ts';
import type { OpenSpace, SpaceActions } from '../../../../src/sync/index.ts';
import { RefusedWrites } from '../../../../src/ui/shell/RefusedWrites';
import { useSpaceActions } from '../../../../src/ui/views/useSpaceActions';

let actions: SpaceActions | null = null;
let closeView: () => void = () => {};

function Visit({ opened }: { opened: OpenSpace }) {
  actions = useSpaceActions(opened, 'u1');
  return null;
}

/** The app in miniature: a space's view, which the user may close, and the refusals above the page. */
function App({ opened }: { opened: OpenSpace }) {
  const [open, setOpen] = useState(true);
  closeView = () => setOpen(false);
  return (
    <>
      <RefusedWrites />
      {open && <Visit opened={opened} />}
    </>
  );
}

/** A space showing its snapshot, with one card, and the way to finish loading it. */
function loadingSpace() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
  const [todo, doing] = orderedStatuses(doc).map((status) => status.id) as [string, string];
  const cardId = createCard(doc, { statusId: todo, title: 'Pump' }, { actor: 'u1' });
  const load = createSpaceLoadStore('snapshot');
  const opened = { handle: { doc }, load, whenLive: new Promise<void>(() => {}), hold: () => () => {} };
  return { doc, cardId, doing, load, opened: opened as unknown as OpenSpace };
}

describe('a write made on the snapshot that the loaded space refuses', () => {
  afterEach(cleanup);

  it('is said with the reason until dismissed', () => {
    const { doc, cardId, doing, load, opened } = loadingSpace();
    render(<App opened={opened} />);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => actions!.moveCard({ cardId, toStatusId: doing }));
    archiveCard(doc, { cardId, archived: true }, { actor: 'u2' });
    act(() => load.setState('live', true));

    expect(screen.getByRole('alert').textContent).toContain(
      'A change made while the space was loading was not saved: Restore the card before editing it.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is said even when the view that made it closed before the space loaded', () => {
    const { doc, cardId, doing, load, opened } = loadingSpace();
    render(<App opened={opened} />);
    act(() => actions!.moveCard({ cardId, toStatusId: doing }));
    act(() => closeView());
    archiveCard(doc, { cardId, archived: true }, { actor: 'u2' });
    act(() => load.setState('live', true));

    expect(screen.getByRole('alert').textContent).toMatch(/^A change made while the space was loading/);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  });
});
