import { useState } from 'react';
import { useWaitingUpdate } from './appUpdate';

/**
 * Offers the newer version once it is installed. Never reloads by itself: edits are saved as they happen,
 * but a reload in the middle of a drag or a half-typed title would cut it short.
 */
export function UpdateNotice() {
  const apply = useWaitingUpdate();
  const [reloading, setReloading] = useState(false);
  if (!apply) return null;
  return (
    <div className="update-notice" role="status" aria-label="Update">
      <span>A new version of Afterboard is ready.</span>
      <button
        type="button"
        className="primary"
        aria-disabled={reloading}
        onClick={() => {
          if (reloading) return;
          setReloading(true);
          void apply();
        }}
      >
        Reload
      </button>
    </div>
  );
}
