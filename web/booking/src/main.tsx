/** The booking pages' entry: picks the page from the address and renders it into `#app`. */
import { render } from 'preact';
import { BookingPage } from './booking/BookingPage';
import { ManagePage } from './manage/ManagePage';
import { OfferPage } from './offer/OfferPage';
import { FormPage } from './forms/FormPage';
import { parseRoute, type Route } from './route';
import './styles.css';

function App({ route }: { route: Route }) {
  return (
    <main id="main" class="page" tabIndex={-1}>
      {route.page === 'book' ? <BookingPage clinicSlug={route.clinicSlug} calendarId={route.calendarId} /> : null}
      {route.page === 'manage' ? <ManagePage token={route.token} /> : null}
      {route.page === 'offer' ? <OfferPage token={route.token} /> : null}
      {route.page === 'form' ? <FormPage token={route.token} /> : null}
      {route.page === 'missing' ? <MissingPage /> : null}
    </main>
  );
}

function MissingPage() {
  return (
    <>
      <h1>Book an appointment</h1>
      <p>This booking link is incomplete. Please use the link your clinic gave you, like /book/your-clinic.</p>
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App route={parseRoute(location.pathname, location.hash)} />, root);
}
