import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId, useMemo, useState } from 'react';
import { feedKey, type MirrorItem, type Section } from '../../domain/index.ts';
import { byData, focusSoon } from '../common/byData';
import { RenameInline } from '../shell/RenameInline';
import { columnDropId } from '../views/kanban/preview';
import { runWrite, useMySpace } from './mySpaceContext';
import { SortableMirror } from './SortableMirror';
import { cardListData, useCardListTabStop } from './MirrorBoard';
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

/** A section's tool buttons, by `data-section-tool="<section id>:<tool>"`. */
type Tool = 'rename' | 'left' | 'right';

/**
 * Focuses a section's tool once it is drawn: after a rename (the form that had the focus is gone), a move
 * (React moves the section's element, which drops the focus) or a delete (the section is gone, so the
 * neighbour's). A move button that is now disabled (the section reached an end) hands over to the other.
 */
function focusTool(sectionId: string, tool: Tool, fallback: Tool = tool): void {
  focusSoon(() => {
    const wanted = byData(document, 'sectionTool', `${sectionId}:${tool}`) as HTMLButtonElement | null;
    return wanted && !wanted.disabled ? wanted : byData(document, 'sectionTool', `${sectionId}:${fallback}`);
  });
}

/**
 * One of the user's sections as a column of mirrors: a drop target (its empty space takes a card at the
 * end), renamed in place, moved left or right, deleted (its mirrors go to the first remaining section).
 * Keyboard focus stays with the section through each of these (see `focusTool`).
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
  const keys = useMemo(() => items.map((item) => feedKey(item.mirror.spaceId, item.mirror.cardId)), [items]);
  const tabStop = useCardListTabStop(section.id, keys);
  const name = section.name;
  const move = (afterId: string | null, tool: 'left' | 'right') => {
    if (
      runWrite(tools, 'move the section', () => tools.actions.moveSection({ sectionId: section.id, afterId }))
    )
      focusTool(section.id, tool, tool === 'left' ? 'right' : 'left');
  };
  const toolData = (tool: Tool) => ({ 'data-section-tool': `${section.id}:${tool}` });

  return (
    <section className="column myspace-section" aria-labelledby={headingId}>
      <header className="column-head myspace-section-head">
        {renaming ? (
          <RenameInline
            name={name}
            onRename={(next) => tools.actions.renameSection({ sectionId: section.id, name: next })}
            onDone={() => {
              setRenaming(false);
              focusTool(section.id, 'rename');
            }}
          />
        ) : (
          <h2 id={headingId} className="column-name">
            {name}
          </h2>
        )}
        <CardCount count={items.length} />
        <div className="myspace-section-tools">
          <button
            type="button"
            aria-label={`Rename section ${name}`}
            onClick={() => setRenaming(true)}
            {...toolData('rename')}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`Move section ${name} left`}
            title="Move left"
            disabled={previousId === null}
            onClick={() => move(beforePreviousId, 'left')}
            {...toolData('left')}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            aria-label={`Move section ${name} right`}
            title="Move right"
            disabled={nextId === null}
            onClick={() => nextId !== null && move(nextId, 'right')}
            {...toolData('right')}
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
            onClick={() => {
              const deleted = runWrite(tools, 'delete the section', () =>
                tools.actions.deleteSection({ sectionId: section.id }),
              );
              // A refused delete leaves the focus on this button; otherwise the neighbour in its place has it.
              const neighbour = nextId ?? previousId;
              if (deleted && neighbour !== null) focusTool(neighbour, 'rename');
            }}
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
          {...cardListData(section.id)}
        >
          {items.map((item, index) => (
            <SortableMirror key={item.mirror.id} item={item} now={now} tabStop={keys[index] === tabStop} />
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
