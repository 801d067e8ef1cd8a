import { useId, type ReactNode } from 'react';
import { downloadCsv } from './downloadCsv';

interface FlowSectionProps {
  title: string;
  /** A sentence that says what the chart shows, or why it is empty. */
  summary: string;
  /** File name of the CSV, without `.csv`. */
  csvName: string;
  /** The chart's data as CSV rows, header first; built only when the button is pressed. */
  csvRows: () => (string | number)[][];
  empty: boolean;
  children: ReactNode;
}

/** One chart of the Flow view: a region named by its heading, with its summary, CSV download and body. */
export function FlowSection({ title, summary, csvName, csvRows, empty, children }: FlowSectionProps) {
  const headingId = useId();
  return (
    <section className="flow-section" aria-labelledby={headingId}>
      <div className="flow-section-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={() => downloadCsv(csvName, csvRows())} disabled={empty}>
          Download CSV
        </button>
      </div>
      <p className="muted">{summary}</p>
      {!empty && children}
    </section>
  );
}
