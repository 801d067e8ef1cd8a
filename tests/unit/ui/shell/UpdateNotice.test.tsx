// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceUpdate } from '../../../../src/ui/shell/appUpdate';
import { UpdateNotice } from '../../../../src/ui/shell/UpdateNotice';

describe('update notice', () => {
  afterEach(cleanup);

  it('stays hidden until a new version waits, then activates it only when the user asks, once', () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status', { name: 'Update' })).toBeNull();

    const apply = vi.fn(async () => {});
    act(() => announceUpdate(apply));
    const notice = screen.getByRole('status', { name: 'Update' });
    expect(notice.textContent).toContain('A new version of Afterboard is ready.');
    expect(apply).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});
