// A card dragged with a finger on the Kanban board, in Chromium against the real server: a touch that
// rests on a card lifts it, moving the finger carries it to another column, and lifting the finger drops
// it there. A quick swipe is left to the browser (it scrolls), so it does not lift the card.
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  column,
  createSpace,
  createWorkspace,
  eventually,
  openSpace,
  sidebar,
  titlesIn,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';

type Point = { x: number; y: number };

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
}

/** A finger put down at `from`, resting `holdMs`, then moved to `to` in small steps and lifted. */
async function fingerDrag(cdp: CDPSession, from: Point, to: Point, holdMs: number) {
  await touch(cdp, 'touchStart', from);
  await new Promise((resolve) => setTimeout(resolve, holdMs));
  for (let step = 1; step <= 15; step++) {
    const at = { x: from.x + ((to.x - from.x) * step) / 15, y: from.y + ((to.y - from.y) * step) / 15 };
    await touch(cdp, 'touchMove', at);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  await touch(cdp, 'touchEnd');
}

const middle = (box: { x: number; y: number; width: number; height: number }): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

describe('dragging a card with a finger', () => {
  const app = useApp();

  it('lifts a card held under a finger, moves it to another column, and leaves a swipe alone', async () => {
    const { page } = app;
    const agent = newPerson('Fay Finger');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Field service');
    await createSpace(page, 'Field service', 'Tablet visits');
    await sidebar(page).getByRole('treeitem', { name: 'Tablet visits' }).waitFor();
    await openSpace(page, 'Tablet visits');
    await addCard(page, 'To do', 'Replace boiler valve');
    await addCard(page, 'To do', 'Check heat pump');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const from = middle((await card(page, 'Check heat pump').boundingBox())!);
    const to = middle((await column(page, 'Doing').boundingBox())!);

    // A swipe without resting (down the column, as a finger scrolls it): not a drag.
    await fingerDrag(cdp, from, { x: from.x, y: from.y + 80 }, 0);
    await page.waitForTimeout(300);
    expect(await titlesIn(page, 'To do')).toEqual(['Replace boiler valve', 'Check heat pump']);

    // Resting first: the card lifts and lands where the finger leaves it.
    await fingerDrag(cdp, from, to, 400);
    await page.getByText(/^Check heat pump was dropped at position 1 of 1 in Doing\.$/).waitFor({
      state: 'attached',
    });
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.includes('Check heat pump'),
    );
    expect(await titlesIn(page, 'To do')).toEqual(['Replace boiler valve']);
  });
});
