// The board's writes: plain functions bound to an open space, each one domain operation and one undo step.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';

function openBoard() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, { actor: 'owner' });
  const [todo, doing] = orderedStatuses(doc);
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'agent1');
  const titles = (statusId: string) =>
    (store.getState().columns[statusId] ?? []).map((id) => store.getState().cards[id]?.title);
  return { doc, store, actions, todo: todo!.id, doing: doing!.id, titles };
}

describe('space actions', () => {
  it('creates cards at the top or bottom as the signed-in user', () => {
    const { store, actions, todo, titles } = openBoard();
    actions.createCard({ statusId: todo, title: 'Second' });
    const first = actions.createCard({ statusId: todo, title: 'First', position: 'top' });
    expect(titles(todo)).toEqual(['First', 'Second']);
    expect(store.getState().cards[first]?.createdBy).toBe('agent1');
  });

  it('undoes and redoes one drop as one step, leaving earlier steps alone', () => {
    const { actions, todo, doing, titles } = openBoard();
    const a = actions.createCard({ statusId: todo, title: 'A' });
    actions.createCard({ statusId: todo, title: 'B' });
    actions.moveCard({ cardId: a, toStatusId: doing });
    expect(titles(todo)).toEqual(['B']);

    expect(actions.undo()).toBe(true);
    expect(titles(todo)).toEqual(['A', 'B']);
    expect(titles(doing)).toEqual([]);

    expect(actions.redo()).toBe(true);
    expect(titles(doing)).toEqual(['A']);
  });

  it('stops recording once destroyed', () => {
    const { actions, todo } = openBoard();
    actions.destroy();
    actions.createCard({ statusId: todo, title: 'A' });
    expect(actions.undo()).toBe(false);
  });
});
