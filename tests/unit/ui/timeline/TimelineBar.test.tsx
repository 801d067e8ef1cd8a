// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../../../../src/analytics/calendar.ts';
import { makeScale, type DaySpan, type Zoom } from '../../../../src/ui/views/timeline/scale.ts';
import { TimelineBar } from '../../../../src/ui/views/timeline/TimelineBar';
import { TimelineContext } from '../../../../src/ui/views/timeline/timelineContext';
import { card } from '../board/fixtures.ts';

const scale = makeScale('Europe/Berlin')!;
const first = dayNumber('2026-03-27')!;
const span: DaySpan = { first, last: first + 3 };
const repair = card('c1', 'Repair 4711', 's1', 'a0', {
  start: scale.dayStart(span.first),
  due: scale.dayEnd(span.last),
});

beforeAll(() => {
  // jsdom has no pointer capture; the bar only needs the calls to exist.
  HTMLElement.prototype.setPointerCapture = () => {};
  HTMLElement.prototype.scrollIntoView = () => {};
});

function renderBar({ readOnly = false, zoom = 'day' as Zoom, at = span, dayPx = 40 } = {}) {
  const commit = vi.fn((_id: string, _span: DaySpan) => true);
  const refuse = vi.fn();
  const open = vi.fn();
  render(
    <TimelineContext.Provider
      value={{
        scale,
        zoom,
        originDay: first - 10,
        dayPx,
        commit,
        refuse,
        open,
        readOnly,
        hintId: 'hint',
      }}
    >
      <TimelineBar card={repair} span={at} role="in_progress" />
    </TimelineContext.Provider>,
  );
  return { commit, refuse, open, bar: screen.getByRole('button', { name: /^Repair 4711, / }) };
}

describe('a timeline bar', () => {
  afterEach(cleanup);

  it('is named by the card title and its dates, and sits at its days on the axis', () => {
    const { bar } = renderBar();
    expect(bar.getAttribute('aria-label')).toBe('Repair 4711, start 2026-03-27, due 2026-03-30');
    expect(bar.style.left).toBe('400px');
    expect(bar.style.width).toBe('160px');
    expect(bar.textContent).toBe('Repair 4711');
  });

  it('shows no title in a bar too short for a few letters, and keeps its name', () => {
    // One day at 40 px a day: a clipped first letter would be all of the title.
    const { bar } = renderBar({ at: { first, last: first } });
    expect(bar.style.width).toBe('40px');
    expect(bar.textContent).toBe('');
    expect(bar.getAttribute('aria-label')).toMatch(/^Repair 4711, /);
  });

  it('steps by the zoom unit with arrows, the due end with Shift, the start with Alt', () => {
    const { bar, commit } = renderBar({ zoom: 'week' });
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    fireEvent.keyDown(bar, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(bar, { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(bar, { key: 'ArrowUp' });
    expect(commit.mock.calls).toEqual([
      ['c1', { first: first + 7, last: first + 10 }],
      // A due end stepped back past the start stops at it.
      ['c1', { first, last: first }],
      ['c1', { first: first - 7, last: first + 3 }],
    ]);
  });

  it('says why an end does not move past the other one, and writes nothing', () => {
    const { bar, commit, refuse } = renderBar({ at: { first, last: first } });
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(bar, { key: 'ArrowLeft', shiftKey: true });
    expect(commit).not.toHaveBeenCalled();
    expect(refuse.mock.calls).toEqual([
      [
        'The start of "Repair 4711" cannot go past its due date: move the due date later first (Shift with an arrow).',
      ],
      [
        'The due date of "Repair 4711" cannot go before its start: move the start earlier first (Alt with an arrow).',
      ],
    ]);
    // The other way each end still moves.
    fireEvent.keyDown(bar, { key: 'ArrowLeft', altKey: true });
    expect(commit.mock.calls).toEqual([['c1', { first: first - 1, last: first }]]);
  });

  it('commits one change per drag, with the preview shown meanwhile, and a click opens the card', () => {
    const { bar, commit, open } = renderBar();
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 500 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 530 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 581 });
    expect(bar.getAttribute('aria-label')).toBe('Repair 4711, start 2026-03-29, due 2026-04-01');
    expect(commit).not.toHaveBeenCalled();
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 581 });
    fireEvent.click(bar);
    expect(commit.mock.calls).toEqual([['c1', { first: first + 2, last: first + 5 }]]);
    expect(open).not.toHaveBeenCalled();

    fireEvent.pointerDown(bar, { pointerId: 2, button: 0, clientX: 500 });
    fireEvent.pointerUp(bar, { pointerId: 2, clientX: 501 });
    fireEvent.click(bar);
    expect(open).toHaveBeenCalledWith('c1');
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('drags one end by its handle', () => {
    const { bar, commit } = renderBar();
    const start = bar.querySelector<HTMLElement>('[data-part="start"]')!;
    fireEvent.pointerDown(start, { pointerId: 1, button: 0, clientX: 400 });
    fireEvent.pointerMove(start, { pointerId: 1, clientX: 320 });
    fireEvent.pointerUp(start, { pointerId: 1, clientX: 320 });
    expect(commit.mock.calls).toEqual([['c1', { first: first - 2, last: first + 3 }]]);
  });

  it('has no handles when too narrow for them and a middle, so a drag from anywhere moves it', () => {
    // One day in the week zoom, 20 px: handles of 6 px on each end left a sliver to move it by.
    const { bar, commit } = renderBar({ zoom: 'week', dayPx: 20, at: { first, last: first } });
    expect(bar.querySelector('[data-part]')).toBeNull();
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 210 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 250 });
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 250 });
    expect(commit.mock.calls).toEqual([['c1', { first: first + 2, last: first + 2 }]]);
    cleanup();
    // Two days keep them.
    const wider = renderBar({ zoom: 'week', dayPx: 20, at: { first, last: first + 1 } });
    expect(wider.bar.querySelectorAll('[data-part]')).toHaveLength(2);
  });

  it('puts the bar back when Escape is pressed during a drag', () => {
    const { bar, commit } = renderBar();
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 500 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 600 });
    fireEvent.keyDown(bar, { key: 'Escape' });
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 600 });
    expect(commit).not.toHaveBeenCalled();
    expect(bar.getAttribute('aria-label')).toBe('Repair 4711, start 2026-03-27, due 2026-03-30');
  });

  it('only opens the card for a visitor', () => {
    const { bar, commit, open } = renderBar({ readOnly: true });
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 500 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 600 });
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 600 });
    fireEvent.click(bar);
    expect(commit).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('c1');
  });
});
