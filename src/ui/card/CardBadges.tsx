import type { ReactNode } from 'react';
import type { Blocker } from '../../domain/index.ts';
import type { CardBadges as Badges } from '../../state/index.ts';

/**
 * The small marks on a card front: blocked, to-do progress, comment count. Each is one image-like element
 * with a spoken name ("2 of 5 to-dos done"), since the glyph and the bare numbers mean nothing read aloud.
 */
export function CardBadges({ badges, blocker }: { badges: Badges; blocker: Blocker | null }) {
  const { todosDone, todosTotal, comments } = badges;
  return (
    <>
      {blocker !== null && (
        <Mark className="card-blocked" name={`Blocked: ${blocker.reason}`}>
          ⛔ Blocked
        </Mark>
      )}
      {todosTotal > 0 && (
        <Mark
          className={todosDone === todosTotal ? 'card-todos card-todos-done' : 'card-todos'}
          name={`${todosDone} of ${todosTotal} to-dos done`}
        >
          ☑ {todosDone}/{todosTotal}
        </Mark>
      )}
      {comments > 0 && (
        <Mark className="card-comments" name={comments === 1 ? '1 comment' : `${comments} comments`}>
          💬 {comments}
        </Mark>
      )}
    </>
  );
}

function Mark({ className, name, children }: { className: string; name: string; children: ReactNode }) {
  return (
    <span className={className} role="img" aria-label={name} title={name}>
      {children}
    </span>
  );
}
