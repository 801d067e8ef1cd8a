import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId, useMemo, useState } from 'react';
import type { MirrorItem, Section } from '../../domain/index.ts';
import { RenameInline } from '../shell/RenameInline';
import { columnDropId } from '../views/kanban/preview';
import { runWrite, useMySpace } from './mySpaceContext';
import { SortableMirror } from './SortableMirror';
import { CardCount } from '../common/CardCount';

interface SectionColumnProps {
  section: Section;
  items: readonly MirrorItem[];
  /** The section before this one (null: first) and the one after (null: last), for moving it. */
  previousId: string | null;
  beforePreviousId: string | null;
  nextId: string | null;
  /** The only section left: MySpace keeps at least one, so it cannot be deleted. */
  only: boolean;
  now: number;
}

/**
 * One of the user's sections as a column of mirrors: a drop target (its empty space takes a card at the
 * end), renamed in place, moved left or right, deleted (its mirrors go to the first remaining section).
 */
export const SectionColumn = memo(function SectionColumn({
  section,
  items,
  previousId,
  beforePreviousId,
  nextId,
  only,
  now,
}: SectionColumnProps) {
  const tools = useMySpace();
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(section.id) });
  const ids = useMemo(() => items.map((item) => item.mirror.id), [items]);
  const name = section.name;
  const move = (afterId: string | null) =>
    runWrite(tools, 'move the section', () => tools.actions.moveSection({ sectionId: section.id, afterId }));

  return (
    <section className="column myspace-section" aria-labelledby={headingId}>
      <header className="column-head myspace-section-head">
        {renaming ? (
          <RenameInline
            name={name}
            onRename={(next) => tools.actions.renameSection({ sectionId: section.id, name: next })}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <h2 id={headingId} className="column-name">
            {name}
          </h2>
        )}
        <CardCount count={items.length} />
        <div className="myspace-section-tools">
          <button type="button" aria-label={`Rename section ${name}`} onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button
            type="button"
            aria-label={`Move section ${name} left`}
            title="Move left"
            disabled={previousId === null}
            onClick={() => move(beforePreviousId)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            aria-label={`Move section ${name} right`}
            title="Move right"
            disabled={nextId === null}
            onClick={() => nextId !== null && move(nextId)}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            aria-label={`Delete section ${name}`}
            title={
              only ? 'MySpace keeps at least one section' : 'Delete (its cards move to the first section)'
            }
            disabled={only}
            onClick={() =>
              runWrite(tools, 'delete the section', () =>
                tools.actions.deleteSection({ sectionId: section.id }),
              )
            }
          >
            Delete
          </button>
        </div>
      </header>
      <SortableContext id={section.id} items={ids} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={isOver && ids.length === 0 ? 'column-cards drop-here' : 'column-cards'}
          aria-labelledby={headingId}
          aria-label={renaming ? name : undefined}
        >
          {items.map((item) => (
            <SortableMirror key={item.mirror.id} item={item} now={now} />
          ))}
          {items.length === 0 && (
            <li role="none" className="column-empty muted">
              Drop cards here
            </li>
          )}
        </ul>
      </SortableContext>
    </section>
  );
});
