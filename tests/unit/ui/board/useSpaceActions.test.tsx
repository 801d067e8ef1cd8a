// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { archiveCard, createCard, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { createSpaceLoadStore } from '../../../../src/state/spaceStore.ts';
import type { OpenSpace } from '../../../../src/sync/index.ts';
import { FormError } from '../../../../src/ui/common/FormError';
import { useSpaceActions } from '../../../../src/ui/views/useSpaceActions';

let bound: ReturnType<typeof useSpaceActions> = { actions: null, refused: null };

function Page({ opened }: { opened: OpenSpace }) {
  bound = useSpaceActions(opened, 'u1');
  return <FormError message={bound.refused} />;
}

describe("a space visit's writes", () => {
  afterEach(cleanup);

  it('says which change made on the snapshot the loaded space refused', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
    const [todo, doing] = orderedStatuses(doc).map((status) => status.id) as [string, string];
    const cardId = createCard(doc, { statusId: todo, title: 'Pump' }, { actor: 'u1' });
    const load = createSpaceLoadStore('snapshot');
    const opened = {
      handle: { doc },
      load,
      whenLive: new Promise<void>(() => {}),
      hold: () => () => {},
    } as unknown as OpenSpace;
    render(<Page opened={opened} />);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => bound.actions!.moveCard({ cardId, toStatusId: doing }));
    archiveCard(doc, { cardId, archived: true }, { actor: 'u2' });
    act(() => load.setState('live', true));

    expect(screen.getByRole('alert').textContent).toMatch(
      /^A change made while the space was loading was not saved: /,
    );
  });
});
