// @vitest-environment jsdom
// A settings date field: typed days apply on Enter or leaving the field, picked days at once.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayInput } from '../../../../src/ui/common/DayInput';

function Harness({ onChange }: { onChange: (day: string) => void }) {
  const [day, setDay] = useState('2026-10-14');
  return (
    <label>
      From
      <DayInput
        value={day}
        onChange={(next) => {
          onChange(next);
          setDay(next);
        }}
      />
    </label>
  );
}

const field = () => screen.getByLabelText('From') as HTMLInputElement;
/** One keystroke in the field and the date the browser then reports. */
const type = (key: string, reported: string) => {
  fireEvent.keyDown(field(), { key });
  fireEvent.change(field(), { target: { value: reported } });
};

describe('DayInput', () => {
  afterEach(cleanup);

  it('applies a typed day on Enter, not the dates on the way to it', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    type('1', '2026-01-14');
    type('1', '2026-11-14');
    type('2', '0002-11-14');
    type('0', '0020-11-14');
    expect(onChange).not.toHaveBeenCalled();
    expect(field().value).toBe('0020-11-14');
    type('2', '0202-11-14');
    type('6', '2026-11-14');
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onChange.mock.calls).toEqual([['2026-11-14']]);
    expect(field().value).toBe('2026-11-14');
  });

  it('applies a typed day on leaving the field, and puts back the day in force for a year out of range', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    type('2', '0002-10-14');
    fireEvent.blur(field());
    expect(onChange).not.toHaveBeenCalled();
    expect(field().value).toBe('2026-10-14');
    type('5', '2026-10-15');
    fireEvent.blur(field());
    expect(onChange.mock.calls).toEqual([['2026-10-15']]);
  });

  it('takes back what was typed on Escape', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    type('1', '2026-01-14');
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('2026-10-14');
    fireEvent.blur(field());
    expect(onChange).not.toHaveBeenCalled();
  });

  it('applies a day picked from the calendar at once, also after moving between the parts', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.keyDown(field(), { key: 'ArrowRight' });
    fireEvent.keyDown(field(), { key: 'ArrowDown', altKey: true });
    fireEvent.change(field(), { target: { value: '2026-11-05' } });
    expect(onChange.mock.calls).toEqual([['2026-11-05']]);
    // A click after typing is a pick again.
    type('7', '2026-11-07');
    fireEvent.pointerDown(field());
    fireEvent.change(field(), { target: { value: '2026-11-09' } });
    expect(onChange.mock.calls).toEqual([['2026-11-05'], ['2026-11-09']]);
  });

  it('applies a day picked from the calendar, and a cleared field, at once', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '2026-11-03' } });
    expect(onChange.mock.calls).toEqual([['2026-11-03']]);
    fireEvent.change(field(), { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([['2026-11-03'], ['']]);
  });
});
