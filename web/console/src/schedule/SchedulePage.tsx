/**
 * The calendar as the hub (SPEC P4, A5): left panel of controls, the day grid (a one-calendar list
 * on phones), the status bar, and the right slide-out panel for booking or one appointment.
 */
import { Alert, Box, Button, Drawer, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { useCalendars, useDisciplines, useLocations, useSessions, type AppointmentStatus, type DayAppointment } from '../api/queries';
import { displayDate, displayTime, minutesOnDate, todayIn, zonedInstant } from '../lib/zonedTime';
import { AppointmentPanel } from './AppointmentPanel';
import { BlockForm } from './BlockForm';
import { BookingPanel, type BookingDraft } from './BookingPanel';
import { DayGrid, type Opening } from './DayGrid';
import { gridRange, type GridScale } from './layout';
import { LeftPanel } from './LeftPanel';
import { openingsFrom } from './openings';
import { PhoneDayList } from './PhoneDayList';
import { StatusBar } from './StatusBar';
import { HIDDEN_BY_DEFAULT, STATUS_ORDER } from './statuses';
import { useDayView } from './useDayView';
import { appointmentExtras } from './appointmentExtras';
import { BlockEditForm } from './BlockEditForm';
import { readBookingIntent, readScheduleDate } from './bookingIntent';
import { DaySheet } from './DaySheet';
import { findSpan, startsByDay, type DayStarts } from './findTimeAhead';
import { sessionColours } from './sessionColours';
import { WeekView } from './WeekView';

type Panel = { kind: 'book' | 'block'; draft: BookingDraft } | { kind: 'appointment'; appointmentId: string } | { kind: 'edit-block'; blockId: string };
type Mode = 'day' | 'week' | 'sheet';

const PX_PER_MINUTE = 1.2;
const SNAP_MINUTES = 15;

export function SchedulePage() {
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 64em)', true);
  const phone = useMediaQuery('(max-width: 47.99em)', false);
  const locations = useLocations();
  const disciplines = useDisciplines();
  const sessions = useSessions();

  const [locationId, setLocationId] = useState<string>();
  const location = locations.data?.items.find((item) => item.locationId === locationId) ?? locations.data?.items[0];
  const timeZone = location?.timeZone ?? 'UTC';
  const today = todayIn(timeZone);
  const [date, setDate] = useState<string | undefined>(() => readScheduleDate(window.location.search));
  const [intent, setIntent] = useState(() => readBookingIntent(window.location.search));
  const intentCase = useQuery({ queryKey: ['case', intent?.caseId], enabled: Boolean(intent), queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: intent!.caseId } } })) });
  const intentClient = useQuery({
    queryKey: ['client', intentCase.data?.clientId],
    enabled: Boolean(intentCase.data),
    queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: intentCase.data!.clientId } } })),
  });
  const preset = intent && intentClient.data ? { client: intentClient.data.client, caseId: intent.caseId } : undefined;
  const [mode, setMode] = useState<Mode>('day');
  const [weekCalendarId, setWeekCalendarId] = useState('');
  const [findDays, setFindDays] = useState(1);
  const [findResults, setFindResults] = useState<DayStarts[]>([]);
  const shownDate = date ?? today;
  const [disciplineId, setDisciplineId] = useState('');
  const [calendarIds, setCalendarIds] = useState<string[]>();
  const [visible, setVisible] = useState<Set<AppointmentStatus>>(() => new Set(STATUS_ORDER.filter((status) => !HIDDEN_BY_DEFAULT.includes(status))));
  const [panel, setPanel] = useState<Panel>();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [phoneCalendarId, setPhoneCalendarId] = useState('');
  const [findSessionId, setFindSessionId] = useState('');
  const [openings, setOpenings] = useState<Opening[]>([]);
  const [findStatus, setFindStatus] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const calendars = useCalendars(location?.locationId, Boolean(location));
  const locationCalendars = useMemo(() => (calendars.data?.items ?? []).filter((calendar) => calendar.active), [calendars.data]);
  const dayView = useDayView(location ? { locationId: location.locationId, date: shownDate, ...(disciplineId ? { disciplineId } : {}), ...(calendarIds ? { calendarIds } : {}) } : undefined);
  const view = dayView.data;
  const shownCalendarIds = useMemo(() => new Set(view?.columns.map((column) => column.calendarId) ?? []), [view]);

  useEffect(() => {
    setOpenings([]);
    if (findDays === 1) setFindStatus(undefined);
  }, [shownDate, location?.locationId, findDays]);
  const colours = useMemo(() => sessionColours(sessions.data?.items ?? []), [sessions.data]);
  const weekCalendar = weekCalendarId || view?.columns[0]?.calendarId || locationCalendars[0]?.calendarId || '';

  const scale: GridScale = useMemo(() => {
    const booked = (view?.columns ?? []).flatMap((column) => column.appointments.map((item) => ({ start: minutesOnDate(item.start, view!.date, view!.timeZone), end: minutesOnDate(item.end, view!.date, view!.timeZone) })));
    return { ...gridRange(view?.columns ?? [], booked), pxPerMinute: PX_PER_MINUTE, snap: SNAP_MINUTES };
  }, [view]);

  const move = useMutation({
    mutationFn: (input: { appointment: DayAppointment; calendarId: string; minutes: number }) =>
      unwrap(api.POST('/api/appointments/{id}/move', { params: { path: { id: input.appointment.appointmentId } }, body: { calendarId: input.calendarId, start: zonedInstant(shownDate, input.minutes, timeZone) } })),
    onSuccess: (result) => {
      setNotice(`Moved to ${displayTime(Math.round((Date.parse(result.appointment.start) - Date.parse(zonedInstant(shownDate, 0, timeZone))) / 60_000))}${result.conflicts.length ? `; it overlaps ${result.conflicts.length} other appointment(s)` : ''}.`);
    },
    onError: (error) => setNotice(`Not moved: ${errorText(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['day-view'] }),
  });

  async function findTime() {
    const session = sessions.data?.items.find((item) => item.sessionId === findSessionId);
    if (!session || !view) return;
    const ids = view.columns.filter((column) => column.kind === 'provider').map((column) => column.calendarId).slice(0, 40);
    setFindStatus('Looking for openings…');
    setFindResults([]);
    try {
      const span = findDays === 1 ? { from: zonedInstant(shownDate, 0, timeZone), to: zonedInstant(shownDate, 24 * 60, timeZone) } : findSpan(shownDate, findDays, timeZone);
      const result = await unwrap(
        api.GET('/api/availability', {
          params: { query: { sessionId: session.sessionId, ...span, limit: 100, mode: 'staff', ...(ids.length ? { calendarIds: ids.join(',') } : {}) } },
        }),
      );
      const found = openingsFrom(result.calendars, session.durationMinutes, shownDate, timeZone);
      setOpenings(found);
      const starts = result.calendars.reduce((sum, calendar) => sum + calendar.starts.length, 0);
      if (findDays === 1) setFindStatus(starts === 0 ? 'No openings on this day.' : `${starts} possible starts, highlighted in green.`);
      else {
        const days = startsByDay(result.calendars, timeZone, 6);
        setFindResults(days);
        setFindStatus(days.length === 0 ? 'No openings in this span.' : `Openings on ${days.length} day(s); choose one to book it.`);
      }
    } catch (error) {
      setFindStatus(errorText(error));
    }
  }

  const bookAt = (calendarId: string, minutes: number, on = shownDate) => setPanel({ kind: 'book', draft: { calendarId, date: on, minutes } });
  const blockOf = (blockId: string) => view?.columns.flatMap((column) => column.blocks).find((block) => block.blockId === blockId);

  const leftPanel = location && (
    <LeftPanel
      locations={locations.data?.items ?? []}
      locationId={location.locationId}
      onLocation={(id) => {
        setLocationId(id);
        setCalendarIds(undefined);
      }}
      date={shownDate}
      today={today}
      onDate={setDate}
      disciplines={disciplines.data?.items ?? []}
      disciplineId={disciplineId}
      onDiscipline={setDisciplineId}
      calendars={locationCalendars}
      shownCalendarIds={shownCalendarIds}
      onToggleCalendar={(id) => {
        const next = new Set(shownCalendarIds);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        setCalendarIds(locationCalendars.map((calendar) => calendar.calendarId).filter((candidate) => next.has(candidate)));
      }}
      onDefaultCalendars={() => setCalendarIds(undefined)}
      sessions={sessions.data?.items ?? []}
      findSessionId={findSessionId}
      onFindSession={setFindSessionId}
      onFindTime={() => void findTime()}
      onClearFindTime={() => {
        setOpenings([]);
        setFindResults([]);
        setFindStatus(undefined);
      }}
      findStatus={findStatus}
      findDays={findDays}
      onFindDays={setFindDays}
      findResults={findResults}
      onPickStart={(day, calendarId, minutes) => {
        setDate(day);
        bookAt(calendarId, minutes, day);
      }}
      onNewBooking={() => bookAt(view?.columns[0]?.calendarId ?? locationCalendars[0]?.calendarId ?? '', 9 * 60)}
    />
  );

  if (locations.isError) return <Alert m="md" color="red" role="alert">{errorText(locations.error)}</Alert>;
  if (!location) return <Loader m="md" aria-label="Loading" />;

  return (
    <div className={`schedule ${wide ? 'schedule-wide' : ''}`}>
      {wide ? <aside className="schedule-left" aria-label="Schedule controls">{leftPanel}</aside> : (
        <Drawer opened={filtersOpen} onClose={() => setFiltersOpen(false)} title="Schedule controls" size={300}>
          {leftPanel}
        </Drawer>
      )}
      <section className="schedule-main" aria-labelledby="schedule-title">
        <Group px="sm" py={6} justify="space-between" wrap="nowrap" className="schedule-toolbar">
          {!wide && <Button size="compact-sm" variant="default" style={{ flex: 'none' }} onClick={() => setFiltersOpen(true)}>Filters</Button>}
          <Text component="h1" fw={600} size={phone ? 'sm' : 'md'} id="schedule-title" m={0}>{displayDate(shownDate)} · {location.name}</Text>
          <Group gap={6} wrap="nowrap">
            {dayView.isFetching && <Loader size="xs" aria-label="Updating" />}
            <SegmentedControl size="xs" value={mode} onChange={(value) => setMode(value as Mode)} aria-label="View" data={[{ value: 'day', label: 'Day' }, { value: 'week', label: 'Week' }, { value: 'sheet', label: 'Day sheet' }]} />
          </Group>
        </Group>
        {intent && (
          <Alert mx="sm" mb={4} p={6} color="teal" withCloseButton onClose={() => setIntent(undefined)} closeButtonLabel="Stop booking for this case" role="status" data-testid="booking-intent">
            {intentClient.data && intentCase.data
              ? `Booking for ${intentClient.data.client.firstName} ${intentClient.data.client.lastName}, case ${intentCase.data.caseLabel}: click a free time, or use Find time.`
              : 'Loading the case to book…'}
          </Alert>
        )}
        {notice && (
          <Alert mx="sm" mb={4} p={6} withCloseButton onClose={() => setNotice(undefined)} role="status" className="schedule-notice">
            {notice}
          </Alert>
        )}
        {dayView.isError && <Alert m="sm" color="red" role="alert">{errorText(dayView.error)}</Alert>}
        {mode === 'week' && (
          <WeekView
            locationId={location.locationId}
            date={shownDate}
            calendars={locationCalendars}
            calendarId={weekCalendar}
            onCalendar={setWeekCalendarId}
            visibleStatuses={visible}
            sessionColours={colours}
            onAppointment={(id) => setPanel({ kind: 'appointment', appointmentId: id })}
            onDay={(day) => {
              setDate(day);
              setMode('day');
            }}
          />
        )}
        {mode === 'sheet' && view && <DaySheet view={view} locationName={location.name} />}
        {mode === 'day' && view && view.columns.length === 0 && <Text p="md">No calendar has a shift on this day. Choose calendars on the left to see them anyway.</Text>}
        {mode === 'day' && view && view.columns.length > 0 && (phone ? (
          <PhoneDayList view={view} calendarId={phoneCalendarId} onCalendar={setPhoneCalendarId} visibleStatuses={visible} onAppointment={(id) => setPanel({ kind: 'appointment', appointmentId: id })} onBook={bookAt} />
        ) : (
          <DayGrid
            view={view}
            scale={scale}
            visibleStatuses={visible}
            openings={openings}
            onSlot={bookAt}
            onAppointment={(id) => setPanel({ kind: 'appointment', appointmentId: id })}
            onMove={(appointment, calendarId, minutes) => move.mutate({ appointment, calendarId, minutes })}
            sessionColours={colours}
            onBlock={(blockId) => setPanel({ kind: 'edit-block', blockId })}
          />
        ))}
        {!view && dayView.isPending && <Loader m="md" aria-label="Loading the day" />}
        {view && (
          <StatusBar
            counts={view.counts}
            total={view.total}
            visible={visible}
            onToggle={(status) => {
              const next = new Set(visible);
              if (next.has(status)) next.delete(status);
              else next.add(status);
              setVisible(next);
            }}
          />
        )}
      </section>
      <Drawer
        opened={Boolean(panel)}
        onClose={() => setPanel(undefined)}
        position="right"
        size={phone ? '100%' : 440}
        title={panel?.kind === 'book' ? 'New booking' : panel?.kind === 'block' ? 'Block time' : panel?.kind === 'edit-block' ? 'Edit block' : 'Appointment'}
        closeButtonProps={{ 'aria-label': 'Close panel' }}
      >
        <Box pb="xl">
          {panel?.kind === 'edit-block' && blockOf(panel.blockId) && (
            <BlockEditForm
              block={blockOf(panel.blockId)!}
              date={shownDate}
              timeZone={timeZone}
              onDone={(message) => {
                setNotice(message);
                setPanel(undefined);
              }}
            />
          )}
          {panel && (panel.kind === 'book' || panel.kind === 'block') && (
            <SegmentedControl
              fullWidth
              mb="sm"
              value={panel.kind}
              onChange={(kind) => setPanel({ kind: kind as 'book' | 'block', draft: panel.draft })}
              data={[{ value: 'book', label: 'Appointment' }, { value: 'block', label: 'Block time' }]}
            />
          )}
          {panel?.kind === 'block' && (
            <BlockForm
              draft={panel.draft}
              calendars={locationCalendars}
              timeZone={timeZone}
              onDone={() => {
                setNotice('Time blocked.');
                setPanel(undefined);
              }}
            />
          )}
          {panel?.kind === 'book' && (
            <BookingPanel
              draft={panel.draft}
              calendars={locationCalendars}
              sessions={sessions.data?.items ?? []}
              timeZone={timeZone}
              today={today}
              {...(preset ? { preset } : {})}
              onBooked={(result) => {
                const warnings = (result.warnings ?? []).map((warning) => ` ${warning.text}`).join('');
                setNotice(`Booked${result.conflicts.length ? `; it overlaps ${result.conflicts.length} other appointment(s)` : ''}.${warnings}`);
                setIntent(undefined);
                setPanel({ kind: 'appointment', appointmentId: result.appointment.appointmentId });
              }}
            />
          )}
          {panel?.kind === 'appointment' && (
            <AppointmentPanel
              key={panel.appointmentId}
              appointmentId={panel.appointmentId}
              calendars={locationCalendars}
              sessions={sessions.data?.items ?? []}
              timeZone={timeZone}
              onMoved={(id) => setPanel({ kind: 'appointment', appointmentId: id })}
            >
              {appointmentExtras}
            </AppointmentPanel>
          )}
        </Box>
      </Drawer>
    </div>
  );
}
