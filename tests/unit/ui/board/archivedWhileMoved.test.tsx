// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { boardAnnouncements } from '../../../../src/ui/views/kanban/announcements';
import { columnDropId } from '../../../../src/ui/views/kanban/preview';
import { useBoardDrag } from '../../../../src/ui/views/kanban/useBoardDrag';

/** A space with two cards in its first column, and a board's drag state over it. */
function board() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const colleague = bindSpaceActions({ doc }, 'u2');
  const [from, to] = orderedStatuses(doc);
  const kettle = actions.createCard({ statusId: from!.id, title: 'Claim 4714: kettle' });
  const toaster = actions.createCard({ statusId: from!.id, title: 'Claim 4715: toaster' });
  const errors: (string | null)[] = [];
  const { result } = renderHook(() => useBoardDrag(store, actions, (message) => errors.push(message)));
  /** Lifts `cardId` with the keyboard and drops it on the second column's list. */
  const move = (cardId: string, meanwhile: () => void = () => {}) => {
    act(() =>
      result.current.onDragStart({
        active: { id: cardId },
        activatorEvent: new KeyboardEvent('keydown'),
      } as never),
    );
    meanwhile();
    const drop = {
      active: { id: cardId, rect: { current: { translated: null } } },
      over: { id: columnDropId(to!.id) },
    };
    act(() => result.current.onDragEnd(drop as never));
    const announcements = boardAnnouncements(
      store.getState,
      result.current.columnIds,
      result.current.columnOf,
    );
    return announcements.onDragEnd!(drop as never);
  };
  const third = orderedStatuses(doc)[2]!;
  return { store, colleague, from: from!.id, to: to!.id, third, kettle, toaster, errors, move, drag: result };
}

describe('a card archived by a colleague while it is being moved', () => {
  afterEach(cleanup);

  it('is not moved, and the mover is told why in words and in the announcement', () => {
    const { store, colleague, from, to, kettle, toaster, errors, move } = board();
    expect(move(toaster)).toBe('Claim 4715: toaster was dropped at position 1 of 1 in Awaiting documents.');
    expect(store.getState().columns[to]).toEqual([toaster]);

    const said = move(kettle, () => colleague.archiveCard({ cardId: kettle, archived: true }));
    expect(errors.at(-1)).toBe(
      '“Claim 4714: kettle” was archived meanwhile by someone else, so it was not moved.',
    );
    expect(said).toBe('Claim 4714: kettle was archived meanwhile by someone else and did not move.');
    expect(store.getState().cards[kettle]).toMatchObject({ archived: true, pos: { statusId: from } });
    expect(store.getState().columns[to]).toEqual([toaster]);
  });
});

describe('a card a colleague moves while it is being moved', () => {
  afterEach(cleanup);

  it('is said to be where the colleague put it when the move is cancelled', () => {
    const { store, colleague, third, kettle, drag: result } = board();
    const cancel = (meanwhile: () => void) => {
      const lift = { active: { id: kettle }, activatorEvent: new KeyboardEvent('keydown') };
      const said = boardAnnouncements(store.getState, result.current.columnIds, result.current.columnOf);
      said.onDragStart!(lift as never);
      act(() => result.current.onDragStart(lift as never));
      meanwhile();
      act(() => result.current.onDragCancel());
      return said.onDragCancel!({ active: { id: kettle } } as never);
    };
    expect(cancel(() => {})).toBe('Moving Claim 4714: kettle was cancelled. It is back where it was.');
    expect(cancel(() => act(() => colleague.moveCard({ cardId: kettle, toStatusId: third.id })))).toBe(
      'Moving Claim 4714: kettle was cancelled. Someone else moved it meanwhile: it is at position 1 of 1 in Under assessment.',
    );
  });
});

describe('a card a colleague moves while it is being moved, then dropped', () => {
  afterEach(cleanup);

  it('goes where the drop puts it, and the drop says where the colleague had put it', () => {
    const { store, colleague, to, third, kettle, drag: result } = board();
    const drop = (meanwhile: () => void) => {
      const lift = { active: { id: kettle }, activatorEvent: new KeyboardEvent('keydown') };
      const said = boardAnnouncements(
        store.getState,
        result.current.columnIds,
        result.current.columnOf,
        result.current.columnBeforeDrop,
      );
      said.onDragStart!(lift as never);
      act(() => result.current.onDragStart(lift as never));
      meanwhile();
      const end = {
        active: { id: kettle, rect: { current: { translated: null } } },
        over: { id: columnDropId(to) },
      };
      act(() => result.current.onDragEnd(end as never));
      return said.onDragEnd!(end as never);
    };
    expect(drop(() => act(() => colleague.moveCard({ cardId: kettle, toStatusId: third.id })))).toBe(
      'Claim 4714: kettle was dropped at position 1 of 1 in Awaiting documents. Someone else had moved it to Under assessment meanwhile.',
    );
    expect(store.getState().cards[kettle]!.pos.statusId).toBe(to);
    // Lifted from there and dropped back in the same column: nobody else's move to speak of.
    expect(drop(() => {})).toBe('Claim 4714: kettle was dropped at position 1 of 1 in Awaiting documents.');
  });
});
