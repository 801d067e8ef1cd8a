import { memo, useContext } from 'react';
import {
  isFinished,
  liveSummary,
  unavailableReason,
  type CardSummary,
  type FeedEntry,
} from '../../domain/index.ts';
import { CardBadges } from '../card/CardBadges';
import { dueTone, dueWords } from '../card/dueTone';
import '../card/cardItems.css';
import { ArchivedSpacesContext } from './mySpaceContext';

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** The name a mirror is read out by: its card's title, or that it cannot be shown. */
export function mirrorName(entry: FeedEntry | null): string {
  return liveSummary(entry)?.title ?? 'Unavailable card';
}

/**
 * The front of a mirror: the live card as the feed summarises it — title, space and status, due date
 * coloured as on the board, labels, to-dos and progress — or, when the feed cannot show the card, why.
 * Pure and memoized, like the board's card front.
 */
export const MirrorFront = memo(function MirrorFront({
  entry,
  now,
}: {
  entry: FeedEntry | null;
  /** Epoch ms the due date is measured against. */
  now: number;
}) {
  const summary = liveSummary(entry);
  if (!summary) {
    return (
      <div className="card-front">
        <span className="card-title">Unavailable card</span>
        <p className="muted mirror-reason">{unavailableReason(entry)}</p>
      </div>
    );
  }
  return <SummaryFront summary={summary} now={now} />;
});

/** A live card's summary as a card front; the inbox shows its cards with it too. */
export function SummaryFront({ summary, now }: { summary: CardSummary; now: number }) {
  // Its space put away (itself or with its folder): the card reads as it was left, and says why.
  const spaceArchived = useContext(ArchivedSpacesContext).has(summary.spaceId);
  const tone = summary.due === null ? null : dueTone(summary.due, now, isFinished(summary));
  return (
    <div className="card-front">
      {summary.labels.length > 0 && (
        <ul className="card-labels" aria-label="Labels">
          {summary.labels.map((label) => (
            <li key={label.id} className="card-label" style={{ '--label': label.color } as object}>
              {label.name}
            </li>
          ))}
        </ul>
      )}
      <span className="card-title">{summary.title}</span>
      <span className="mirror-place muted">
        {summary.spaceName} · {summary.statusName}
      </span>
      <div className="card-meta">
        {summary.archived && <span className="mirror-archived">Archived</span>}
        {spaceArchived && <span className="mirror-archived">Space archived</span>}
        {summary.blocked && <span className="card-blocked">Blocked</span>}
        <CardBadges
          badges={{
            todosDone: summary.todos.done,
            todosTotal: summary.todos.total,
            comments: summary.comments,
          }}
          blocker={null}
        />
        {summary.progress !== null && (
          <span className="mirror-progress" role="img" aria-label={`${summary.progress}% done`}>
            {summary.progress}%
          </span>
        )}
        {tone !== null && summary.due !== null && (
          <span className={`card-due due-${tone}`} data-tone={tone}>
            {dueWords(tone, summary.due, now, (ms) => DATE.format(ms))}
          </span>
        )}
      </div>
    </div>
  );
}
