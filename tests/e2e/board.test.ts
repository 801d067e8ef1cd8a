// The Kanban board in Chromium against the real server: the sidebar, adding cards, dragging them with the
// keyboard and the mouse, undo, persistence across a reload, and two people on one space.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import {
  addCard,
  card,
  cardPanel,
  column,
  columnOrder,
  createFolder,
  createSpace,
  createWorkspace,
  dragWithMouse,
  eventually,
  moveWithKeyboard,
  openSpace,
  pressWhileDragging,
  sidebar,
  titlesIn,
} from './support/board.ts';
import { dragWithPointer } from './support/drag.ts';
import { addMember, homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

describe('the Kanban board in the browser', () => {
  const app = useApp();

  it('adds cards, moves them with the keyboard and the mouse, undoes a drop, and keeps the order', async () => {
    const { page } = app;
    const agent = newPerson('Lin Agent');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Repairs EMEA');
    await createSpace(page, 'Repairs EMEA', 'RMA intake');

    await sidebar(page).getByRole('treeitem', { name: 'RMA intake' }).waitFor();
    await openSpace(page, 'RMA intake');
    expect(new URL(page.url()).pathname).toMatch(/^\/space\/[A-Za-z0-9_-]+$/);
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();

    await addCard(page, 'To do', 'Inspect returned drill');
    await addCard(page, 'To do', 'Refund order 1042');
    await addCard(page, 'To do', 'Replace pump seal', 'top');
    expect(await titlesIn(page, 'To do')).toEqual([
      'Replace pump seal',
      'Inspect returned drill',
      'Refund order 1042',
    ]);

    // Keyboard: Space lifts, an arrow moves to the next column, Space drops.
    const dropped = await moveWithKeyboard(page, 'Replace pump seal', ['ArrowRight']);
    expect(dropped).toBe('Replace pump seal was dropped at position 1 of 1 in Doing.');
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.includes('Replace pump seal'),
    );
    expect(await titlesIn(page, 'To do')).toEqual(['Inspect returned drill', 'Refund order 1042']);
    // Focus goes back to the card the user moved, now in its new column.
    await eventually(
      () => card(page, 'Replace pump seal').evaluate((item) => item === document.activeElement),
      (focused) => focused,
    );

    // N from the focused card: its column's quick-add field takes the focus; ? lists such shortcuts.
    await page.keyboard.press('n');
    await expect
      .poll(() => page.getByLabel('New card in Doing').evaluate((field) => field === document.activeElement))
      .toBe(true);
    await card(page, 'Replace pump seal').focus();
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.getByRole('row', { name: 'N Add a card', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });
    expect(await card(page, 'Replace pump seal').evaluate((item) => item === document.activeElement)).toBe(
      true,
    );

    // Keyboard within a column: down one place; the drop says where the card is now.
    expect(await moveWithKeyboard(page, 'Inspect returned drill', ['ArrowDown'])).toBe(
      'Inspect returned drill was dropped at position 2 of 2 in To do.',
    );
    await eventually(
      () => titlesIn(page, 'To do'),
      (titles) => titles[0] === 'Refund order 1042',
    );

    // Escape cancels: nothing moves.
    await moveWithKeyboard(page, 'Refund order 1042', ['ArrowRight'], 'Escape');
    expect(await titlesIn(page, 'To do')).toEqual(['Refund order 1042', 'Inspect returned drill']);

    // Mouse: onto the empty Done column.
    await dragWithMouse(page, card(page, 'Inspect returned drill'), column(page, 'Done'), 'Done');
    await eventually(
      () => titlesIn(page, 'Done'),
      (titles) => titles.includes('Inspect returned drill'),
    );
    expect(await titlesIn(page, 'To do')).toEqual(['Refund order 1042']);

    // Mouse: onto the upper half of a card of another column, above it.
    await dragWithMouse(
      page,
      card(page, 'Refund order 1042'),
      card(page, 'Replace pump seal'),
      'Doing',
      0.25,
    );
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.join() === 'Refund order 1042,Replace pump seal',
    );
    expect(await titlesIn(page, 'To do')).toEqual([]);

    // Undo the last drop with Ctrl+Z, then redo it with Ctrl+Shift+Z.
    await page.keyboard.press('Control+z');
    await eventually(
      () => titlesIn(page, 'To do'),
      (titles) => titles.includes('Refund order 1042'),
    );
    await page.keyboard.press('Control+Shift+z');
    await eventually(
      () => titlesIn(page, 'To do'),
      (titles) => titles.length === 0,
    );
    // Undoing a keyboard drop, the focus goes with the card back to where it was.
    expect(await moveWithKeyboard(page, 'Refund order 1042', ['ArrowLeft'])).toBe(
      'Refund order 1042 was dropped at position 1 of 1 in To do.',
    );
    await eventually(
      () => titlesIn(page, 'To do'),
      (titles) => titles.join() === 'Refund order 1042',
    );
    await page.keyboard.press('Control+z');
    await eventually(
      () => titlesIn(page, 'To do'),
      (titles) => titles.length === 0,
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Refund order 1042');
    const doing = await titlesIn(page, 'Doing');

    // The order is the documents', not the page's.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'RMA intake' }).waitFor();
    await column(page, 'Done').getByRole('listitem').first().waitFor();
    expect(await titlesIn(page, 'Doing')).toEqual(doing);
    expect(await titlesIn(page, 'Done')).toEqual(['Inspect returned drill']);
    expect(await titlesIn(page, 'To do')).toEqual([]);

    // Keyboard into the leftmost column: Left reaches its card list (not the column's own drop target).
    const second = doing[1]!;
    expect(await moveWithKeyboard(page, second, ['ArrowLeft'])).toBe(
      `${second} was dropped at position 1 of 1 in To do.`,
    );
    expect(await titlesIn(page, 'To do')).toEqual([second]);
  });

  it('puts a card let go by hand by the half of the card under it, and into a collapsed column by its name', async () => {
    const { page } = app;
    const agent = newPerson('Hana Hand');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Returns');
    await createSpace(page, 'Returns', 'Returns desk');
    await openSpace(page, 'Returns desk');
    await addCard(page, 'To do', 'Fridge return');
    await addCard(page, 'To do', 'Oven return: door seal torn, customer asks for a replacement unit');
    await addCard(page, 'Doing', 'Repair in progress');

    // Let go on the lower part of the only card of another column: below it.
    await dragWithMouse(page, card(page, 'Fridge return'), card(page, 'Repair in progress'), 'Doing', 0.8);
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.join() === 'Repair in progress,Fridge return',
    );
    // A taller card let go on the lower part of the first card there: between the two.
    const oven = 'Oven return: door seal torn, customer asks for a replacement unit';
    await dragWithMouse(page, card(page, oven), card(page, 'Repair in progress'), 'Doing', 0.8);
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.join() === ['Repair in progress', oven, 'Fridge return'].join(),
    );

    // A collapsed column takes a card let go on its name, not only on the strip below it.
    await page.getByRole('button', { name: 'Collapse Done' }).click();
    await dragWithPointer(
      page,
      card(page, 'Fridge return'),
      page.getByRole('region', { name: 'Done', exact: true }).getByRole('heading', { name: 'Done' }),
      /^Fridge return is over position 1 of 1 in Done\.$/,
      'Fridge return was dropped',
    );
    await page.getByRole('button', { name: 'Expand Done' }).click();
    await eventually(
      () => titlesIn(page, 'Done'),
      (titles) => titles.join() === 'Fridge return',
    );
  });

  it('opens a card in its panel by click and by Enter, edits it there, and lists its history', async () => {
    const { page } = app;
    const agent = newPerson('Rui Agent');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Warranty');
    await createSpace(page, 'Warranty', 'Claims desk', 'Warranty claims');
    await openSpace(page, 'Claims desk');
    await addCard(page, 'Claim received', 'Claim 4711: dishwasher leaks');
    await addCard(page, 'Claim received', 'Claim 4712: oven door');
    await addCard(page, 'Awaiting documents', 'Claim 4698: fridge compressor');
    await addCard(page, 'Under assessment', 'Claim 4690: washer drum bearing');
    await addCard(page, 'Settled', 'Claim 4650: cooker hood fan');

    // This board is wider than the window: it scrolls inside itself, and the page never grows sideways.
    const widths = await page.getByRole('list', { name: 'Claim received' }).evaluate((list) => {
      let scroller: HTMLElement | null = list.parentElement;
      while (scroller && scroller.scrollWidth <= scroller.clientWidth) scroller = scroller.parentElement;
      return {
        board: scroller?.scrollWidth ?? 0,
        window: window.innerWidth,
        page: document.documentElement.scrollWidth,
      };
    });
    expect(widths.board).toBeGreaterThan(widths.window);
    expect(widths.page).toBe(widths.window);

    await card(page, 'Claim 4711: dishwasher leaks').click();
    const panel = cardPanel(page, 'Claim 4711: dishwasher leaks');
    await panel.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/card\/[A-Za-z0-9_-]+$/);

    await panel.getByLabel('Title').fill('Claim 4711: dishwasher leaks at the door');
    await panel.getByLabel('Title').press('Enter');
    const renamed = cardPanel(page, 'Claim 4711: dishwasher leaks at the door');
    await renamed.waitFor();
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    // A date left half typed is refused with a message and changes nothing.
    const start = renamed.getByLabel('Start date');
    await start.focus();
    await page.keyboard.type('12');
    await renamed.getByLabel('Notes').focus();
    await renamed.getByRole('alert').getByText('Enter a whole date (day, month and year)').waitFor();
    expect(await start.inputValue()).toBe('');
    await renamed.getByLabel('Due date').fill(day(new Date(Date.now() + 3 * 24 * 3600 * 1000)));
    // A start after the due date is refused and kept in the field, said not saved: the two dates stay level.
    await start.fill(day(new Date(Date.now() + 10 * 24 * 3600 * 1000)));
    await renamed.getByLabel('Notes').focus();
    await renamed.getByText('Not saved yet').waitFor();
    const labelTop = (name: string) =>
      renamed.getByText(name, { exact: true }).evaluate((label) => label.getBoundingClientRect().top);
    expect(await labelTop('Due date')).toBe(await labelTop('Start date'));
    await start.fill(day(new Date()));
    await renamed.getByLabel('Notes').focus();
    await renamed.getByText('Not saved yet').waitFor({ state: 'detached' });
    await renamed.getByLabel('Responsible').selectOption({ label: agent.name });
    await renamed.getByRole('checkbox', { name: 'Safety-related' }).check();
    await renamed.getByLabel('Notes').fill('Customer sent photos.');
    await renamed.getByLabel('Title').focus();

    const history = renamed.getByRole('list', { name: 'History' });
    await history.getByText('renamed it to').waitFor();
    await history.getByText('set the due date').waitFor();
    // The agent took the card on: one person, not "made <their name> responsible".
    await history.getByText('made themselves responsible').waitFor();
    await history.getByText('added the label Safety-related').waitFor();
    await history.getByText('edited the notes').waitFor();
    await history.getByText('created it in Claim received').waitFor();

    // The card front shows what the panel set: the label, due soon, the responsible person.
    const front = card(page, 'Claim 4711: dishwasher leaks at the door');
    await front.getByRole('list', { name: 'Labels' }).getByText('Safety-related').waitFor();
    await front.getByText(/^due soon /).waitFor();
    await front.getByTitle(agent.name).waitFor();

    // A missed due date on another card shows as overdue.
    await card(page, 'Claim 4698: fridge compressor').click();
    const overdue = cardPanel(page, 'Claim 4698: fridge compressor');
    await overdue.getByLabel('Due date').fill(day(new Date(Date.now() - 2 * 24 * 3600 * 1000)));
    await overdue.getByRole('checkbox', { name: 'Proof of purchase missing' }).check();
    await card(page, 'Claim 4698: fridge compressor')
      .getByText(/^overdue /)
      .waitFor();

    // Escape closes the panel and gives focus back to the card; Enter opens it again.
    await card(page, 'Claim 4711: dishwasher leaks at the door').click();
    await renamed.getByLabel('Title').press('Escape');
    await renamed.waitFor({ state: 'detached' });
    expect(await front.evaluate((item) => item === document.activeElement)).toBe(true);
    // The card whose panel is open is marked on the board, and only while it is.
    const marked = () => front.evaluate((item) => getComputedStyle(item).boxShadow !== 'none');
    expect(await marked()).toBe(false);
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'board');
    await page.keyboard.press('Enter');
    await renamed.waitFor();
    expect(await marked()).toBe(true);
    await saveScreenshot(page, 'card-panel');
    // With the focus on the space's name (a click on it), Escape closes the panel; Back opens it again.
    await page.getByRole('heading', { level: 1 }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Escape');
    await renamed.waitFor({ state: 'detached' });
    await page.goBack();
    await renamed.waitFor();

    // The panel has its own address: a reload opens it again.
    await page.reload();
    await renamed.waitFor();
    // With the focus on nothing, Escape closes it too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await renamed.waitFor({ state: 'detached' });
    await page.goBack();
    await renamed.waitFor();
    // The browser's Back closes it as well, and the focus goes back to the card, not to the page.
    await page.goBack();
    await renamed.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Claim 4711: dishwasher leaks at the door');
    await page.goForward();
    await renamed.waitFor();
    await renamed.getByRole('button', { name: 'Archive card' }).click();
    await renamed.waitFor({ state: 'detached' });
    expect(await titlesIn(page, 'Claim received')).toEqual(['Claim 4712: oven door']);
    // The focus goes on to the card that was below it, not to the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Claim 4712: oven door');

    // The space's archive finds it by title and brings it back to its column.
    await page.getByRole('button', { name: 'Archived', exact: true }).click();
    const archive = page.getByRole('dialog', { name: 'Archived cards in Claims desk' });
    await archive.getByLabel('Find an archived card').fill('dishwasher');
    await archive.getByRole('button', { name: 'Restore Claim 4711: dishwasher leaks at the door' }).click();
    await archive.getByText('0 archived cards').waitFor();
    await archive.getByRole('button', { name: 'Close' }).click();
    // Archived from the panel, the last card of a column leaves the focus at the top of the space.
    await card(page, 'Claim 4650: cooker hood fan').click();
    await cardPanel(page, 'Claim 4650: cooker hood fan')
      .getByRole('button', { name: 'Archive card' })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Board');
    await eventually(
      () => titlesIn(page, 'Claim received'),
      (titles) => titles.join() === 'Claim 4711: dishwasher leaks at the door,Claim 4712: oven door',
    );
  });

  it('draws only the cards in view of a long column, and still drags them', async () => {
    const { page } = app;
    const agent = newPerson('Vic Volume');
    await signUp(page, agent);
    await homeOf(page, agent.name);
    await createWorkspace(page, 'Spare parts');
    await createSpace(page, 'Spare parts', 'Orders');
    await openSpace(page, 'Orders');

    const field = page.getByLabel('New card in To do');
    const total = 120;
    for (let n = 1; n <= total; n += 1) {
      await field.fill(`Order ${String(n).padStart(3, '0')}`);
      await field.press('Enter');
    }
    await page.getByRole('region', { name: 'To do' }).getByText(`${total} cards`).waitFor();

    const drawn = await column(page, 'To do').getByRole('listitem').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    // Each card added at the bottom was brought into view: the column followed them down.
    expect(await titlesIn(page, 'To do')).toContain(`Order ${total}`);
    expect(await titlesIn(page, 'To do')).not.toContain('Order 001');
    // The column follows each card added to its bottom over a few frames (more on a busy machine): scrolled
    // up before it has come to rest there, it would go back down to the last card added.
    await eventually(
      () =>
        column(page, 'To do').evaluate(async (list) => {
          const at = list.scrollTop;
          await new Promise((resolve) => setTimeout(resolve, 200));
          return list.scrollTop === at && at + list.clientHeight >= list.scrollHeight - 1;
        }),
      (resting) => resting,
    );
    await column(page, 'To do').evaluate((list) => (list.scrollTop = 0));
    await card(page, 'Order 001').waitFor();

    // Without a lifted card, the arrows, Home and End move the focus between cards, also to the end of
    // the column, which it had not drawn.
    const focusedCard = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await card(page, 'Order 001').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedCard()).toBe('Order 002');
    await page.keyboard.press('End');
    await eventually(focusedCard, (title) => title === `Order ${total}`);
    await page.keyboard.press('ArrowUp');
    expect(await focusedCard()).toBe(`Order ${total - 1}`);
    await page.keyboard.press('Home');
    await eventually(focusedCard, (title) => title === 'Order 001');

    // With the column scrolled by the wheel so that the focused card is the first it still draws, the
    // arrow up reaches the card above it, which the column had not drawn.
    const todo = column(page, 'To do');
    // Every card is one line, as tall as the first (which has the focus, so it is drawn).
    await todo.evaluate((list) => {
      const first = list.querySelector('[data-card-id]')!.getBoundingClientRect();
      list.scrollTop = 49 * (first.height + 4); // 4: the gap between cards (`--space-1`)
    });
    await card(page, 'Order 050').focus();
    await todo.evaluate((list) => {
      // Three and a half cards past it: the three cards the column draws beyond its view end at it.
      const box = (document.activeElement as HTMLElement).getBoundingClientRect();
      list.scrollTop += box.top - list.getBoundingClientRect().top + 3.5 * (box.height + 4);
    });
    await eventually(
      () => todo.evaluate((list) => list.querySelector('[data-card-id]') === document.activeElement),
      (first) => first,
    );
    await page.keyboard.press('ArrowUp');
    await eventually(focusedCard, (title) => title === 'Order 049');

    // A card opened by its address far down the column takes the focus back when its panel closes.
    await page.keyboard.press('End');
    await eventually(focusedCard, (title) => title === `Order ${total}`);
    await page.keyboard.press('Enter');
    const far = cardPanel(page, `Order ${total}`);
    await far.waitFor();
    await page.reload();
    await far.waitFor();
    await far.getByRole('button', { name: 'Close' }).click();
    await far.waitFor({ state: 'detached' });
    await eventually(focusedCard, (title) => title === `Order ${total}`);

    // Scrolling the column draws the cards further down.
    await column(page, 'To do').evaluate((list) => (list.scrollTop = list.scrollHeight));
    await card(page, `Order ${total}`).waitFor();

    // Far down a long column, the card a drag passes over moves aside to make room.
    const passed = card(page, `Order ${total - 2}`);
    await card(page, `Order ${total - 1}`).focus();
    await page.keyboard.press('Space');
    await page.getByText(`Picked up Order ${total - 1}`).waitFor({ state: 'attached' });
    await pressWhileDragging(page, 'ArrowUp', `Order ${total - 1}`);
    await page.getByText(`is over position ${total - 2} of ${total}`).waitFor({ state: 'attached' });
    await eventually(
      () => passed.evaluate((item) => new DOMMatrixReadOnly(getComputedStyle(item).transform).m42),
      (shift) => shift > 0,
    );
    await page.keyboard.press('Escape');
    await page.getByText(`Moving Order ${total - 1} was cancelled`).waitFor({ state: 'attached' });

    // A drawn card of a long column moves with the keyboard like any other.
    await moveWithKeyboard(page, `Order ${total}`, ['ArrowRight']);
    await eventually(
      () => titlesIn(page, 'Doing'),
      (titles) => titles.includes(`Order ${total}`),
    );
    await page
      .getByRole('region', { name: 'To do' })
      .getByText(`${total - 1} cards`)
      .waitFor();
    // From the moved card, the left arrow goes to the card beside it in To do, one the column shows.
    await card(page, `Order ${total}`).focus();
    await page.keyboard.press('ArrowLeft');
    const beside = await column(page, 'To do').evaluate((list) => {
      const focused = document.activeElement!;
      const [view, box] = [list.getBoundingClientRect(), focused.getBoundingClientRect()];
      return { inColumn: list.contains(focused), shown: box.top >= view.top && box.bottom <= view.bottom };
    });
    expect(beside).toEqual({ inColumn: true, shown: true });
  });

  it('creates a folder and a space in it, opens it from the palette, and moves its columns', async () => {
    const { page } = app;
    const lead = newPerson('Kai Lead');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Field service');
    await createFolder(page, 'Field service', 'North region');
    await createSpace(page, 'Field service', 'Visits', undefined, 'North region');
    // The sidebar nests the space in its folder.
    await sidebar(page)
      .getByRole('treeitem', { name: 'North region' })
      .getByRole('treeitem', { name: 'Visits' })
      .waitFor();
    // Through the command palette this time: Ctrl+K, a few letters, Enter.
    await sidebar(page).getByRole('treeitem', { name: 'Visits' }).waitFor();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('open visits');
    await palette.getByRole('option', { name: 'Open space Visits' }).waitFor();
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Visits' }).waitFor();
    // The focus is on the space's name, not lost to the page, for the keyboard to go on from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Visits');
    await addCard(page, 'Doing', 'Boiler check, Hauptstr. 5');
    expect(await columnOrder(page)).toEqual(['To do', 'Doing', 'Done']);

    // Keyboard: the column's grip lifts it; Left moves it one place.
    await page.getByRole('button', { name: 'Move column Done' }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Column Done picked up at position 3 of 3.').waitFor({ state: 'attached' });
    await page.waitForTimeout(250);
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Column Done is over position 2 of 3.').waitFor({ state: 'attached' });
    await page.waitForTimeout(250);
    await page.keyboard.press('Space');
    await page.getByText('Column Done was dropped at position 2 of 3.').waitFor({ state: 'attached' });
    expect(await columnOrder(page)).toEqual(['To do', 'Done', 'Doing']);
    // Focus goes back to the moved column's grip.
    await eventually(
      () =>
        page
          .getByRole('button', { name: 'Move column Done' })
          .evaluate((button) => button === document.activeElement),
      (focused) => focused,
    );
    // The cards travel with their column.
    expect(await titlesIn(page, 'Doing')).toEqual(['Boiler check, Hauptstr. 5']);

    // Mouse: Doing's grip onto the first column's place.
    const grip = page.getByRole('button', { name: 'Move column Doing' });
    const target = await page.getByRole('button', { name: 'Move column To do' }).boundingBox();
    const start = await grip.boundingBox();
    await page.mouse.move(start!.x + 5, start!.y + 5);
    await page.mouse.down();
    await page.mouse.move(start!.x + 15, start!.y + 5, { steps: 3 });
    await page.mouse.move(target!.x - 40, target!.y + 5, { steps: 15 });
    await page.getByText('Column Doing is over position 1 of 3.').waitFor({ state: 'attached' });
    await page.mouse.up();
    await eventually(
      () => columnOrder(page),
      (order) => order.join() === 'Doing,To do,Done',
    );

    await page.waitForTimeout(250);
    await page.keyboard.press('Control+z');
    await eventually(
      () => columnOrder(page),
      (order) => order.join() === 'To do,Done,Doing',
    );

    await page.reload();
    await page.getByRole('button', { name: 'Move column Doing' }).waitFor();
    expect(await columnOrder(page)).toEqual(['To do', 'Done', 'Doing']);

    // Keyboard: the first Right moves the first column one place (not onto its own card list).
    await page.getByRole('button', { name: 'Move column To do' }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Column To do picked up at position 1 of 3.').waitFor({ state: 'attached' });
    await page.waitForTimeout(250);
    await page.keyboard.press('ArrowRight');
    await page.getByText('Column To do is over position 2 of 3.').waitFor({ state: 'attached' });
    await page.waitForTimeout(250);
    await page.keyboard.press('Space');
    await page.getByText('Column To do was dropped at position 2 of 3.').waitFor({ state: 'attached' });
    expect(await columnOrder(page)).toEqual(['Done', 'To do', 'Doing']);

    // The palette names the space's and the open card's actions too.
    const run = async (label: string) => {
      await page.keyboard.press('Control+k');
      await palette.getByRole('combobox', { name: 'Command' }).fill(label.toLowerCase());
      await palette.getByRole('option', { name: label, exact: true }).waitFor();
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });
    };
    await run('Rename this space');
    await page.getByRole('form', { name: 'Rename space' }).getByRole('button', { name: 'Cancel' }).click();
    await run('Manage the labels of this space');
    await page
      .getByRole('dialog', { name: /^Labels/ })
      .getByRole('button', { name: 'Close' })
      .click();
    await card(page, 'Boiler check, Hauptstr. 5').click();
    await cardPanel(page, 'Boiler check, Hauptstr. 5').waitFor();
    await run('Archive this card');
    await cardPanel(page, 'Boiler check, Hauptstr. 5').waitFor({ state: 'detached' });
    expect(await titlesIn(page, 'Doing')).toEqual([]);
  });

  it('two people on one space see each other’s cards, presence and moves', async () => {
    const { page } = app;
    const owner = newPerson('Noor Owner');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await createWorkspace(page, 'Complaints');
    await createSpace(page, 'Complaints', 'Escalations');

    const page2 = await app.openAnotherBrowser();
    const colleague = newPerson('Sam Colleague');
    await signUp(page2, colleague);
    await homeOf(page2, colleague.name);

    await addMember(page, app.url, 'Complaints', colleague.email);

    await openSpace(page, 'Escalations');
    await page2.reload();
    await openSpace(page2, 'Escalations');

    await addCard(page, 'To do', 'Customer wants a callback');
    await column(page2, 'To do').getByRole('listitem', { name: 'Customer wants a callback' }).waitFor({
      timeout: 3000,
    });

    // A colleague's new card lights up for a moment so it is noticed; one's own does not.
    const lit = (p: typeof page, title: string) =>
      card(p, title).evaluate((element) => element.getAnimations().length > 0);
    await expect.poll(() => lit(page2, 'Customer wants a callback'), { timeout: 1_500 }).toBe(true);
    expect(await lit(page, 'Customer wants a callback')).toBe(false);

    await addCard(page2, 'Doing', 'Replacement shipped');
    await column(page, 'Doing').getByRole('listitem', { name: 'Replacement shipped' }).waitFor({
      timeout: 3000,
    });
    // So does a card a colleague moves, in its new column.
    await expect.poll(() => lit(page, 'Replacement shipped'), { timeout: 2_500 }).toBe(false);
    await card(page, 'Replacement shipped').focus();
    await moveWithKeyboard(page2, 'Replacement shipped', ['ArrowRight']);
    await column(page, 'Done')
      .getByRole('listitem', { name: 'Replacement shipped' })
      .waitFor({ timeout: 3000 });
    await expect.poll(() => lit(page, 'Replacement shipped'), { timeout: 1_500 }).toBe(true);
    // The one who had that card focused keeps it focused, in its new column.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Replacement shipped');
    expect(await lit(page2, 'Replacement shipped')).toBe(false);

    // Each sees who else is on the space, and which card the other is moving.
    await page.getByRole('list', { name: 'Also here' }).getByTitle(colleague.name).waitFor();
    await page2.getByRole('list', { name: 'Also here' }).getByTitle(owner.name).waitFor();
    const moving = card(page2, 'Customer wants a callback').getByText(`${owner.name} is moving this card`);
    await card(page, 'Customer wants a callback').focus();
    await page.keyboard.press('Space');
    await moving.waitFor();
    // The keyboard sensor listens from a moment after the lift: the colleague can see the lift first.
    await pressWhileDragging(page, 'Escape', 'Customer wants a callback');
    await moving.waitFor({ state: 'detached' });

    // Both drag the same card at once to different columns: it ends up in exactly one, the same for both.
    const lift = async (p: typeof page) => {
      await card(p, 'Customer wants a callback').focus();
      await p.keyboard.press('Space');
      await p.getByText('Picked up Customer wants a callback').waitFor({ state: 'attached' });
    };
    await lift(page);
    await lift(page2);
    await page.keyboard.press('ArrowRight');
    await page2.keyboard.press('ArrowRight');
    await page2.waitForTimeout(250);
    await page2.keyboard.press('ArrowRight');
    await page.waitForTimeout(250);
    await Promise.all([page.keyboard.press('Space'), page2.keyboard.press('Space')]);
    const where = async (p: typeof page) => {
      const columns = await Promise.all(['To do', 'Doing', 'Done'].map((status) => titlesIn(p, status)));
      return columns.map((titles) => titles.filter((title) => title === 'Customer wants a callback').length);
    };
    const settled = await eventually(
      async () => [await where(page), await where(page2)],
      ([one, two]) => JSON.stringify(one) === JSON.stringify(two) && one!.reduce((a, b) => a + b) === 1,
    );
    expect(settled[0]!.slice(1).reduce((a, b) => a + b)).toBe(1);
  });

  it('renames and archives a space; a visitor reads a public space without edit controls, and comments and edits the comment', async () => {
    const { page } = app;
    const owner = newPerson('Uma Owner');
    await signUp(page, owner);
    await homeOf(page, owner.name);
    await page.getByLabel('Workspace name').fill('Public complaints');
    await page.getByRole('radio', { name: 'Public' }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page
      .getByRole('list', { name: 'Your workspaces' })
      .getByRole('listitem', { name: 'Public complaints' })
      .waitFor();
    await createSpace(page, 'Public complaints', 'Inbox');
    await createSpace(page, 'Public complaints', 'Old inbox');
    await openSpace(page, 'Inbox');
    await addCard(page, 'To do', 'Loud fridge');

    await page.getByRole('button', { name: 'Rename space' }).click();
    await page.getByRole('form', { name: 'Rename space' }).getByLabel('New name').fill('Complaints inbox');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Complaints inbox' }).waitFor();
    await sidebar(page).getByRole('treeitem', { name: 'Complaints inbox' }).waitFor();

    await openSpace(page, 'Old inbox');
    const oldInbox = page.url();
    await page.getByRole('button', { name: 'Archive space' }).click();
    await page.getByRole('group', { name: 'Archive space' }).getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('heading', { name: `Welcome, ${owner.name}` }).waitFor();
    await sidebar(page)
      .getByRole('treeitem', { name: 'Old inbox', exact: true })
      .waitFor({ state: 'detached' });
    // Said, as the sidebar says its own archives, with the focus on its Undo, which brings it back.
    await page.getByText('Archived the space “Old inbox”.').waitFor();
    const undo = page.getByRole('button', { name: 'Undo: restore the space “Old inbox”' });
    await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await sidebar(page).getByRole('treeitem', { name: 'Old inbox', exact: true }).waitFor();
    await openSpace(page, 'Old inbox');
    await page.getByRole('button', { name: 'Archive space' }).click();
    await page.getByRole('group', { name: 'Archive space' }).getByRole('button', { name: 'Archive' }).click();
    await sidebar(page)
      .getByRole('treeitem', { name: 'Old inbox', exact: true })
      .waitFor({ state: 'detached' });
    // Opened by its address, the archived space says so and reads as it was left, until it is restored.
    await page.goto(oldInbox);
    await page.getByRole('status').getByText('This space is archived').waitFor();
    await column(page, 'To do').waitFor();
    expect(await page.getByLabel('New card in To do').count()).toBe(0);
    await page.getByRole('button', { name: 'Restore space' }).click();
    await page.getByLabel('New card in To do').waitFor();
    await sidebar(page).getByRole('treeitem', { name: 'Old inbox', exact: true }).waitFor();

    // A visitor of the public workspace sees the board, and no way to change it.
    const page2 = await app.openAnotherBrowser();
    const visitor = newPerson('Vera Visitor');
    await signUp(page2, visitor);
    await homeOf(page2, visitor.name);
    await openSpace(page2, 'Complaints inbox');
    await card(page2, 'Loud fridge').waitFor();
    expect(await page2.getByLabel('New card in To do').count()).toBe(0);
    expect(await page2.getByRole('button', { name: 'Rename space' }).count()).toBe(0);
    // No column handles that would do nothing.
    expect(await page2.getByRole('button', { name: /^Move column / }).count()).toBe(0);
    await card(page2, 'Loud fridge').focus();
    await page2.keyboard.press('Space');
    await page2.waitForTimeout(250);
    expect(await page2.getByText('Picked up Loud fridge').count()).toBe(0);
    await card(page2, 'Loud fridge').click();
    await expect.poll(() => cardPanel(page2, 'Loud fridge').getByLabel('Title').isDisabled()).toBe(true);
    // The panel says why its fields take no typing.
    await cardPanel(page2, 'Loud fridge')
      .getByText('You are a visitor here: you can read this card and comment on it; members edit it.')
      .waitFor();

    // Visitors read and comment: the owner sees the visitor's comment arrive on the card.
    const comment = cardPanel(page2, 'Loud fridge').getByRole('textbox', { name: 'New comment' });
    await comment.fill('It hums at night too.');
    await comment.press('Enter');
    await cardPanel(page2, 'Loud fridge')
      .getByRole('list', { name: 'Comments' })
      .getByText('It hums at night too.')
      .waitFor();
    // And edits their own comment, which the server writes as them too.
    const own = cardPanel(page2, 'Loud fridge').getByRole('listitem', { name: /^Comment by / });
    await own.getByRole('button', { name: 'Edit' }).click();
    await own.getByRole('textbox', { name: 'Edit comment' }).fill('It hums at night, loudly.');
    await own.getByRole('textbox', { name: 'Edit comment' }).press('Enter');
    await own.getByText('It hums at night, loudly.').waitFor();
    await own.getByText('(edited)').waitFor();
    await openSpace(page, 'Complaints inbox');
    await card(page, 'Loud fridge').getByRole('img', { name: '1 comment' }).waitFor();
  });

  it('says so when a space address leads nowhere the user may go', async () => {
    const { page } = app;
    const agent = newPerson('Ola Outsider');
    await signUp(page, agent);
    await homeOf(page, agent.name);

    await page.goto(`${app.url}/space/no-such-space`);

    await page
      .getByRole('alert')
      .getByText(/does not exist or you are not a member/)
      .waitFor();
    await page.getByRole('status', { name: 'Connection' }).waitFor();
    // No view or tool of a space is offered for a space the user cannot open.
    await page.getByRole('heading', { level: 1, name: 'Space not available' }).waitFor();
    for (const tool of ['Activity', 'Archived', 'Labels', 'Columns']) {
      expect(
        await page.getByRole('main').getByRole('button', { name: tool, exact: true }).count(),
        tool,
      ).toBe(0);
    }

    // An address the app does not have at all says so too, and leads home.
    await page.goto(`${app.url}/spaces-of-mine`);
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    expect(await page.title()).toBe('Not found · Afterboard');
    await page.getByRole('button', { name: 'Go to Home' }).click();
    await homeOf(page, agent.name);
  });
});
