import { memo } from 'react';
import { cardPath, navigate } from '../shell/route';
import type { ActivityEntry } from './activityApi.ts';
import { entrySentence } from './entrySentence.ts';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ActivityItemProps {
  entry: ActivityEntry;
  people: Readonly<Record<string, string>>;
  spaceName: string;
}

/** One event as a sentence whose card title opens the card's panel, then where and when. */
export const ActivityItem = memo(function ActivityItem({ entry, people, spaceName }: ActivityItemProps) {
  const sentence = entrySentence(entry, people);
  const path = cardPath(entry.spaceId, entry.cardId);
  const open = (event: React.MouseEvent) => {
    event.preventDefault();
    navigate(path);
  };
  return (
    <li className="activity-item">
      <p className="activity-sentence">
        {sentence.before}
        {sentence.card === null ? (
          <>
            {' '}
            <a href={path} onClick={open}>
              Open the card
            </a>
          </>
        ) : (
          <a href={path} onClick={open}>
            “{sentence.card}”
          </a>
        )}
        {sentence.after}
      </p>
      <p className="muted activity-meta">
        {spaceName} · <time dateTime={new Date(entry.at).toISOString()}>{WHEN.format(entry.at)}</time>
      </p>
    </li>
  );
});
