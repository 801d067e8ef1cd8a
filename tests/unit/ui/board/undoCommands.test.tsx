// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { allCommands } from '../../../../src/ui/commands/registry';
import { useUndoCommands } from '../../../../src/ui/views/useUndoCommands';

const said = () => document.querySelector('[data-announcer]')?.textContent ?? null;

describe('undo and redo commands', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('undo a move and redo it, and say each, or that there is nothing to undo', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
    const { store } = bridgeSpace(doc);
    const actions = bindSpaceActions({ doc }, 'u1');
    const [from, to] = orderedStatuses(doc);
    const cardId = actions.createCard({ statusId: from!.id, title: 'Claim 4716: blender' });
    actions.moveCard({ cardId, toStatusId: to!.id });
    const errors: (string | null)[] = [];
    renderHook(() => useUndoCommands(actions, (message) => errors.push(message)));
    const perform = (id: string) => {
      act(() =>
        allCommands()
          .find((command) => command.id === id)!
          .perform(),
      );
      act(() => vi.advanceTimersByTime(100));
    };

    perform('undo');
    expect(store.getState().cards[cardId]!.pos.statusId).toBe(from!.id);
    expect(said()).toBe('Undone.');
    perform('redo');
    expect(store.getState().cards[cardId]!.pos.statusId).toBe(to!.id);
    expect(said()).toBe('Redone.');
    perform('redo');
    expect(said()).toBe('Nothing to redo.');
    expect(errors.every((error) => error === null)).toBe(true);
  });
});
