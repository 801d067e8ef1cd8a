import type { ReactNode } from 'react';
import type { Blocker } from '../../domain/index.ts';
import type { CardBadges as Badges } from '../../state/index.ts';

/**
 * The small marks on a card front: blocked, to-do progress, comment count. Each is one image-like element
 * with a spoken name ("2 of 5 to-dos done"), since the icon and the bare numbers mean nothing read aloud.
 * Icons are inline SVG: emoji glyphs are missing from many Linux installs and would show as boxes.
 */
export function CardBadges({ badges, blocker }: { badges: Badges; blocker: Blocker | null }) {
  const { todosDone, todosTotal, comments } = badges;
  return (
    <>
      {blocker !== null && (
        <Mark className="card-blocked" name={`Blocked: ${blocker.reason}`}>
          <Icon>
            <circle cx="8" cy="8" r="6" />
            <path d="M3.8 12.2l8.4-8.4" />
          </Icon>
          Blocked
        </Mark>
      )}
      {todosTotal > 0 && (
        <Mark
          className={todosDone === todosTotal ? 'card-todos card-todos-done' : 'card-todos'}
          name={`${todosDone} of ${todosTotal} to-dos done`}
        >
          <Icon>
            <rect x="2" y="2" width="12" height="12" rx="2" />
            <path d="M5 8.2l2 2 4-4.4" />
          </Icon>
          {todosDone}/{todosTotal}
        </Mark>
      )}
      {comments > 0 && (
        <Mark className="card-comments" name={comments === 1 ? '1 comment' : `${comments} comments`}>
          <Icon>
            <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
          </Icon>
          {comments}
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

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="card-mark-icon"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}
