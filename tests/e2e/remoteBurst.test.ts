// The Kanban board under a burst of another client's transactions, in Chromium against the real server.
// The same person's second client writes 130 separate transactions (new cards, moves between columns,
// title edits) through the domain operations while the board is shown. Each reached the browser as its
// own update; the board used to render once per update, and as dnd-kit registered every card that moved
// into a column, React counted the renders as nested updates and threw "Maximum update depth exceeded".
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cardsInStatus,
  createCard,
  moveCard,
  orderedStatuses,
  updateCard,
  type OpContext,
} from '../../src/domain/index.ts';
import { api, connectDoc, type DocClient } from '../fixtures/server.ts';
import { useApp } from './support/app.ts';
import {
  column,
  createSpace,
  createWorkspace,
  eventually,
  openSpace,
  sidebar,
  titlesIn,
} from './support/board.ts';
import { recordConsoleErrors } from './support/consoleErrors.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

/** More than `VIRTUALIZE_FROM` (25): the first column starts as a virtualized list. */
const SEEDED = 40;

/** Each call is its own transaction, so each reaches the browser as a separate update. */
function burst(doc: Y.Doc, ctx: OpContext, seeded: string[]): number {
  const statuses = orderedStatuses(doc).map((status) => status.id);
  let transactions = 0;
  const cards = [...seeded];
  for (let i = 0; i < 10; i++, transactions++)
    cards.push(createCard(doc, { statusId: statuses[1 + (i % 2)]!, title: `New claim ${i}` }, ctx));
  for (let i = 0; i < 110; i++, transactions++)
    moveCard(doc, { cardId: cards[i % cards.length]!, toStatusId: statuses[(i + 1) % 3]! }, ctx);
  for (let i = 0; i < 10; i++, transactions++)
    updateCard(doc, { cardId: cards[i * 3]!, title: `Claim ${i * 3} (checked)` }, ctx);
  return transactions;
}

describe('a burst of remote transactions on the Kanban board', () => {
  const app = useApp();
  let client: DocClient | undefined;
  afterEach(() => {
    client?.destroy();
    client = undefined;
  });

  it('shows every card in its column, with no error, after 130 separate remote transactions', async () => {
    const { page } = app;
    const errors = recordConsoleErrors(page, app.url);
    const lead = newPerson('Bo Burst');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service DE');
    await createSpace(page, 'Service DE', 'Claims');
    await sidebar(page).getByRole('treeitem', { name: 'Claims' }).waitFor();
    await openSpace(page, 'Claims');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    const spaceId = /^\/space\/([A-Za-z0-9_-]+)/.exec(new URL(page.url()).pathname)![1]!;

    const cookie = (await app.context.cookies(app.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await api<{ id: string }>(app.url, '/api/me', { cookie });
    client = connectDoc(app.url.replace(/^http/, 'ws'), `space/${spaceId}`, cookie);
    await client.synced;
    const doc = client.doc;
    const ctx: OpContext = { actor: me.body.id };
    const statuses = orderedStatuses(doc);
    const first = statuses[0]!.name;

    // A long first column, in one transaction, and shown before the burst starts.
    const seeded = doc.transact(() =>
      Array.from({ length: SEEDED }, (_, i) =>
        createCard(doc, { statusId: statuses[0]!.id, title: `Claim ${i}` }, ctx),
      ),
    );
    await page
      .getByRole('region', { name: first, exact: true })
      .getByText(`${SEEDED} cards`, { exact: true })
      .waitFor();

    // On a busy machine the updates queue up in the browser faster than it renders them, which is when
    // the renders chained; slowing the page's CPU eightfold made that happen on every run of the old board.
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    expect(burst(doc, ctx, seeded)).toBe(130);

    const expected = statuses.map((status) => cardsInStatus(doc, status.id).map((card) => card.title));
    expect(expected.every((titles) => titles.length < 25)).toBe(true);
    for (const [i, status] of statuses.entries()) {
      await eventually(
        () => titlesIn(page, status.name),
        (titles) => JSON.stringify(titles) === JSON.stringify(expected[i]),
        30_000,
      );
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await column(page, first).getByRole('listitem').count()).toBe(expected[0]!.length);
    expect(errors).toEqual([]);
  });
});
