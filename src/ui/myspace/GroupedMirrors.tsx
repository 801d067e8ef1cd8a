import { useId } from 'react';
import type { MirrorItem } from '../../domain/index.ts';
import { StaticMirror } from './MirrorCard';
import { CardCount } from '../common/CardCount';

export interface MirrorGroup {
  key: string;
  name: string;
  items: MirrorItem[];
}

/**
 * A view of MySpace as columns of groups (the Eisenhower quadrants, spaces, status roles): one list per
 * group, named by it. Mirrors are placed by what they are, so nothing is dragged here.
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
    <div className={priority ? 'board myspace-board matrix' : 'board myspace-board'}>
      {groups.map((group) => (
        <Group key={group.key} group={group} now={now} priority={priority} />
      ))}
    </div>
  );
}

function Group({ group, now, priority }: { group: MirrorGroup; now: number; priority: boolean }) {
  const headingId = useId();
  return (
    <section className="column" aria-labelledby={headingId}>
      <header className="column-head">
        <h2 id={headingId} className="column-name">
          {group.name}
        </h2>
        <CardCount count={group.items.length} />
      </header>
      <ul className="column-cards" aria-labelledby={headingId}>
        {group.items.map((item) => (
          <StaticMirror key={item.mirror.id} item={item} now={now} priority={priority} />
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
