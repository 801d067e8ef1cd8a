import { useDocumentTitle } from '../common/useDocumentTitle';
import { navigate } from './route';

/** A mistyped or outdated address: said plainly, with the way home, instead of a home page under a bad URL. */
export function NotFound({ pathname }: { pathname: string }) {
  useDocumentTitle('Not found');
  return (
    <section className="not-found stack" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">This page does not exist</h1>
      <p className="muted">
        Afterboard has nothing at <code>{pathname}</code>. The link may be mistyped or out of date.
      </p>
      <p>
        <button type="button" className="primary" onClick={() => navigate('/')}>
          Go to Home
        </button>
      </p>
    </section>
  );
}
