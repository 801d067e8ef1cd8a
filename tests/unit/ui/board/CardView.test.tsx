// @vitest-environment jsdom
import { cleanup, render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardView } from '../../../../src/ui/card/CardView';
import { dueTone } from '../../../../src/ui/card/dueTone';
import { PeopleContext, PeopleKnownContext, useNameOf } from '../../../../src/ui/card/people';
import { card, DAY, label, NOW } from './fixtures';

const labels = {
  l1: label('l1', 'Warranty', '#2f855a'),
  l2: label('l2', 'Urgent', '#c53030'),
  old: { ...label('old', 'Retired', '#999999'), archived: true },
};

function renderCard(extra: Parameters<typeof card>[4], done = false, namesKnown = true) {
  return render(
    <PeopleContext.Provider value={{ u1: 'Ada Lovelace' }}>
      <PeopleKnownContext.Provider value={namesKnown}>
        <CardView
          card={card('c1', 'Replace pump seal', 's1', 'a0', extra)}
          labels={labels}
          done={done}
          now={NOW}
        />
      </PeopleKnownContext.Provider>
    </PeopleContext.Provider>,
  );
}

describe('card front', () => {
  afterEach(cleanup);

  it('shows the title, the live labels in the card’s order, and the responsible person', () => {
    renderCard({ labels: ['l2', 'old', 'l1'], responsible: 'u1' });

    expect(screen.getByText('Replace pump seal')).toBeTruthy();
    const shown = within(screen.getByRole('list', { name: 'Labels' })).getAllByRole('listitem');
    expect(shown.map((item) => item.textContent)).toEqual(['Urgent', 'Warranty']);
    expect(screen.getByTitle('Ada Lovelace').textContent).toContain('AL');
  });

  it('describes the card by its labels’ names', () => {
    render(
      <CardView
        card={card('c1', 'Replace pump seal', 's1', 'a0', { labels: ['l2', 'l1'] })}
        labels={labels}
        done={false}
        now={NOW}
        detailsId="d1"
      />,
    );
    expect(document.getElementById('d1-labels')?.textContent).toBe('Labels: Urgent, Warranty.');
  });

  it('shows no label list, date or avatar for a bare card', () => {
    const { container } = renderCard({});
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.querySelector('[data-tone]')).toBeNull();
    expect(container.querySelector('.avatar')).toBeNull();
  });

  it.each([
    ['later', NOW + 10 * DAY, /^due /],
    ['soon', NOW + 2 * DAY, /^due soon /],
    ['missed', NOW - DAY, /^overdue /],
  ])('colours a due date that is %s', (tone, due, words) => {
    const { container } = renderCard({ due });
    const date = container.querySelector('[data-tone]')!;
    expect(date.getAttribute('data-tone')).toBe(tone);
    expect(date.textContent).toMatch(words);
  });

  it('says "due today" and "due tomorrow" for a date due soon on those days, in the local calendar', () => {
    const endOfToday = new Date(NOW).setHours(23, 59, 0, 0);
    const endOfTomorrow = new Date(endOfToday).setDate(new Date(endOfToday).getDate() + 1);
    expect(renderCard({ due: endOfToday }).container.querySelector('[data-tone]')!.textContent).toBe(
      'due today',
    );
    cleanup();
    expect(renderCard({ due: endOfTomorrow }).container.querySelector('[data-tone]')!.textContent).toBe(
      'due tomorrow',
    );
  });

  it('writes the year of a date in another year, and leaves it out for this year', () => {
    const year = new Date(NOW).getFullYear();
    const dateText = (due: number) => {
      cleanup();
      return renderCard({ due }).container.querySelector('[data-tone]')!.textContent!;
    };
    expect(dateText(NOW + 3 * DAY)).not.toContain(String(year));
    expect(dateText(new Date(year + 1, 0, 15).getTime())).toContain(String(year + 1));
    expect(dateText(new Date(year - 27, 11, 31).getTime())).toContain(String(year - 27));
  });

  it('never shows a finished card as overdue', () => {
    const { container } = renderCard({ due: NOW - DAY }, true);
    expect(container.querySelector('[data-tone]')!.getAttribute('data-tone')).toBe('done');
  });

  it('draws the week boundary as KanBo does', () => {
    expect(dueTone(NOW + 7 * DAY, NOW, false)).toBe('later');
    expect(dueTone(NOW + 7 * DAY - 1, NOW, false)).toBe('soon');
    expect(dueTone(NOW, NOW, false)).toBe('soon');
    expect(dueTone(NOW - 1, NOW, false)).toBe('missed');
  });

  it('shows someone the board does not know by a short form of their id', () => {
    renderCard({ responsible: 'zed42abc' });
    expect(screen.getByTitle('User zed4')).toBeTruthy();
  });

  it('shows no name for someone unknown while the names are on their way, but names those it has', () => {
    const { unmount } = renderCard({ responsible: 'zed42abc' }, false, false);
    expect(screen.queryByTitle('User zed4')).toBeNull();
    expect(screen.getByTitle('Name loading').textContent).toBe('Name loading');
    unmount();
    renderCard({ responsible: 'u1' }, false, false);
    expect(screen.getByTitle('Ada Lovelace').textContent).toContain('AL');
  });

  it('names people in sentences as the fronts do: a placeholder while the names are on their way', () => {
    const namer = (known: boolean) =>
      renderHook(() => useNameOf(), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <PeopleContext.Provider value={{ u1: 'Ada Lovelace' }}>
            <PeopleKnownContext.Provider value={known}>{children}</PeopleKnownContext.Provider>
          </PeopleContext.Provider>
        ),
      }).result.current;
    expect(namer(false)('u1')).toBe('Ada Lovelace');
    expect(namer(false)('zed42abc')).toBe('Name loading');
    expect(namer(true)('zed42abc')).toBe('User zed4');
  });
});
