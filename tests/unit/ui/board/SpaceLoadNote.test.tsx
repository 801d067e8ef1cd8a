// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpaceLoadStore } from '../../../../src/state/index.ts';
import { SpaceLoadNote } from '../../../../src/ui/views/SpaceLoadNote';

describe('the space header loading note', () => {
  afterEach(cleanup);

  it('says "Loading latest…" only while the board shows a snapshot', () => {
    const load = createSpaceLoadStore('waiting');
    render(<SpaceLoadNote load={load} />);
    expect(screen.queryByRole('status', { name: 'Board loading' })).toBeNull();

    act(() => load.setState('snapshot', true));
    expect(screen.getByRole('status', { name: 'Board loading' }).textContent).toBe('Loading latest…');

    act(() => load.setState('live', true));
    expect(screen.queryByRole('status', { name: 'Board loading' })).toBeNull();
  });
});
