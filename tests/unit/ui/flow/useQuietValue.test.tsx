// @vitest-environment jsdom
// The forecasts follow the report only once it stops changing: a burst of edits costs one simulation.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useQuietValue } from '../../../../src/ui/views/flow/useQuietValue';

describe('useQuietValue', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('gives the first value at once and a later one only after it stayed unchanged', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => useQuietValue(value, 300), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    act(() => vi.advanceTimersByTime(200));
    rerender({ value: 'c' });
    act(() => vi.advanceTimersByTime(200));
    // 'b' never stayed for 300 ms, and 'c' not yet.
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('c');
  });
});
