// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  addTodo,
  checkTodo,
  createCard,
  initSpaceDoc,
  orderedStatuses,
  setBlocker,
} from '../../../../src/domain/index.ts';
import { bridgeSpace } from '../../../../src/sync/index.ts';
import { CardView } from '../../../../src/ui/card/CardView';
import { ColumnHarness } from './ColumnHarness';
import { Column } from '../../../../src/ui/views/kanban/Column';
import { card, NOW } from './fixtures';

const ctx = { actor: 'u1' };

describe('card front marks', () => {
  afterEach(cleanup);

  it('names the to-do progress, the comment count and the blocker', () => {
    render(
      <CardView
        card={card('c1', 'Replace pump seal', 's1', 'a0', {
          blocker: { reason: 'Waiting for seal kit', by: 'u1', at: NOW },
        })}
        labels={{}}
        done={false}
        now={NOW}
        badges={{ todosDone: 2, todosTotal: 5, comments: 3 }}
      />,
    );
    expect(screen.getByRole('img', { name: '2 of 5 to-dos done' }).textContent).toContain('2/5');
    expect(screen.getByRole('img', { name: '3 comments' }).textContent).toContain('3');
    expect(screen.getByRole('img', { name: 'Blocked: Waiting for seal kit' })).toBeTruthy();
  });

  it('shows no marks for a card without to-dos, comments or blocker, and says “1 comment”', () => {
    const { rerender } = render(
      <CardView card={card('c1', 'Seal', 's1', 'a0')} labels={{}} done={false} now={NOW} />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    rerender(
      <CardView
        card={card('c1', 'Seal', 's1', 'a0')}
        labels={{}}
        done={false}
        now={NOW}
        badges={{ todosDone: 0, todosTotal: 0, comments: 1 }}
      />,
    );
    expect(screen.getByRole('img', { name: '1 comment' })).toBeTruthy();
  });

  it('follows the document live on the board, and the card is still named by its title first', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, ctx);
    const status = orderedStatuses(doc)[0]!;
    const cardId = createCard(doc, { statusId: status.id, title: 'Claim 4711' }, ctx);
    const { store } = bridgeSpace(doc);
    render(
      <ColumnHarness store={store}>
        <Column
          status={status}
          labels={{}}
          preview={null}
          activeId={null}
          cardsBound={false}
          cardsDroppable
          now={NOW}
          onAdd={() => {}}
        />
      </ColumnHarness>,
    );
    const item = screen.getByRole('listitem', { name: /^Claim 4711/ });
    act(() => {
      const first = addTodo(doc, { cardId, text: 'Check serial' }, ctx);
      addTodo(doc, { cardId, text: 'Order seal' }, ctx);
      checkTodo(doc, { cardId, todoId: first, done: true }, ctx);
      addComment(doc, { cardId, text: 'Customer called' }, ctx);
      setBlocker(doc, { cardId, reason: 'Parts' }, ctx);
    });
    expect(within(item).getByRole('img', { name: '1 of 2 to-dos done' })).toBeTruthy();
    expect(within(item).getByRole('img', { name: '1 comment' })).toBeTruthy();
    expect(within(item).getByRole('img', { name: 'Blocked: Parts' })).toBeTruthy();
  });
});
