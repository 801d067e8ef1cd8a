// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, NOTES_MAX, orderedStatuses } from '../../../../src/domain/index.ts';
import { boardPicture } from '../../../../src/sync/boardPicture.ts';
import { bindSpaceActions, bridgeSpace, readSpaceState } from '../../../../src/sync/index.ts';
import { CardPanel } from '../../../../src/ui/card/CardPanel';
import { toDateInput } from '../../../../src/ui/card/dateInput';
import { PeopleContext } from '../../../../src/ui/card/people';
import { RefusedWrites } from '../../../../src/ui/shell/RefusedWrites';

/** The text of the elements `element`'s `aria-describedby` names, as a screen reader reads it. */
function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function openCard() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statusId = orderedStatuses(doc)[0]!.id;
  const cardId = actions.createCard({ statusId, title: 'Claim 4711: dishwasher leaks' });
  const onClose = vi.fn();
  const { unmount } = render(
    <PeopleContext.Provider value={{ u1: 'Ada Lovelace', u2: 'Bob Builder' }}>
      <CardPanel cardId={cardId} store={store} actions={actions} onClose={onClose} />
    </PeopleContext.Provider>,
  );
  // A colleague writing the same document, as their edits arrive over the network.
  const colleague = bindSpaceActions({ doc }, 'u2');
  return { store, cardId, onClose, colleague, unmount };
}

/** The user typing "My version" in the notes while a colleague saves "Their version": the notice shows. */
function notesInConflict() {
  const opened = openCard();
  const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
  fireEvent.focus(notes);
  fireEvent.change(notes, { target: { value: 'My version' } });
  act(() => opened.colleague.updateCard({ cardId: opened.cardId, notes: 'Their version' }));
  return { ...opened, notes, keep: screen.getByRole('button', { name: 'Keep theirs' }) };
}

describe('card panel', () => {
  afterEach(cleanup);

  it('is a dialog named after the card, with its history', () => {
    openCard();
    const dialog = screen.getByRole('dialog', { name: 'Claim 4711: dishwasher leaks' });
    const history = within(dialog).getByRole('list', { name: 'History' });
    expect(history.textContent).toContain('Ada Lovelace created it in Claim received');
    // The author's name opens their own activity stream, as it does in the streams.
    const author = within(history).getAllByRole('link', { name: 'Ada Lovelace' })[0]!;
    expect(author.getAttribute('href')).toMatch(/^\/activity\?person=[A-Za-z0-9_-]+$/);
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
  });

  it('moves the focus to its heading again when the card it was opened for arrives', () => {
    // Opened from a link before the space is loaded: the card is not there yet.
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
    const { store } = bridgeSpace(doc);
    const actions = bindSpaceActions({ doc }, 'u1');
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
    const cardId = bindSpaceActions({ doc: later }, 'u2').createCard({
      statusId: orderedStatuses(later)[0]!.id,
      title: 'Claim 4712: oven door',
    });
    render(<CardPanel cardId={cardId} store={store} actions={actions} onClose={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Card not found' }));
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(later)));
    const dialog = screen.getByRole('dialog', { name: 'Claim 4712: oven door' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
  });

  it('says an archived card opened while its space loads is loading, not missing, then shows it', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
    const actions = bindSpaceActions({ doc }, 'u1');
    const cardId = actions.createCard({ statusId: orderedStatuses(doc)[0]!.id, title: 'Claim 4713: fridge' });
    actions.archiveCard({ cardId, archived: true });
    // A reload paints the board snapshot first, which holds no archived card.
    let loaded!: () => void;
    const bridged = bridgeSpace(doc, { whenLoaded: new Promise<void>((resolve) => (loaded = resolve)) });
    bridged.showSnapshot(boardPicture(readSpaceState(doc)));
    render(<CardPanel cardId={cardId} store={bridged.store} actions={actions} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Loading the card…' });
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));

    loaded();
    await act(() => bridged.whenLive);
    const archived = screen.getByRole('dialog', { name: 'This card is archived' });
    expect(archived.textContent).toContain('Claim 4713: fridge');
    expect(document.activeElement).toBe(within(archived).getByRole('heading', { level: 2 }));
  });

  it('leaves the focus where the user went when the card it shows is archived meanwhile', () => {
    const { cardId, colleague } = openCard();
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    act(() => colleague.archiveCard({ cardId, archived: true }));
    screen.getByRole('heading', { name: 'This card is archived' });
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it('changes the status to the bottom of the chosen column, as one move in the history', () => {
    const { store, cardId, colleague } = openCard();
    const [first, second] = Object.values(store.getState().statuses).sort((a, b) => (a.key < b.key ? -1 : 1));
    const already = colleague.createCard({ statusId: second!.id, title: 'Already there' });
    const select = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(select.value).toBe(first!.id);
    fireEvent.change(select, { target: { value: second!.id } });
    expect(store.getState().cards[cardId]?.pos.statusId).toBe(second!.id);
    expect(store.getState().columns[second!.id]).toEqual([already, cardId]);
    expect(select.value).toBe(second!.id);
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain(`to ${second!.name}`);
  });

  it('saves a new title when the field is left, and lists the rename', () => {
    const { store, cardId } = openCard();
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: '  Claim 4711: leaks at the door ' } });
    fireEvent.blur(title);
    expect(store.getState().cards[cardId]?.title).toBe('Claim 4711: leaks at the door');
    expect(screen.getByRole('dialog', { name: 'Claim 4711: leaks at the door' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain('renamed it to');
  });

  it('shows a refused edit in the panel and keeps the card as it was', () => {
    const { store, cardId } = openCard();
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.blur(title);
    expect(screen.getByRole('alert').textContent).toMatch(/^Could not rename the card/);
    expect(store.getState().cards[cardId]?.title).toBe('Claim 4711: dishwasher leaks');
    // The field shows the saved title again rather than the refused blank, marked as refused and
    // described by the reason.
    expect((title as HTMLInputElement).value).toBe('Claim 4711: dishwasher leaks');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(description(title)).toMatch(/^Could not rename the card/);
    expect(screen.getByLabelText('Notes').getAttribute('aria-invalid')).toBeNull();
    // Typing on, anywhere in the panel, puts the refusal away.
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'Customer called again' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(description(title)).toBe('');
  });

  it('keeps notes it could not save in the field, and saves them when the field is left again', () => {
    const { store, cardId } = openCard();
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    // Longer than the notes may be (a paste past the field's limit reaches the save as it is).
    const tooLong = 'x'.repeat(NOTES_MAX + 1);
    fireEvent.change(notes, { target: { value: tooLong } });
    fireEvent.blur(notes);
    expect(screen.getByRole('alert').textContent).toMatch(/^Could not save the notes/);
    expect(store.getState().cards[cardId]?.notes).toBe('');
    expect(notes.value).toBe(tooLong);
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Customer sent photos' } });
    fireEvent.blur(notes);
    expect(store.getState().cards[cardId]?.notes).toBe('Customer sent photos');
    expect(notes.value).toBe('Customer sent photos');
  });

  it('keeps notes being typed when a colleague archives the card, and gives them back at its restore', () => {
    const { store, cardId, colleague } = openCard();
    act(() => colleague.updateCard({ cardId, notes: 'Unit received' }));
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Unit received\nCustomer sent photos' } });
    // The colleague added a line of their own first: it is kept, the user's merged with it.
    act(() => colleague.updateCard({ cardId, notes: 'Called the customer\nUnit received' }));
    act(() => colleague.archiveCard({ cardId, archived: true }));
    const archived = screen.getByRole('dialog', { name: 'This card is archived' });
    expect(archived.textContent).toContain('Your unsaved changes to the notes are kept');
    expect(store.getState().cards[cardId]?.notes).toBe('Called the customer\nUnit received');

    act(() => colleague.archiveCard({ cardId, archived: false }));
    const back = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    expect(back.value).toBe('Unit received\nCustomer sent photos');
    const said = screen
      .getAllByRole('status')
      .map((status) => status.textContent)
      .join(' ');
    expect(said).toMatch(/Your changes to the notes, not saved .* are back/);
    // What the colleague saved meanwhile is told, as for any draft.
    expect(said).toMatch(/Someone else changed the notes while you were editing/);
    fireEvent.focus(back);
    fireEvent.blur(back);
    expect(store.getState().cards[cardId]?.notes).toBe(
      'Called the customer\nUnit received\nCustomer sent photos',
    );
    // Saved: nothing is kept any more, to come back the next time.
    expect(Object.keys(sessionStorage).filter((key) => key.includes(cardId))).toEqual([]);
  });

  it('keeps what the user types when a colleague saves the same field meanwhile, and saves it on leaving', () => {
    const { store, cardId, colleague } = openCard();
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Customer sent photos of the leak' } });
    act(() => colleague.updateCard({ cardId, notes: 'Called the customer' }));

    expect(notes.value).toBe('Customer sent photos of the leak');
    expect(screen.getByRole('status').textContent).toMatch(/Someone else changed the notes/);
    fireEvent.change(notes, { target: { value: 'Customer sent photos of the leak, and more' } });
    fireEvent.blur(notes);
    expect(store.getState().cards[cardId]?.notes).toBe('Customer sent photos of the leak, and more');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('saves a draft when the page is hidden or goes, and keeps it in the field to type on', () => {
    const { store, cardId } = openCard();
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    const history = () => screen.getByRole('list', { name: 'History' }).textContent ?? '';
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Customer sent photos' } });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
    } finally {
      visibility.mockRestore();
    }
    expect(store.getState().cards[cardId]?.notes).toBe('Customer sent photos');
    // Its own save is no colleague's change: no notice, and typing on saves once more on leaving.
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(notes, { target: { value: 'Customer sent photos of the door' } });
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(store.getState().cards[cardId]?.notes).toBe('Customer sent photos of the door');
    fireEvent.blur(notes);
    // Two saves of one stretch of writing are one line of the history.
    expect(history().match(/edited the notes/g)).toHaveLength(1);
    expect(history()).toContain('edited the notes 2 times');
  });

  it("adds the user's changes to a colleague's when they touch other lines of the notes", () => {
    const { store, cardId, colleague } = openCard();
    act(() => colleague.updateCard({ cardId, notes: 'Photos received\nPart ordered' }));
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Customer called twice\nPhotos received\nPart ordered' } });
    act(() => colleague.updateCard({ cardId, notes: 'Photos received\nPart ordered\nPart arrived' }));

    expect(notes.value).toBe('Customer called twice\nPhotos received\nPart ordered');
    expect(screen.getByRole('status').textContent).toMatch(/Leaving the field adds your changes to theirs/);
    fireEvent.blur(notes);
    const both = 'Customer called twice\nPhotos received\nPart ordered\nPart arrived';
    expect(store.getState().cards[cardId]?.notes).toBe(both);
    expect(notes.value).toBe(both);
  });

  it("merges on closing the panel too, and saves the user's version where both changed the same words", () => {
    const first = openCard();
    act(() => first.colleague.updateCard({ cardId: first.cardId, notes: 'Seal worn' }));
    fireEvent.focus(screen.getByLabelText('Notes'));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Seal worn; replace it' } });
    act(() => first.colleague.updateCard({ cardId: first.cardId, notes: 'Checked: Seal worn' }));
    first.unmount();
    expect(first.store.getState().cards[first.cardId]?.notes).toBe('Checked: Seal worn; replace it');

    const second = openCard();
    act(() => second.colleague.updateCard({ cardId: second.cardId, notes: 'Seal worn' }));
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Seal cracked' } });
    act(() => second.colleague.updateCard({ cardId: second.cardId, notes: 'Seal torn' }));
    fireEvent.blur(notes);
    expect(second.store.getState().cards[second.cardId]?.notes).toBe('Seal cracked');
  });

  it('saves what was typed when the panel closes without leaving the field (Escape)', () => {
    const { store, cardId, unmount } = openCard();
    const notes = screen.getByLabelText('Notes');
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Typed, then Escape' } });
    unmount();
    expect(store.getState().cards[cardId]?.notes).toBe('Typed, then Escape');
  });

  it("never writes a visited field's old value over a colleague's newer one", () => {
    const { store, cardId, colleague } = openCard();
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    fireEvent.focus(title);
    act(() => colleague.updateCard({ cardId, title: 'Claim 4711: door seal' }));
    fireEvent.blur(title);
    expect(store.getState().cards[cardId]?.title).toBe('Claim 4711: door seal');
    expect(title.value).toBe('Claim 4711: door seal');
  });

  it("brings the notice of a colleague's change into view, under the field the user types in", () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      notesInConflict();
      expect(scrolled).toEqual([screen.getByRole('status')]);
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it("drops the user's draft for the colleague's version on request", () => {
    const { store, cardId, colleague, notes, keep } = notesInConflict();
    fireEvent.blur(notes, { relatedTarget: keep });
    fireEvent.click(keep);
    expect(notes.value).toBe('Their version');
    expect(store.getState().cards[cardId]?.notes).toBe('Their version');
    // The notice is gone with its button: the focus is back in the field, editing from their version.
    expect(document.activeElement).toBe(notes);
    expect(screen.queryByRole('button', { name: 'Keep theirs' })).toBeNull();
    act(() => colleague.updateCard({ cardId, notes: 'Their second version' }));
    expect(notes.value).toBe('Their version');
    expect(screen.getByRole('button', { name: 'Keep theirs' })).toBeTruthy();
  });

  it('saves the draft when the focus passes "Keep theirs" without pressing it', () => {
    const { store, cardId, notes, keep } = notesInConflict();
    // Tab onto the button, back into the field and out again: the draft is kept until it is left.
    fireEvent.blur(notes, { relatedTarget: keep });
    fireEvent.blur(keep, { relatedTarget: notes });
    expect(notes.value).toBe('My version');
    expect(store.getState().cards[cardId]?.notes).toBe('Their version');
    fireEvent.blur(notes, { relatedTarget: keep });
    fireEvent.blur(keep, { relatedTarget: document.body });
    expect(store.getState().cards[cardId]?.notes).toBe('My version');
    expect(notes.value).toBe('My version');
    expect(screen.queryByRole('button', { name: 'Keep theirs' })).toBeNull();
  });

  it('sets labels, the responsible person and the due date', () => {
    const { store, cardId } = openCard();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Safety-related' }));
    fireEvent.change(screen.getByLabelText('Responsible'), { target: { value: 'u2' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-12-24' } });
    fireEvent.blur(screen.getByLabelText('Due date'));

    const card = store.getState().cards[cardId]!;
    const safety = Object.values(store.getState().labels).find((label) => label.name === 'Safety-related')!;
    expect(card.labels).toEqual([safety.id]);
    expect(card.responsible).toBe('u2');
    expect(new Date(card.due!).getDate()).toBe(24);
    const history = screen.getByRole('list', { name: 'History' }).textContent;
    expect(history).toContain('added the label Safety-related');
    expect(history).toContain('made Bob Builder responsible');
  });

  it('saves a date once it is entered, not each date the field forms while it is typed', () => {
    const { store, cardId } = openCard();
    const due = screen.getByLabelText('Due date') as HTMLInputElement;
    const history = () => screen.getByRole('list', { name: 'History' }).textContent ?? '';
    const before = history();
    // Typing the year of 2027-12-31 digit by digit passes through the years 2, 20 and 202.
    for (const value of ['2026-12-31', '0002-12-31', '0020-12-31', '0202-12-31', '2027-12-31'])
      fireEvent.change(due, { target: { value } });
    expect(store.getState().cards[cardId]!.due).toBeNull();
    fireEvent.keyDown(due, { key: 'Enter' });
    expect(toDateInput(store.getState().cards[cardId]!.due)).toBe('2027-12-31');
    expect(
      history()
        .replace(before, '')
        .match(/set the due date/g),
    ).toHaveLength(1);

    // A year before 1970 is refused with a message, and the saved date stays.
    fireEvent.change(due, { target: { value: '0099-05-01' } });
    fireEvent.blur(due);
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not set the due date: Pick a date from 1970 to 9999.',
    );
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(description(due)).toBe('Could not set the due date: Pick a date from 1970 to 9999.');
    expect(toDateInput(store.getState().cards[cardId]!.due)).toBe('2027-12-31');
    expect(due.value).toBe('2027-12-31');

    // A year of five digits, which a date field allows, is refused too.
    fireEvent.change(due, { target: { value: '20261-01-01' } });
    fireEvent.blur(due);
    expect(toDateInput(store.getState().cards[cardId]!.due)).toBe('2027-12-31');

    // Emptying the field clears the date.
    fireEvent.change(due, { target: { value: '' } });
    fireEvent.blur(due);
    expect(store.getState().cards[cardId]!.due).toBeNull();
  });

  it('leaves a colleague’s new date when the typing ends where it began', () => {
    const { store, cardId, colleague } = openCard();
    const due = screen.getByLabelText('Due date') as HTMLInputElement;
    fireEvent.change(due, { target: { value: '2026-12-24' } });
    fireEvent.blur(due);
    fireEvent.change(due, { target: { value: '2026-12-25' } });
    fireEvent.change(due, { target: { value: '2026-12-24' } });
    act(() => colleague.updateCard({ cardId, due: new Date(2026, 11, 31, 23, 59).getTime() }));
    fireEvent.blur(due);
    expect(toDateInput(store.getState().cards[cardId]!.due)).toBe('2026-12-31');
  });

  it('keeps a start date after the due date in its field, unsaved, and saves it once the due date allows', () => {
    const { store, cardId } = openCard();
    const start = screen.getByLabelText('Start date') as HTMLInputElement;
    const due = screen.getByLabelText('Due date') as HTMLInputElement;
    fireEvent.change(due, { target: { value: '2026-12-10' } });
    fireEvent.blur(due);
    fireEvent.change(start, { target: { value: '2026-12-20' } });
    fireEvent.blur(start);
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not set the start date: The start date must not be after the due date.',
    );
    expect(store.getState().cards[cardId]!.start).toBeNull();
    // What was typed is not taken from the user: it stays, said to be unsaved.
    expect(start.value).toBe('2026-12-20');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    expect(start.getAttribute('aria-description')).toBe('Not saved yet');

    // The due date moved on, the start typed fits: leaving its field again saves it.
    fireEvent.change(due, { target: { value: '2026-12-31' } });
    fireEvent.blur(due);
    fireEvent.focus(start);
    fireEvent.blur(start);
    expect(toDateInput(store.getState().cards[cardId]!.start)).toBe('2026-12-20');
    expect(screen.queryByText('Not saved yet')).toBeNull();
    expect(start.getAttribute('aria-description')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says above the page that a date the card refuses was not saved when the panel closes', () => {
    const { unmount } = openCard();
    const due = screen.getByLabelText('Due date');
    fireEvent.change(due, { target: { value: '2026-12-10' } });
    fireEvent.blur(due);
    // A start after the due date, and the panel closed (Escape) before leaving the field.
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-12-20' } });
    unmount();
    render(<RefusedWrites />);
    const said = screen.getByRole('alert');
    expect(said.textContent).toMatch(
      /^The start date .*2026 typed for “Claim 4711: dishwasher leaks” was not saved: the card refused it\./,
    );
    fireEvent.click(within(said).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes on Escape and on archiving, which it says with the way back', async () => {
    const { store, cardId, onClose } = openCard();
    fireEvent.keyDown(screen.getByLabelText('Title'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Archive card' }));
    expect(store.getState().cards[cardId]?.archived).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(document.querySelector('[data-announcer]')?.textContent).toMatch(
        /^Archived “Claim 4711: dishwasher leaks”\. Ctrl\+Z brings it back/,
      ),
    );
  });

  it('saves the title on Enter and keeps the focus in the field; typing on starts a new edit', () => {
    const { store, cardId } = openCard();
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    title.focus();
    fireEvent.focus(title);
    fireEvent.change(title, { target: { value: 'Claim 4711: dishwasher leaks at the door' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(store.getState().cards[cardId]!.title).toBe('Claim 4711: dishwasher leaks at the door');
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: 'Claim 4711: dishwasher leaks badly' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(store.getState().cards[cardId]!.title).toBe('Claim 4711: dishwasher leaks badly');
    expect(document.activeElement).toBe(title);
  });

  it('limits the notes to what a card holds, and says so at the limit', () => {
    openCard();
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    expect(notes.maxLength).toBe(NOTES_MAX);
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'x'.repeat(NOTES_MAX) } });
    expect(screen.getByRole('status').textContent).toBe(
      'At most 100,000 characters fit in the notes; anything beyond is left out.',
    );
  });

  it('restores an archived card it shows, back into its column', () => {
    const { store, cardId, colleague } = openCard();
    act(() => colleague.archiveCard({ cardId, archived: true }));
    screen.getByRole('heading', { name: 'This card is archived' });
    screen.getByText('“Claim 4711: dishwasher leaks”');
    fireEvent.click(screen.getByRole('button', { name: 'Restore card' }));
    expect(store.getState().cards[cardId]?.archived).toBe(false);
    expect(store.getState().columns[store.getState().cards[cardId]!.pos.statusId]).toContain(cardId);
    screen.getByRole('dialog', { name: 'Claim 4711: dishwasher leaks' });
  });
});
