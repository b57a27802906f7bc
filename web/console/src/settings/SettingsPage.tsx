/** Clinic settings: locations, disciplines, team, calendars, shifts, sessions, notifications, import and export. */
import { Badge, ColorSwatch, Group, NavLink, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { useCalendars, useDisciplines, useLocations } from '../api/queries';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { type Action, useAccess } from '../auth/useAccess';
import { BillingPolicyForm } from './BillingPolicyForm';
import { CalendarEditor } from './CalendarEditor';
import { ClinicForm } from './ClinicForm';
import { CalendarNotificationForm } from './CalendarNotificationForm';
import { MailTemplateForm } from './MailTemplateForm';
import { MemberRoleSelect } from './MemberRoleSelect';
import { NotificationSettingsForm } from './NotificationSettingsForm';
import { FormTemplatesSection } from './FormTemplatesSection';
import { formatMoney, parseMoney } from '../billing/money';
import { ShiftPlanner } from './ShiftPlanner';
import { ImportExportSection } from './ImportExportSection';
import { compact, ResourceSection, type FormValues } from './ResourceSection';
import { ADDRESS_FIELDS, addressValues, formatAddress, splitAddress } from './locationFields';
import { timeZoneOptions } from './timeZones';

/**
 * Each section with the action that shows it and the one that changes it (the API's permission
 * table). A section that is only a form is offered only to roles that may change it.
 */
const SECTIONS: readonly { key: string; label: string; read: Action; manage: Action; formOnly?: boolean }[] = [
  { key: 'clinic', label: 'Clinic', read: 'clinic:read', manage: 'clinic:manage' },
  { key: 'locations', label: 'Locations', read: 'clinic:read', manage: 'clinic:manage' },
  { key: 'disciplines', label: 'Disciplines', read: 'clinic:read', manage: 'clinic:manage' },
  { key: 'team', label: 'Team and roles', read: 'team:read', manage: 'team:manage' },
  { key: 'calendars', label: 'Calendars', read: 'calendars:read', manage: 'calendars:manage' },
  { key: 'shifts', label: 'Shifts', read: 'calendars:read', manage: 'schedule:manage', formOnly: true },
  { key: 'sessions', label: 'Sessions', read: 'calendars:read', manage: 'sessions:manage' },
  { key: 'billing-items', label: 'Billing items', read: 'billing:read', manage: 'billing:manage' },
  { key: 'billing-policy', label: 'Billing policy', read: 'billing:read', manage: 'billing:manage', formOnly: true },
  { key: 'notifications', label: 'Notifications', read: 'clinic:read', manage: 'clinic:manage', formOnly: true },
  { key: 'import-export', label: 'Import and export', read: 'imports:run', manage: 'imports:run', formOnly: true },
  { key: 'form-templates', label: 'Form templates', read: 'forms:list', manage: 'formTemplates:manage', formOnly: true },
];

const ROLES = ['owner', 'manager', 'front_desk', 'provider', 'billing'].map((value) => ({ value, label: value.replace('_', ' ') }));
const RESOURCE_NEEDS = [{ value: '', label: 'Nothing else' }, { value: 'room', label: 'A room' }, { value: 'equipment', label: 'Equipment' }, { value: 'room,equipment', label: 'A room and equipment' }];
const resourceKinds = (needs: FormValues[string] | undefined) => String(needs ?? '').split(',').filter((kind): kind is 'room' | 'equipment' => kind === 'room' || kind === 'equipment');
const active = (item: { active?: boolean }) => (item.active === false ? <Badge color="gray" variant="light">inactive</Badge> : <Badge color="green" variant="light">active</Badge>);

export default function SettingsPage({ section }: { section: string }) {
  const access = useAccess();
  const shown = SECTIONS.filter((item) => access.can(item.read) && (!item.formOnly || access.can(item.manage)));
  const current = shown.find((item) => item.key === section);
  if (!access.loaded) return <Text role="status" p="md">Loading…</Text>;
  return (
    <div className="settings">
      <Stack gap={0} component="nav" aria-label="Settings" className="settings-nav">
        {shown.map(({ key, label }) => (
          <NavLink key={key} label={label} active={section === key} href={`/settings/${key}`} component={Link} aria-current={section === key ? 'page' : undefined} />
        ))}
      </Stack>
      <div className="settings-body">
        <SettingsSection key={section} section={current ? section : (shown[0]?.key ?? '')} readOnly={!current || !access.can(current.manage)} />
      </div>
    </div>
  );
}

function SettingsSection({ section, readOnly }: { section: string; readOnly: boolean }) {
  const locations = useLocations();
  const disciplines = useDisciplines();
  const calendars = useCalendars(undefined);
  const billingItems = useQuery({ queryKey: ['billing-items'], enabled: section === 'sessions', queryFn: () => unwrap(api.GET('/api/billing-items', { params: { query: { limit: 100 } } })) });
  const billingItemOptions = (billingItems.data?.items ?? []).map((item) => ({ value: item.billingItemId, label: `${item.code} · ${item.description}` }));
  const locationOptions = (locations.data?.items ?? []).map((item) => ({ value: item.locationId, label: item.name }));
  const disciplineOptions = (disciplines.data?.items ?? []).map((item) => ({ value: item.disciplineId, label: item.name }));
  const disciplineName = (id: string) => disciplines.data?.items.find((item) => item.disciplineId === id)?.name ?? '';
  const locationName = (id: string) => locations.data?.items.find((item) => item.locationId === id)?.name ?? '';
  const timeZone = locations.data?.items[0]?.timeZone ?? 'UTC';

  switch (section) {
    case 'clinic':
      return <ClinicForm readOnly={readOnly} />;
    case 'import-export':
      return <ImportExportSection />;
    case 'locations':
      return (
        <ResourceSection<Schemas['Location']>
          readOnly={readOnly}
          title="Locations" queryKey={['locations']} rowKey={(item) => item.locationId} createLabel="Add location"
          load={() => unwrap(api.GET('/api/locations', { params: { query: { limit: 100 } } }))}
          columns={[{ label: 'Name', render: (item) => item.name }, { label: 'Address', render: (item) => formatAddress(item.address) }, { label: 'Time zone', render: (item) => item.timeZone.replaceAll('_', ' ') }, { label: 'Phone', render: (item) => item.phone ?? '' }, { label: 'Status', render: active }]}
          fields={[{ name: 'name', label: 'Name', required: true }, { name: 'timeZone', label: 'Time zone', kind: 'select', required: true, initial: timeZone, options: timeZoneOptions(timeZone) }, { name: 'phone', label: 'Phone', kind: 'text' }, ...ADDRESS_FIELDS]}
          create={(values) => {
            const { rest, address } = splitAddress(values);
            return unwrap(api.POST('/api/locations', { body: compact<Schemas['CreateLocation']>(rest, address ? { address } : {}) }));
          }}
          edit={{
            label: (item) => `Edit location ${item.name}`,
            fields: [{ name: 'name', label: 'Name', required: true }, { name: 'timeZone', label: 'Time zone', kind: 'select', required: true, options: timeZoneOptions(timeZone) }, { name: 'phone', label: 'Phone', kind: 'text' }, { name: 'active', label: 'Active', kind: 'checkbox' }, ...ADDRESS_FIELDS],
            values: (item) => ({ name: item.name, timeZone: item.timeZone, phone: item.phone ?? '', active: item.active, ...addressValues(item.address) }),
            update: (item, values) => {
              const { rest, address } = splitAddress(values);
              return unwrap(api.PATCH('/api/locations/{id}', { params: { path: { id: item.locationId } }, body: compact<Schemas['UpdateLocation']>(rest, address ? { address } : {}) }));
            },
          }}
        />
      );
    case 'disciplines':
      return (
        <ResourceSection<Schemas['Discipline']>
          readOnly={readOnly}
          title="Disciplines" queryKey={['disciplines']} rowKey={(item) => item.disciplineId} createLabel="Add discipline"
          load={() => unwrap(api.GET('/api/disciplines', { params: { query: { limit: 100 } } }))}
          columns={[{ label: 'Name', render: (item) => item.name }, { label: 'Status', render: active }]}
          fields={[{ name: 'name', label: 'Name', required: true }]}
          create={(values) => unwrap(api.POST('/api/disciplines', { body: compact<Schemas['CreateDiscipline']>(values) }))}
          edit={{
            label: (item) => `Edit discipline ${item.name}`,
            fields: [{ name: 'name', label: 'Name', required: true }, { name: 'active', label: 'Active', kind: 'checkbox' }],
            values: (item) => ({ name: item.name, active: item.active }),
            update: (item, values) => unwrap(api.PATCH('/api/disciplines/{id}', { params: { path: { id: item.disciplineId } }, body: compact<Schemas['UpdateDiscipline']>(values) })),
          }}
        />
      );
    case 'team':
      return (
        <ResourceSection<Schemas['Member']>
          readOnly={readOnly}
          title="Team and roles" queryKey={['members']} rowKey={(item) => item.memberId} createLabel="Add team member" alsoInvalidate={[['calendars']]}
          load={() => unwrap(api.GET('/api/members', { params: { query: { limit: 100 } } }))}
          columns={[{ label: 'Name', render: (item) => `${item.firstName} ${item.lastName}` }, { label: 'Registration no.', render: (item) => item.registrationNumber ?? '' }, { label: 'Email', render: (item) => item.email }, { label: 'Role', render: (item) => (readOnly ? item.role.replace('_', ' ') : <MemberRoleSelect member={item} />) }, { label: 'Disciplines', render: (item) => item.disciplineIds.map(disciplineName).join(', ') }, { label: 'Status', render: active }]}
          fields={[
            { name: 'firstName', label: 'First name', required: true },
            { name: 'lastName', label: 'Last name', required: true },
            { name: 'email', label: 'Email', kind: 'email', required: true },
            { name: 'role', label: 'Role', kind: 'select', options: ROLES, initial: 'provider' },
            { name: 'disciplineId', label: 'Discipline (providers)', kind: 'select', options: [{ value: '', label: 'None' }, ...disciplineOptions] },
            { name: 'calendarLocationId', label: "Provider calendar's location", kind: 'select', options: [{ value: '', label: 'None' }, ...locationOptions] },
          ]}
          create={({ disciplineId, ...values }: FormValues) => unwrap(api.POST('/api/members', { body: compact<Schemas['CreateMember']>(values, disciplineId ? { disciplineIds: [String(disciplineId)] } : {}) }))}
          edit={{
            label: (item) => `Edit team member ${item.firstName} ${item.lastName}`,
            fields: [
              { name: 'firstName', label: 'First name', required: true },
              { name: 'lastName', label: 'Last name', required: true },
              { name: 'title', label: 'Title', description: 'e.g. Registered Physiotherapist' },
              { name: 'registrationNumber', label: 'Professional registration no.', description: 'Printed on notes and invoices' },
              { name: 'phone', label: 'Phone' },
            ],
            values: (item) => ({ firstName: item.firstName, lastName: item.lastName, title: item.title ?? '', registrationNumber: item.registrationNumber ?? '', phone: item.phone ?? '' }),
            update: (item, values) => unwrap(api.PATCH('/api/members/{id}', { params: { path: { id: item.memberId } }, body: compact<Schemas['UpdateMember']>(values) })),
          }}
        />
      );
    case 'calendars':
      return (
        <Stack gap="lg">
          <ResourceSection<Schemas['Calendar']>
            readOnly={readOnly}
            title="Calendars" queryKey={['calendars', 'all']} rowKey={(item) => item.calendarId} createLabel="Add calendar" alsoInvalidate={[['calendars']]}
            load={() => unwrap(api.GET('/api/calendars', { params: { query: { limit: 100 } } }))}
            columns={[
              { label: 'Name', render: (item) => item.name },
              { label: 'Kind', render: (item) => item.kind },
              { label: 'Location', render: (item) => locationName(item.locationId) },
              { label: 'Disciplines', render: (item) => item.disciplineIds.map(disciplineName).join(', ') },
              { label: 'Online', render: (item) => (item.onlineBooking ? 'yes' : 'no') },
              { label: 'Status', render: active },
            ]}
            fields={[
              { name: 'name', label: 'Name', required: true },
              { name: 'kind', label: 'Kind', kind: 'select', options: ['provider', 'room', 'equipment'].map((value) => ({ value, label: value })), initial: 'room' },
              { name: 'locationId', label: 'Location', kind: 'select', options: locationOptions },
              { name: 'disciplineId', label: 'Discipline', kind: 'select', options: [{ value: '', label: 'None' }, ...disciplineOptions] },
              { name: 'onlineBooking', label: 'Bookable online', kind: 'checkbox' },
            ]}
            create={({ disciplineId, ...values }: FormValues) => unwrap(api.POST('/api/calendars', { body: compact<Schemas['CreateCalendar']>(values, disciplineId ? { disciplineIds: [String(disciplineId)] } : {}) }))}
          />
          {!readOnly && <CalendarEditor calendars={calendars.data?.items ?? []} />}
        </Stack>
      );
    case 'shifts':
      return <ShiftPlanner />;
    case 'sessions':
      return (
        <ResourceSection<Schemas['Session']>
          readOnly={readOnly}
          title="Sessions" queryKey={['sessions']} rowKey={(item) => item.sessionId} createLabel="Add session"
          load={() => unwrap(api.GET('/api/sessions', { params: { query: { limit: 100 } } }))}
          columns={[{ label: 'Name', render: (item) => <Group gap={6} wrap="nowrap"><ColorSwatch size={12} color={item.colour ?? '#4dabf7'} aria-hidden />{item.name}</Group> }, { label: 'Discipline', render: (item) => disciplineName(item.disciplineId) }, { label: 'Needs', render: (item) => item.requiredResourceKinds.join(', ') }, { label: 'Minutes', render: (item) => item.durationMinutes }, { label: 'Online', render: (item) => (item.onlineBookable ? 'yes' : 'no') }, { label: 'Status', render: active }]}
          fields={[
            { name: 'name', label: 'Name', required: true },
            { name: 'disciplineId', label: 'Discipline', kind: 'select', options: disciplineOptions },
            { name: 'durationMinutes', label: 'Length (minutes)', kind: 'number', initial: 30 },
            { name: 'billingItemId', label: 'Default charge', kind: 'select', options: [{ value: '', label: 'None' }, ...billingItemOptions] },
            { name: 'onlineBookable', label: 'Bookable online', kind: 'checkbox' },
            { name: 'colour', label: 'Colour on the schedule', kind: 'color', initial: '#4dabf7' },
            { name: 'needs', label: 'Also books', kind: 'select', options: RESOURCE_NEEDS },
          ]}
          create={({ billingItemId, needs, ...values }: FormValues) => unwrap(api.POST('/api/sessions', { body: compact<Schemas['CreateSession']>(values, { ...(billingItemId ? { billingItemIds: [String(billingItemId)] } : {}), requiredResourceKinds: resourceKinds(needs) }) }))}
          edit={{
            label: (item) => `Edit session ${item.name}`,
            fields: [
              { name: 'name', label: 'Name', required: true },
              { name: 'disciplineId', label: 'Discipline', kind: 'select', options: disciplineOptions },
              { name: 'durationMinutes', label: 'Length (minutes)', kind: 'number' },
              { name: 'billingItemId', label: 'Default charge', kind: 'select', options: [{ value: '', label: 'None' }, ...billingItemOptions] },
              { name: 'onlineBookable', label: 'Bookable online', kind: 'checkbox' },
              { name: 'colour', label: 'Colour on the schedule', kind: 'color' },
              { name: 'needs', label: 'Also books', kind: 'select', options: RESOURCE_NEEDS },
              { name: 'active', label: 'Active', kind: 'checkbox' },
            ],
            values: (item) => ({ name: item.name, disciplineId: item.disciplineId, durationMinutes: item.durationMinutes, billingItemId: item.billingItemIds[0] ?? '', onlineBookable: item.onlineBookable, colour: item.colour ?? '#4dabf7', needs: item.requiredResourceKinds.join(','), active: item.active }),
            // The form picks one default charge; a session with several keeps them while the first stays chosen.
            update: (item, { billingItemId, needs, ...values }) =>
              unwrap(api.PATCH('/api/sessions/{id}', {
                params: { path: { id: item.sessionId } },
                body: compact<Schemas['UpdateSession']>(values, { requiredResourceKinds: resourceKinds(needs), billingItemIds: billingItemId === (item.billingItemIds[0] ?? '') ? item.billingItemIds : billingItemId ? [String(billingItemId)] : [] }),
              })),
          }}
        />
      );
    case 'billing-items':
      return (
        <ResourceSection<Schemas['BillingItem']>
          readOnly={readOnly}
          title="Billing items" queryKey={['billing-items']} rowKey={(item) => item.billingItemId} createLabel="Add billing item"
          load={() => unwrap(api.GET('/api/billing-items', { params: { query: { limit: 100 } } }))}
          columns={[{ label: 'Code', render: (item) => item.code }, { label: 'Description', render: (item) => item.description }, { label: 'Price', render: (item) => formatMoney(item.unitPriceMinor) }, { label: 'Taxes', render: (item) => item.taxCodes.join(', ') }, { label: 'Status', render: active }]}
          fields={[
            { name: 'code', label: 'Code', required: true },
            { name: 'description', label: 'Description', required: true },
            { name: 'unitPriceMinor', label: 'Price', required: true, description: 'e.g. 95.00' },
            { name: 'taxCodes', label: 'Tax codes', description: 'Comma-separated codes of the billing policy, e.g. HST' },
          ]}
          create={({ unitPriceMinor, taxCodes, ...values }: FormValues) =>
            unwrap(api.POST('/api/billing-items', {
              body: compact<Schemas['CreateBillingItem']>(values, {
                unitPriceMinor: parseMoney(String(unitPriceMinor)) ?? -1,
                taxCodes: String(taxCodes).split(',').map((code) => code.trim()).filter(Boolean),
              }),
            }))
          }
        />
      );
    case 'billing-policy':
      return <BillingPolicyForm />;
    case 'notifications':
      return (
        <Stack gap="lg">
          <NotificationSettingsForm />
          <CalendarNotificationForm />
          <MailTemplateForm />
        </Stack>
      );
    case 'form-templates':
      return <FormTemplatesSection readOnly={readOnly} />;
    case '':
      return <Text>Your role has no settings to show.</Text>;
    default:
      navigate('/settings/locations');
      return <Text>Choose a section. <Link href="/settings/locations">Locations</Link></Text>;
  }
}
