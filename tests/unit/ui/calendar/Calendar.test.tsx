// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Calendar, type CalendarProps } from '../../../../src/ui/views/calendar/Calendar';
import { dayOfDate } from '../../../../src/ui/views/calendar/calendarDates.ts';
import { dayLabel } from '../../../../src/ui/views/calendar/calendarText.ts';
import { entryName } from '../../../../src/ui/views/calendar/CalendarEntry';
import { calendarTone } from '../../../../src/ui/views/calendar/spaceItems';
import type { CalendarItem } from '../../../../src/ui/views/calendar/types';

// Monday 16 March 2026, 12:00 in Berlin (CET, UTC+1).
const NOW = Date.UTC(2026, 2, 16, 11);
const berlin = (month: number, date: number, hour = 23, minute = 59) =>
  // March dates before the 29th are CET (UTC+1), later ones CEST (UTC+2).
  Date.UTC(2026, month - 1, date, hour - (month === 3 && date < 29 ? 1 : 2), minute);

const items: CalendarItem[] = [
  { id: 'c1', title: 'Replace pump seal', date: berlin(3, 18, 17, 0), kind: 'due', detail: 'Repair' },
  { id: 'c2', title: 'Inspect returned drill', date: berlin(3, 18, 0, 0), kind: 'start' },
  { id: 'c3', title: 'Refund order 1042', date: berlin(3, 20), kind: 'due', tone: 'late' },
];

function renderCalendar(props: Partial<CalendarProps> = {}) {
  const onOpen = vi.fn();
  const onReschedule = vi.fn();
  render(
    <Calendar
      items={items}
      timeZone="Europe/Berlin"
      locale="en-GB"
      now={NOW}
      onOpen={onOpen}
      onReschedule={onReschedule}
      {...props}
    />,
  );
  return { onOpen, onReschedule };
}

// Day names as the platform's ICU writes them for en-GB ("Monday 16 March 2026", with a comma in older ICU).
const day = (month: number, date: number) => dayLabel(dayOfDate(2026, month, date), 'en-GB');
const cell = (name: string) => screen.getByRole('gridcell', { name });
const entryNames = (name: string) =>
  within(cell(name))
    .queryAllByRole('button')
    .map((button) => button.getAttribute('aria-label'));

describe('the calendar component', () => {
  afterEach(cleanup);

  it('shows the month of today as a grid of Monday weeks with the entries on their days', () => {
    renderCalendar();
    expect(screen.getByRole('heading', { name: 'March 2026' })).toBeTruthy();
    const grid = screen.getByRole('grid', { name: 'March 2026' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.getAttribute('aria-label'));
    expect(headers).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    // A header row and six weeks (23 February to 5 April).
    expect(within(grid).getAllByRole('row')).toHaveLength(7);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(42);
    expect(cell(day(3, 16)).getAttribute('aria-current')).toBe('date');
    // Time order within the day; the kind of date is part of the name, after the title.
    expect(entryNames(day(3, 18))).toEqual([
      'Inspect returned drill, starts',
      'Replace pump seal, due, Repair',
    ]);
    expect(within(cell(day(3, 18))).getByText('17:00')).toBeTruthy();
    expect(entryNames(day(3, 20))).toEqual(['Refund order 1042, due, late']);
    expect(screen.getByRole('button', { name: 'Month' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opens on the range it is given and tells when the reader switches', () => {
    const onRangeChange = vi.fn();
    renderCalendar({ initialRange: 'week', onRangeChange });
    expect(within(screen.getByRole('grid')).getAllByRole('gridcell')).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    expect(onRangeChange).toHaveBeenCalledWith('month');
  });

  it('steps through months and weeks, and comes back to today', () => {
    renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'April 2026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Replace pump seal/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    expect(screen.getByRole('button', { name: 'Week' }).getAttribute('aria-pressed')).toBe('true');
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(7);
    expect(within(grid).getAllByRole('gridcell')[0]!.getAttribute('aria-label')).toBe(day(3, 16));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/16.*22 Mar 2026/);
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(within(screen.getByRole('grid')).getAllByRole('gridcell')[0]!.getAttribute('aria-label')).toBe(
      day(3, 9),
    );
  });

  it('starts weeks on Sunday for a US locale', () => {
    renderCalendar({ locale: 'en-US' });
    const first = screen.getAllByRole('columnheader')[0]!;
    expect(first.getAttribute('aria-label')).toBe('Sunday');
    expect(screen.getAllByRole('gridcell')[0]!.getAttribute('aria-label')).toBe(
      dayLabel(dayOfDate(2026, 3, 1), 'en-US'),
    );
  });

  it('has one tab stop in the grid, today, and moves between days with the arrow keys', () => {
    renderCalendar();
    const tabbable = screen.getAllByRole('gridcell').filter((gridcell) => gridcell.tabIndex === 0);
    expect(tabbable.map((gridcell) => gridcell.getAttribute('aria-label'))).toEqual([day(3, 16)]);
    tabbable[0]!.focus();
    fireEvent.keyDown(tabbable[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(day(3, 17)));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(day(3, 24)));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(cell(day(3, 29)));
    expect(cell(day(3, 29)).tabIndex).toBe(0);
    expect(cell(day(3, 16)).tabIndex).toBe(-1);
    // Page Down is the same date next month, drawn and focused.
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(screen.getByRole('heading', { name: 'April 2026' })).toBeTruthy();
    expect(document.activeElement).toBe(cell(day(4, 29)));
    // Tab reaches the entries of the day that is the tab stop only, not every entry of the month first.
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    const entry = screen.getByRole('button', { name: /^Refund order 1042/ });
    expect(entry.tabIndex).toBe(-1);
    act(() => entry.focus());
    expect(entry.tabIndex).toBe(0);
    expect(cell(day(3, 20)).tabIndex).toBe(0);
    // From an entry the arrows go on from day to day (Alt+arrows move the entry, below).
    fireEvent.keyDown(entry, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(cell(day(3, 19)));
  });

  it('opens an entry on click', () => {
    const { onOpen } = renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: /^Replace pump seal/ }));
    expect(onOpen).toHaveBeenCalledWith('c1');
  });

  it('moves an entry a day with Alt+arrow keys at the same time of day, and keeps focus on it', () => {
    const { onReschedule } = renderCalendar();
    const entry = screen.getByRole('button', { name: /^Replace pump seal/ });
    entry.focus();
    fireEvent.keyDown(entry, { key: 'ArrowRight', altKey: true });
    expect(onReschedule).toHaveBeenCalledWith('c1', berlin(3, 19, 17, 0));
    fireEvent.keyDown(entry, { key: 'ArrowDown', altKey: true });
    // A week later is after the DST change: still 17:00 on the wall clock.
    expect(onReschedule).toHaveBeenLastCalledWith('c1', berlin(3, 25, 17, 0));
    fireEvent.keyDown(entry, { key: 'ArrowRight' });
    expect(onReschedule).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status', { name: 'Calendar moves' }).textContent).toBe(
      `Replace pump seal moved to ${day(3, 25)}.`,
    );
  });

  it('follows an entry moved past the week shown, and focuses it in its new day', () => {
    let shown = items;
    const onReschedule = vi.fn((id: string, date: number) => {
      shown = shown.map((item) => (item.id === id ? { ...item, date } : item));
    });
    const props = { timeZone: 'Europe/Berlin', locale: 'en-GB', now: NOW, onOpen: () => {}, onReschedule };
    const { rerender } = render(<Calendar items={shown} {...props} initialRange="week" />);
    const entry = screen.getByRole('button', { name: /^Refund order 1042/ });
    entry.focus();
    fireEvent.keyDown(entry, { key: 'ArrowDown', altKey: true });
    rerender(<Calendar items={shown} {...props} initialRange="week" />);
    expect(screen.getAllByRole('gridcell')[0]!.getAttribute('aria-label')).toBe(day(3, 23));
    const moved = within(cell(day(3, 27))).getByRole('button', { name: /^Refund order 1042/ });
    expect(document.activeElement).toBe(moved);
  });

  it('folds a full day behind "+N more" and unfolds it', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      id: `m${i}`,
      title: `Visit ${i + 1}`,
      date: berlin(3, 24, 9 + i, 0),
      kind: 'due' as const,
    }));
    renderCalendar({ items: many });
    expect(entryNames(day(3, 24))).toEqual([
      'Visit 1, due',
      'Visit 2, due',
      'Visit 3, due',
      `+2 more on ${day(3, 24)}`,
    ]);
    fireEvent.click(screen.getByRole('button', { name: `+2 more on ${day(3, 24)}` }));
    expect(entryNames(day(3, 24))).toHaveLength(6);
    expect(
      screen.getByRole('button', { name: `Show fewer on ${day(3, 24)}` }).getAttribute('aria-expanded'),
    ).toBe('true');
    // The week has room for every entry.
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(entryNames(day(3, 24))).toHaveLength(5);
  });

  it('moves nothing for a reader who may not edit', () => {
    const onOpen = vi.fn();
    render(<Calendar items={items} timeZone="Europe/Berlin" locale="en-GB" now={NOW} onOpen={onOpen} />);
    const entry = screen.getByRole('button', { name: /^Replace pump seal/ });
    fireEvent.keyDown(entry, { key: 'ArrowRight', altKey: true });
    expect(entryNames(day(3, 18))).toContain('Replace pump seal, due, Repair');
    expect(screen.getByRole('status', { name: 'Calendar moves' }).textContent).toBe('');
    // Not draggable, yet not disabled: it still opens its card.
    expect(entry.hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(entry);
    expect(onOpen).toHaveBeenCalledWith('c1');
  });

  it('tells a card not started on time from one whose due date passed', () => {
    const DAY = 86_400_000;
    const now = Date.UTC(2026, 10, 24, 12);
    // Started yesterday on paper, due in two days, still not started: late, but not past its due date.
    expect(calendarTone({ start: now - DAY, due: now + 2 * DAY }, 'not_started', now)).toBe('late-start');
    expect(calendarTone({ start: now - DAY, due: now - 1 }, 'not_started', now)).toBe('late');
    expect(calendarTone({ start: now - DAY, due: now + 2 * DAY }, 'in_progress', now)).toBeUndefined();
    expect(calendarTone({ start: now - DAY, due: now - 1 }, 'completed', now)).toBe('done');
    const item: CalendarItem = {
      id: 'c9',
      title: 'MV-616',
      date: now + 2 * DAY,
      kind: 'due',
      tone: 'late-start',
    };
    expect(entryName(item)).toBe('MV-616, due, not started on time');
  });
});
