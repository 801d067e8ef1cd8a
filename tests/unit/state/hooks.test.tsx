// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { memo } from 'react';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, orderedStatuses, updateCard } from '../../../src/domain/index.ts';
import { bridgeSpace } from '../../../src/sync/bridge/spaceBridge.ts';
import { useAllCards, useSpaceStore } from '../../../src/state/hooks.ts';
import { selectCard, type SpaceStore } from '../../../src/state/spaceStore.ts';

afterEach(cleanup);

const ctx = { actor: 'u1' };

describe('useSpaceStore', () => {
  it('re-renders a card view only when that card changes', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const statusId = orderedStatuses(doc)[0]!.id;
    const a = createCard(doc, { statusId, title: 'Leaking valve' }, ctx);
    const b = createCard(doc, { statusId, title: 'Dead pixel' }, ctx);
    const { store, destroy } = bridgeSpace(doc);
    const renders: Record<string, number> = {};

    const CardTitle = memo(function CardTitle({ id, store }: { id: string; store: SpaceStore }) {
      const card = useSpaceStore(store, selectCard(id));
      renders[id] = (renders[id] ?? 0) + 1;
      return <li data-testid={id}>{card?.title}</li>;
    });
    render(
      <ul>
        <CardTitle id={a} store={store} />
        <CardTitle id={b} store={store} />
      </ul>,
    );
    expect(renders).toEqual({ [a]: 1, [b]: 1 });

    act(() => updateCard(doc, { cardId: a, title: 'Leaking valve, urgent' }, ctx));

    expect(screen.getByTestId(a).textContent).toBe('Leaking valve, urgent');
    expect(screen.getByTestId(b).textContent).toBe('Dead pixel');
    expect(renders).toEqual({ [a]: 2, [b]: 1 });
    destroy();
  });
});

describe('useAllCards', () => {
  it('gives a new record whenever a card changes, though the store changes its own in place', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const statusId = orderedStatuses(doc)[0]!.id;
    const a = createCard(doc, { statusId, title: 'Leaking valve' }, ctx);
    const { store, destroy } = bridgeSpace(doc);
    const { result, rerender } = renderHook(() => useAllCards(store));
    const first = result.current;
    expect(first[a]?.title).toBe('Leaking valve');
    rerender();
    expect(result.current).toBe(first);

    act(() => updateCard(doc, { cardId: a, title: 'Leaking valve, urgent' }, ctx));
    expect(result.current).not.toBe(first);
    expect(result.current[a]?.title).toBe('Leaking valve, urgent');
    // What a reader held is a copy: it still reads as it was.
    expect(first[a]?.title).toBe('Leaking valve');
    let b = '';
    act(() => {
      b = createCard(doc, { statusId, title: 'Dead pixel' }, ctx);
    });
    expect(Object.keys(result.current).sort()).toEqual([a, b].sort());
    destroy();
  });
});
