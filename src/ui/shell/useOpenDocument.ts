import { useEffect, useState } from 'react';
import type { DocumentPool, OpenDocument } from '../../sync/index.ts';

/**
 * Holds a document open while the component is mounted (or until `id` changes) and returns what `open`
 * made of it, or null before the first effect. Closing releases the handle; the pool keeps the document
 * warm for a while, so going back and forth does not reload it.
 */
export function useOpenDocument<Store>(
  pool: DocumentPool,
  id: string | null,
  open: (pool: DocumentPool, id: string) => OpenDocument<Store>,
): OpenDocument<Store> | null {
  const [opened, setOpened] = useState<OpenDocument<Store> | null>(null);
  useEffect(() => {
    if (id === null) return;
    const document = open(pool, id);
    setOpened(document);
    return () => {
      document.close();
      setOpened((current) => (current === document ? null : current));
    };
  }, [pool, id, open]);
  return opened;
}
