import { memo, useId } from 'react';
import type { Connector } from './connectors';

interface TimelineConnectorsProps {
  connectors: readonly Connector[];
  width: number;
  height: number;
}

/**
 * The relations between the cards in view, drawn under the bars and the pinned titles. Each line is an
 * image named by what it shows ("“Order seal” is followed by “Fit seal”"); the card panel lists the same
 * relations, with the means to change them.
 */
export const TimelineConnectors = memo(function TimelineConnectors({
  connectors,
  width,
  height,
}: TimelineConnectorsProps) {
  // React's ids hold characters a `url(#…)` reference would need escaped.
  const arrow = `timeline-arrow${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  if (connectors.length === 0) return null;
  return (
    <svg className="timeline-connectors" width={width} height={height} role="group" aria-label="Relations">
      <defs>
        {/* A marker is painted in its own colours, not its line's: one per colour. */}
        {(['', '-conflict'] as const).map((suffix) => (
          <marker
            key={suffix}
            id={`${arrow}${suffix}`}
            viewBox="0 0 6 6"
            refX="6"
            refY="3"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path className={`timeline-connector-arrow${suffix}`} d="M0 0L6 3L0 6z" />
          </marker>
        ))}
      </defs>
      {connectors.map((connector) => (
        <path
          key={connector.id}
          role="img"
          aria-label={connector.name}
          className="timeline-connector"
          data-conflict={connector.conflict ? 'true' : undefined}
          d={connector.d}
          markerEnd={`url(#${arrow}${connector.conflict ? '-conflict' : ''})`}
        />
      ))}
    </svg>
  );
});
