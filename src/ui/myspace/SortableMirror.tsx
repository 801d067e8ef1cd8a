import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { feedKey, type MirrorItem } from '../../domain/index.ts';
import { isOwnEnter, MirrorBody, openMirror } from './MirrorCard';
import { mirrorName } from './MirrorFront';
import { useMySpace } from './mySpaceContext';

/**
 * The thin draggable wrapper of one mirror on the sections board (as the Kanban board's SortableCard):
 * Space lifts it, arrows move it, Space drops it; Enter or a click opens the card. While nothing is lifted
 * the arrows move the focus instead (`MirrorBoard`), which dnd-kit's keyboard sensor does not start on.
 */
export const SortableMirror = memo(function SortableMirror({
  item,
  now,
  tabStop,
}: {
  item: MirrorItem;
  now: number;
  /** Whether Tab stops at this mirror: its section's one stop (see `MirrorBoard`). */
  tabStop: boolean;
}) {
  const tools = useMySpace();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.mirror.id,
    attributes: { role: 'listitem', roleDescription: 'card' },
  });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'card mirror card-placeholder' : 'card mirror'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      tabIndex={tabStop ? 0 : -1}
      onKeyDown={(event) => {
        if (isOwnEnter(event)) openMirror(tools, item);
        // A key on a control inside the card (its Remove button) is the control's, not a drag.
        else if (event.target === event.currentTarget) listeners?.onKeyDown?.(event);
      }}
      onClick={() => openMirror(tools, item)}
      aria-label={mirrorName(item.entry)}
      data-mirror-id={item.mirror.id}
      data-card-key={feedKey(item.mirror.spaceId, item.mirror.cardId)}
    >
      <MirrorBody item={item} now={now} tabStop={tabStop} />
    </li>
  );
});
