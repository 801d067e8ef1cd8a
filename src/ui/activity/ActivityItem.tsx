import { memo } from 'react';
import { appLinkClick } from '../common/appLink';
import { cardPath, personActivityPath } from '../shell/route';
import type { ActivityEntry } from './activityApi.ts';
import { entrySentence } from './entrySentence.ts';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ActivityItemProps {
  entry: ActivityEntry;
  people: Readonly<Record<string, string>>;
  /** The entry's space, or null where the stream is one space's. */
  spaceName: string | null;
  /** Called as a link of the entry is followed (a panel showing the stream closes then). */
  onFollow?: () => void;
}

/**
 * One event as a sentence: the actor's name opens their own stream, the card's title opens the card's
 * panel; then where and when.
 */
export const ActivityItem = memo(function ActivityItem({
  entry,
  people,
  spaceName,
  onFollow,
}: ActivityItemProps) {
  const sentence = entrySentence(entry, people);
  const path = cardPath(entry.spaceId, entry.cardId);
  const personPath = personActivityPath(entry.actor);
  return (
    <li className="activity-item">
      <p className="activity-sentence">
        <a href={personPath} onClick={appLinkClick(personPath, onFollow)} className="activity-person">
          {sentence.actor}
        </a>
        {sentence.before}
        {sentence.card === null ? (
          <>
            {' '}
            <a href={path} onClick={appLinkClick(path, onFollow)}>
              Open the card
            </a>
          </>
        ) : (
          <a href={path} onClick={appLinkClick(path, onFollow)}>
            “{sentence.card}”
          </a>
        )}
        {sentence.after}
      </p>
      <p className="muted activity-meta">
        {spaceName !== null && `${spaceName} · `}
        <time dateTime={new Date(entry.at).toISOString()}>{WHEN.format(entry.at)}</time>
      </p>
    </li>
  );
});
