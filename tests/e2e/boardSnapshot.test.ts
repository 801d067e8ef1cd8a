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

/** The snapshot row of `space/<spaceId>` in the app's IndexedDB, as the page reads it. */
const READ_SNAPSHOT = (name: string) =>
  new Promise<{ state: { cards: Record<string, { title: string }> } } | null>((resolve, reject) => {
    const request = indexedDB.open('afterboard');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('boards').objectStore('boards').get(name);
      get.onsuccess = () => {
        db.close();
        resolve(get.result ?? null);
      };
      get.onerror = () => reject(get.error);
    };
  });

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

    // The snapshot is written at most every 30 s after a change, and when the user leaves the space.
    const spaceUrl = page.url();
    const name = `space/${new URL(spaceUrl).pathname.split('/')[2]}`;
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await homeOf(page, agent.name);
    await eventually(
      () => page.evaluate(READ_SNAPSHOT, name),
      (row) => Object.values(row?.state.cards ?? {}).length === 3,
      20_000,
    );
    // Make the snapshot older than the document, as when the last visit ended right after an edit: a card
    // titled as it was before. The page must show that first, then the document's title.
    await page.evaluate(async (docName) => {
      const row = await new Promise<{ state: { cards: Record<string, { title: string }> } }>((resolve) => {
        const request = indexedDB.open('afterboard');
        request.onsuccess = () => {
          const get = request.result.transaction('boards').objectStore('boards').get(docName);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
        };
      });
      for (const card of Object.values(row.state.cards))
        if (card.title === 'Call back installer') card.title = 'Call installer';
      await new Promise<void>((resolve) => {
        const request = indexedDB.open('afterboard');
        request.onsuccess = () => {
          const tx = request.result.transaction('boards', 'readwrite');
          tx.objectStore('boards').put(row);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      });
    }, name);

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
