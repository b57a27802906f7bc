/**
 * `/book/{clinicSlug}[/{calendarId}]`: choose a service, provider and time, give your details, prove
 * your email with the code, and the booking is made.
 */
import { useState } from 'preact/hooks';
import { ApiError, describeFailure } from '../api/apiError';
import type { ClinicCalendar, PublicBookingResult, PublicClinic, Slot } from '../api/contract';
import { getClinic } from '../api/publicApi';
import { todayIn } from '../format';
import { ErrorMessage, StatusMessage } from '../ui/Messages';
import { StepHeading } from '../ui/StepHeading';
import { useLoad } from '../ui/useLoad';
import { initialChoice, providersFor, settleChoice, type Choice } from './choices';
import { CodeForm } from './CodeForm';
import { Confirmation } from './Confirmation';
import { DetailsForm, type ClientDetails } from './DetailsForm';
import { ServicePicker } from './ServicePicker';
import { closedWindowHours, contactBeforeBooking } from './selfServiceWindow';
import { Summary } from './Summary';
import { TimePicker, type TimeView } from './TimePicker';

export function BookingPage({ clinicSlug, calendarId }: { clinicSlug: string; calendarId?: string }) {
  const [clinic, retry] = useLoad(() => getClinic(clinicSlug), [clinicSlug]);
  if (clinic.state === 'loading') {
    // The same header the page will have, so nothing above the content moves when it arrives.
    return (
      <>
        <header class="clinic">
          <p class="clinic-name">&nbsp;</p>
          <h1>Book an appointment</h1>
        </header>
        <p class="loading" role="status">
          Loading…
        </p>
      </>
    );
  }
  if (clinic.state === 'failed') {
    const missing = clinic.error instanceof ApiError && (clinic.error.status === 404 || clinic.error.status === 400);
    return (
      <>
        <h1>Book an appointment</h1>
        <ErrorMessage action={missing ? undefined : { label: 'Try again', run: retry }}>
          {missing ? 'We could not find this clinic’s booking page. Please check the link you were given.' : describeFailure(clinic.error)}
        </ErrorMessage>
      </>
    );
  }
  return <BookingFlow clinic={clinic.value} clinicSlug={clinicSlug} linkedCalendarId={calendarId} />;
}

type Step = 'choose' | 'details' | 'verify' | 'done';

const NO_DETAILS: ClientDetails = { firstName: '', lastName: '', email: '', phone: '' };

function BookingFlow({ clinic, clinicSlug, linkedCalendarId }: { clinic: PublicClinic; clinicSlug: string; linkedCalendarId: string | undefined }) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(clinic, linkedCalendarId, new URLSearchParams(location.search).get('service')));
  const [step, setStep] = useState<Step>('choose');
  const [picked, setPicked] = useState<{ slot: Slot; date: string }>();
  const [view, setView] = useState<TimeView | undefined>();
  const [details, setDetails] = useState<ClientDetails>(NO_DETAILS);
  const [detailErrors, setDetailErrors] = useState<Record<string, string>>({});
  const [codeMinutes, setCodeMinutes] = useState(0);
  const [result, setResult] = useState<PublicBookingResult>();
  const [notice, setNotice] = useState('');
  const [reloadKey, setReloadKey] = useState(0);
  const [visited, setVisited] = useState(false);

  const place = clinic.locations.find((candidate) => candidate.locationId === choice.locationId);
  const session = clinic.sessions.find((candidate) => candidate.sessionId === choice.sessionId);
  const chosenCalendar = choice.calendarId ? clinic.calendars.find((candidate) => candidate.calendarId === choice.calendarId) : singleProvider(clinic, choice);
  const linkedMissing = linkedCalendarId !== undefined && !clinic.calendars.some((candidate) => candidate.calendarId === linkedCalendarId);
  const timeZone = place?.timeZone ?? clinic.locations[0]?.timeZone ?? 'UTC';

  function go(next: Step) {
    setVisited(true);
    setStep(next);
    window.scrollTo({ top: 0 });
  }

  function changeChoice(next: Choice) {
    setNotice('');
    setChoice(settleChoice(clinic, next));
  }

  return (
    <>
      <header class="clinic">
        <p class="clinic-name">{clinic.name}</p>
        <h1>Book an appointment</h1>
      </header>
      <StatusMessage>{notice}</StatusMessage>

      {step === 'choose' ? (
        <>
          <section aria-labelledby="choose-heading">
            <StepHeading id="choose-heading" focus={visited}>
              What would you like to book?
            </StepHeading>
            {linkedMissing ? <p class="muted">That provider is not taking online bookings right now; you can book with anyone below.</p> : null}
            <ServicePicker clinic={clinic} choice={choice} onChoice={changeChoice} linkedCalendarId={linkedCalendarId} />
          </section>
          {choice.locationId && choice.sessionId ? (
            <TimePicker
              clinicSlug={clinicSlug}
              query={{ sessionId: choice.sessionId, locationId: choice.locationId, ...(chosenCalendar ? { calendarId: chosenCalendar.calendarId } : {}) }}
              timeZone={timeZone}
              view={view ?? { weekStart: todayIn(timeZone) }}
              onView={setView}
              reloadKey={reloadKey}
              onPick={(slot, date) => {
                setPicked({ slot, date });
                setView((current) => ({ weekStart: current?.weekStart ?? todayIn(timeZone), date }));
                setNotice('');
                go('details');
              }}
            />
          ) : null}
        </>
      ) : null}

      {step !== 'choose' && step !== 'done' && picked ? (
        <Summary
          session={session}
          calendar={chosenCalendar}
          location={place}
          slot={picked.slot}
          date={picked.date}
          onChange={() => go('choose')}
          lockedWindow={lockedWindowOf(clinic, picked.slot, chosenCalendar, place)}
        />
      ) : null}

      {step === 'details' ? (
        <DetailsForm
          clinicSlug={clinicSlug}
          details={details}
          onDetails={setDetails}
          serverErrors={detailErrors}
          onCodeSent={(minutes) => {
            setDetailErrors({});
            setCodeMinutes(minutes);
            go('verify');
          }}
        />
      ) : null}

      {step === 'verify' && picked ? (
        <CodeForm
          clinicSlug={clinicSlug}
          expiresInMinutes={codeMinutes}
          request={{
            sessionId: choice.sessionId,
            locationId: choice.locationId,
            ...(chosenCalendar ? { calendarId: chosenCalendar.calendarId } : {}),
            start: picked.slot.start,
            firstName: details.firstName.trim(),
            lastName: details.lastName.trim(),
            email: details.email.trim(),
            ...(details.phone.trim() ? { phone: details.phone.trim() } : {}),
          }}
          onBooked={(booked) => {
            setResult(booked);
            go('done');
          }}
          onTaken={(message) => {
            setPicked(undefined);
            setNotice(message);
            setReloadKey((key) => key + 1);
            go('choose');
          }}
          onDetailErrors={(errors) => {
            setDetailErrors(errors);
            go('details');
          }}
          onBack={() => go('details')}
        />
      ) : null}

      {step === 'done' && result ? (
        <Confirmation
          result={result}
          email={details.email.trim()}
          onAnother={() => {
            setResult(undefined);
            setPicked(undefined);
            setReloadKey((key) => key + 1);
            go('choose');
          }}
        />
      ) : null}
    </>
  );
}

function lockedWindowOf(clinic: PublicClinic, slot: Slot, calendar: ClinicCalendar | undefined, place: PublicClinic['locations'][number] | undefined) {
  const hours = closedWindowHours(slot, calendar, clinic);
  return hours === undefined ? undefined : { hours, clinicName: clinic.name, contact: contactBeforeBooking(clinic, place) };
}

/** With one provider for the session, "any" and that provider are the same choice. */
function singleProvider(clinic: PublicClinic, choice: Choice) {
  const providers = choice.sessionId ? providersFor(clinic, choice.locationId, choice.sessionId) : [];
  return providers.length === 1 ? providers[0] : undefined;
}
