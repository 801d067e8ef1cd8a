import { useId, useMemo } from 'react';
import { feedKey, type MirrorItem } from '../../domain/index.ts';
import { StaticMirror } from './MirrorCard';
import { cardListData, MirrorBoard, useCardListTabStop } from './MirrorBoard';
import { CardCount } from '../common/CardCount';

export interface MirrorGroup {
  key: string;
  name: string;
  items: MirrorItem[];
}

/**
 * A view of MySpace as columns of groups (the Eisenhower quadrants, spaces, status roles): one list per
 * group, named by it. Mirrors are placed by what they are, so nothing is dragged here; the arrows move the
 * focus between them (`MirrorBoard`).
 */
export function GroupedMirrors({
  groups,
  now,
  priority = false,
  empty,
}: {
  groups: readonly MirrorGroup[];
  now: number;
  priority?: boolean;
  /** Said when there are no groups at all. */
  empty: string;
}) {
  if (groups.length === 0) return <p className="muted">{empty}</p>;
  return (
    <MirrorBoard className={priority ? 'board myspace-board matrix' : 'board myspace-board'}>
      {groups.map((group) => (
        <Group key={group.key} group={group} now={now} priority={priority} />
      ))}
    </MirrorBoard>
  );
}

function Group({ group, now, priority }: { group: MirrorGroup; now: number; priority: boolean }) {
  const headingId = useId();
  const keys = useMemo(
    () => group.items.map((item) => feedKey(item.mirror.spaceId, item.mirror.cardId)),
    [group.items],
  );
  const tabStop = useCardListTabStop(group.key, keys);
  return (
    <section className="column" aria-labelledby={headingId}>
      <header className="column-head">
        <h2 id={headingId} className="column-name">
          {group.name}
        </h2>
        <CardCount count={group.items.length} />
      </header>
      <ul className="column-cards" aria-labelledby={headingId} {...cardListData(group.key)}>
        {group.items.map((item, index) => (
          <StaticMirror
            key={item.mirror.id}
            item={item}
            now={now}
            priority={priority}
            tabStop={keys[index] === tabStop}
          />
        ))}
        {group.items.length === 0 && (
          <li role="none" className="column-empty muted">
            No cards
          </li>
        )}
      </ul>
    </section>
  );
}
