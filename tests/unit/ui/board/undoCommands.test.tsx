// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { allCommands } from '../../../../src/ui/commands/registry';
import { useUndoCommands } from '../../../../src/ui/views/useUndoCommands';
import { useSpaceStepWords } from '../../../../src/ui/views/undoWords';

const said = () => document.querySelector('[data-announcer]')?.textContent ?? null;

/** A space with one card, the Undo and Redo commands registered over it, and how to run one of them. */
function space(title: string) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statuses = orderedStatuses(doc);
  const cardId = actions.createCard({ statusId: statuses[0]!.id, title });
  const errors: (string | null)[] = [];
  renderHook(() =>
    useUndoCommands(actions, (message) => errors.push(message), undefined, useSpaceStepWords(store)),
  );
  /** Runs the command and lets the announcement be said. */
  const perform = (id: 'undo' | 'redo') => {
    act(() =>
      allCommands()
        .find((command) => command.id === id)!
        .perform(),
    );
    act(() => vi.advanceTimersByTime(100));
  };
  return { store, actions, statuses, cardId, errors, perform };
}

describe('undo and redo commands', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('undo a move and redo it, and say each, or that there is nothing to undo', () => {
    const { store, actions, statuses, cardId, errors, perform } = space('Claim 4716: blender');
    const [from, to] = statuses;
    act(() => actions.moveCard({ cardId, toStatusId: to!.id }));

    perform('undo');
    expect(store.getState().cards[cardId]!.pos.statusId).toBe(from!.id);
    // Said with what the step did, as the card may be far from the focus.
    expect(said()).toBe(`Undone: Claim 4716: blender is at position 1 of 1 in ${from!.name}.`);
    perform('redo');
    expect(store.getState().cards[cardId]!.pos.statusId).toBe(to!.id);
    expect(said()).toBe(`Redone: Claim 4716: blender is at position 1 of 1 in ${to!.name}.`);
    perform('redo');
    expect(said()).toBe('Nothing to redo.');
    expect(errors.every((error) => error === null)).toBe(true);
  });

  it('says what the step did alone, though a colleague’s change arrived just before it', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
    // Remote changes held back for a later task, as the app's board does (`deferRemote`).
    const { store } = bridgeSpace(doc, { deferRemote: () => () => {} });
    const actions = bindSpaceActions({ doc }, 'u1');
    const [first, second] = orderedStatuses(doc);
    const cardId = actions.createCard({ statusId: first!.id, title: 'Claim 4720: toaster' });
    actions.moveCard({ cardId, toStatusId: second!.id });
    renderHook(() => useUndoCommands(actions, () => {}, undefined, useSpaceStepWords(store)));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    createCard(peer, { statusId: first!.id, title: 'Their card' }, { actor: 'u2' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'server');

    act(() =>
      allCommands()
        .find((command) => command.id === 'undo')!
        .perform(),
    );
    act(() => vi.advanceTimersByTime(100));
    expect(said()).toMatch(
      new RegExp(`^Undone: Claim 4720: toaster is at position \\d of 2 in ${first!.name}\\.$`),
    );
  });

  it('says the date a step puts back or takes away', () => {
    const { actions, cardId, perform } = space('Claim 4717: kettle');
    const due = new Date(2026, 11, 24, 23, 59).getTime();
    act(() => actions.updateCard({ cardId, due }));
    perform('undo');
    expect(said()).toBe('Undone: Claim 4717: kettle has no due date.');
    perform('redo');
    expect(said()).toBe(
      `Redone: Claim 4717: kettle is due ${new Date(due).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}.`,
    );
  });
});
