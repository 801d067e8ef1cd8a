import { useCallback, useRef, useState } from 'react';
import { createDemo, type Workspace } from '../api';
import { focusSoon } from '../common/byData';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';

interface DemoOfferProps {
  userId: string;
  onCreated: (workspace: Workspace) => void;
}

const skippedKey = (userId: string) => `afterboard:demo-offer-skipped:${userId}`;

/** Whether the user said no to the demo on this device (the offer is a first-run help, not a nag). */
export function demoSkipped(userId: string): boolean {
  try {
    return localStorage.getItem(skippedKey(userId)) === '1';
  } catch {
    return false;
  }
}

/** The first space link of the home page's entry for the workspace named `name`, once drawn. */
function firstSpaceLink(name: string): HTMLElement | null {
  const entry = [...document.querySelectorAll('main li.workspace')].find(
    (item) => item.querySelector('h3')?.textContent === name,
  );
  return entry?.querySelector<HTMLElement>('a[href]') ?? null;
}

/**
 * The first-run offer to the owner of a fresh instance: the seeded "Aftersales Service" workspace, with
 * a team, four aftersales spaces and three months of history, to see the board at work before building
 * one's own. The server creates it once per instance.
 */
export function DemoOffer({ userId, onCreated }: DemoOfferProps) {
  const [skipped, setSkipped] = useState(() => demoSkipped(userId));
  const offer = useRef<HTMLElement>(null);
  const action = useCallback(async () => {
    const workspace = await createDemo();
    onCreated(workspace);
    // The offer goes, and its button with the focus: the focus goes to the demo's first space, once the
    // list shows it (its spaces come with the workspace's document), or to the page's heading — unless
    // the user has put the focus somewhere meanwhile: it stays there. The offer's own button, still drawn
    // for a frame or two, is no such place.
    const lost = () => {
      const focused = document.activeElement;
      return focused === null || focused === document.body || offer.current?.contains(focused) === true;
    };
    focusSoon(
      () => (lost() ? firstSpaceLink(workspace.name) : (document.activeElement as HTMLElement)),
      60,
      () => (lost() ? document.querySelector<HTMLElement>('main h1') : null),
    );
  }, [onCreated]);
  const { submit, pending, error } = useSubmit(action);
  if (skipped) return null;
  const skip = () => {
    try {
      localStorage.setItem(skippedKey(userId), '1');
    } catch {
      // Private browsing without storage: the offer is hidden for this visit only.
    }
    setSkipped(true);
  };
  return (
    <section
      ref={offer}
      className="demo-offer stack"
      aria-labelledby="demo-offer-heading"
      aria-busy={pending}
    >
      <h2 id="demo-offer-heading">Start with a demo workspace?</h2>
      <p>
        “Aftersales Service” has four spaces — repairs, warranty claims, complaints and maintenance visits —
        with a team of colleagues and three months of cases, so you can try the board before you set up your
        own. You own it and can archive it later.
      </p>
      <div className="row">
        <button type="button" className="primary" aria-disabled={pending} onClick={() => void submit()}>
          {pending ? 'Creating the demo workspace…' : 'Create the demo workspace'}
        </button>
        <button type="button" onClick={skip} disabled={pending}>
          Skip
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}
