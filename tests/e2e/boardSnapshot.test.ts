// Coming back to a space paints its board from the snapshot in IndexedDB, says it is loading, and ends with
// the board the document holds. The page load is offline for sync (the socket answered by a silent
// stand-in), so the board can only come from this device.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  titlesIn,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

interface CardPart {
  name: string;
  generation: number;
  index: number;
  part: { cards?: Record<string, { title: string }> };
}

/**
 * The parts of the snapshot of `space/<spaceId>` in the app's IndexedDB that its head row names, as the
 * page reads them (cards and all), or null when there is none.
 */
const READ_SNAPSHOT = (name: string) =>
  new Promise<CardPart[] | null>((resolve, reject) => {
    const request = indexedDB.open('afterboard');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction(['boards', 'boardParts']);
      transaction.onerror = () => reject(transaction.error);
      const head = transaction.objectStore('boards').get(name);
      head.onsuccess = () => {
        const row = head.result as { generation: number; parts: number } | undefined;
        if (!row) return resolve(null);
        const range = IDBKeyRange.bound([name, row.generation, 0], [name, row.generation, row.parts]);
        const parts = transaction.objectStore('boardParts').getAll(range);
        parts.onsuccess = () => {
          db.close();
          resolve(parts.result as CardPart[]);
        };
      };
    };
  });

const cardsIn = (parts: CardPart[] | null) => parts?.flatMap((p) => Object.values(p.part.cards ?? {})) ?? [];

describe('the board snapshot', () => {
  const app = useApp();

  it('paints a board loaded offline from the snapshot, then shows the document', async () => {
    const { page, context } = app;
    const agent = newPerson('Nia Snapshot');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Service North');
    await createSpace(page, 'Service North', 'Boiler visits');
    await openSpace(page, 'Boiler visits');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    await addCard(page, 'To do', 'Visit Mrs Olsen');
    await addCard(page, 'To do', 'Order heat exchanger');
    await addCard(page, 'To do', 'Call back installer');
    await moveWithKeyboard(page, 'Order heat exchanger', ['ArrowRight']);
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.includes('Order heat exchanger'),
    );
    const board = {
      todo: await titlesIn(page, 'To do'),
      doing: await titlesIn(page, 'Doing'),
    };
    expect(board).toEqual({
      todo: ['Visit Mrs Olsen', 'Call back installer'],
      doing: ['Order heat exchanger'],
    });

    // The snapshot is written a few seconds after the last change, and when the user leaves the space.
    const spaceUrl = page.url();
    const name = `space/${new URL(spaceUrl).pathname.split('/')[2]}`;
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await homeOf(page, agent.name);
    await eventually(
      () => page.evaluate(READ_SNAPSHOT, name),
      (parts) => cardsIn(parts).length === 3,
      20_000,
    );
    // Make the snapshot older than the document, as when the last visit ended right after an edit: a card
    // titled as it was before. The page must show that first, then the document's title.
    const parts = (await page.evaluate(READ_SNAPSHOT, name))!;
    const edited = parts.find((p) =>
      Object.values(p.part.cards ?? {}).some((card) => card.title === 'Call back installer'),
    )!;
    for (const card of Object.values(edited.part.cards!))
      if (card.title === 'Call back installer') card.title = 'Call installer';
    await page.evaluate(
      (row) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('afterboard');
          request.onsuccess = () => {
            const tx = request.result.transaction('boardParts', 'readwrite');
            tx.objectStore('boardParts').put(row);
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
      edited,
    );

    // From the first frame on, note every card shown while the header says the board is loading.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenWhileLoading: string[] }).seenWhileLoading = seen;
      new MutationObserver(() => {
        if (!document.querySelector('[role="status"][aria-label="Board loading"]')) return;
        for (const item of document.querySelectorAll('[role="listitem"][aria-label]'))
          seen.push(item.getAttribute('aria-label')!);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await context.routeWebSocket(/\/sync\//, () => undefined);
    await page.goto(spaceUrl);

    await page.getByRole('listitem', { name: 'Call back installer', exact: true }).waitFor();
    await page.getByRole('status', { name: 'Board loading' }).waitFor({ state: 'detached' });
    const seen = await page.evaluate(
      () => (window as unknown as { seenWhileLoading: string[] }).seenWhileLoading,
    );
    expect(seen).toContain('Call installer');
    expect(seen).toContain('Visit Mrs Olsen');
    // The board ends as the document says.
    expect(await titlesIn(page, 'To do')).toEqual(board.todo);
    expect(await titlesIn(page, 'Doing')).toEqual(board.doing);
    expect(await page.getByRole('listitem', { name: 'Call installer', exact: true }).count()).toBe(0);
  });
});
