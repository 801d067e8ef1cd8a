// @vitest-environment jsdom
// What Home says when the user has no workspace to show: none at all, or only archived ones.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceList } from '../../../src/ui/home/WorkspaceList';

describe('WorkspaceList with nothing to list', () => {
  afterEach(cleanup);

  it('invites a user without workspaces to create one', () => {
    render(<WorkspaceList workspaces={[]} />);
    expect(
      screen.getByText(
        /^No workspaces yet\. Create the first one for your team below, or ask a colleague to add you/,
      ),
    ).toBeTruthy();
  });

  it('says where archived workspaces are instead of saying there are none', () => {
    const { rerender } = render(<WorkspaceList workspaces={[]} archived={1} />);
    expect(
      screen.getByText(/Your only workspace is archived\. Tick “Show archived” in the sidebar/),
    ).toBeTruthy();
    expect(screen.queryByText(/No workspaces yet/)).toBeNull();
    rerender(<WorkspaceList workspaces={[]} archived={3} />);
    expect(screen.getByText(/All 3 of your workspaces are archived\..*restore them/)).toBeTruthy();
  });
});
