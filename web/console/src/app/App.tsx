/** The console's frame: a header with the pages, the signed-in user and the page for the path. */
import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useAuth } from '../auth/AuthContext';
import { SignInPage } from '../auth/SignInPage';
import { SchedulePage } from '../schedule/SchedulePage';
import { TaskCountBadge } from '../tasks/TaskCountBadge';
import { Link } from './Link';
import { matchRoute, usePath } from './router';

const ClientsPage = lazy(() => import('../clients/ClientsPage'));
const ClientPage = lazy(() => import('../clients/ClientPage'));
const CasePage = lazy(() => import('../clients/CasePage'));
const SettingsPage = lazy(() => import('../settings/SettingsPage'));
const StatementPage = lazy(() => import('../billing/StatementPage'));
const AgingPage = lazy(() => import('../billing/AgingPage'));
const UnsignedNotesPage = lazy(() => import('../notes/UnsignedNotesPage'));
const ReportsPage = lazy(() => import('../reports/ReportsPage'));
const DashboardPage = lazy(() => import('../reports/DashboardPage'));
const TasksPage = lazy(() => import('../tasks/TasksPage'));
const RecallsPage = lazy(() => import('../recalls/RecallsPage'));
const WaitlistPage = lazy(() => import('../waitlist/WaitlistPage'));

const NAV = [
  { href: '/schedule', label: 'Schedule', page: 'schedule' },
  { href: '/clients', label: 'Clients', page: 'clients' },
  { href: '/reports/aging', label: 'A/R aging', page: 'aging' },
  { href: '/notes/unsigned', label: 'Unsigned notes', page: 'unsigned-notes' },
  { href: '/dashboard', label: 'Today', page: 'dashboard' },
  { href: '/reports/attendance', label: 'Reports', page: 'reports' },
  { href: '/waitlist', label: 'Waitlist', page: 'waitlist' },
  { href: '/tasks', label: 'My tasks', page: 'tasks' },
  { href: '/recalls', label: 'Recalls', page: 'recalls' },
  { href: '/settings', label: 'Settings', page: 'settings' },
] as const;

export function App() {
  const { session, signOut } = useAuth();
  const path = usePath();
  if (!session) return <SignInPage />;
  const route = matchRoute(path, session.role);
  const section = route.page === 'client' || route.page === 'case' || route.page === 'statement' ? 'clients' : route.page;

  return (
    <AppShell header={{ height: 48 }} padding={0}>
      <a className="skip-link" href="#main">Skip to content</a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          {/* On narrow screens the pages scroll sideways rather than squeezing the account buttons. */}
          <Group gap="md" wrap="nowrap" component="nav" aria-label="Console" style={{ overflowX: 'auto', minWidth: 0 }}>
            <Text fw={700} c="blue.8" visibleFrom="xs">Casefile</Text>
            {NAV.filter((item) => (item.page !== 'aging' || session.role !== 'provider') && (item.page !== 'unsigned-notes' || ['owner', 'manager', 'provider'].includes(session.role))).map((item) => (
              <Anchor key={item.href} component={Link} href={item.href} style={{ whiteSpace: 'nowrap' }} fw={section === item.page ? 700 : 400} aria-current={section === item.page ? 'page' : undefined}>
                {item.label}{item.page === 'tasks' && <> <TaskCountBadge /></>}
              </Anchor>
            ))}
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
            <Text size="sm" c="dimmed" visibleFrom="lg">{session.email} · {session.role.replace('_', ' ')}</Text>
            <Button size="compact-sm" variant="subtle" onClick={signOut}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Text p="md" role="status">Loading…</Text>}>
          {route.page === 'schedule' && <SchedulePage />}
          {route.page === 'clients' && <ClientsPage />}
          {route.page === 'client' && <ClientPage clientId={route.clientId} />}
          {route.page === 'case' && <CasePage caseId={route.caseId} />}
          {route.page === 'statement' && <StatementPage clientId={route.clientId} />}
          {route.page === 'aging' && <AgingPage />}
          {route.page === 'unsigned-notes' && <UnsignedNotesPage />}
          {route.page === 'reports' && <ReportsPage report={route.report} />}
          {route.page === 'dashboard' && <DashboardPage />}
          {route.page === 'settings' && <SettingsPage section={route.section} />}
          {route.page === 'tasks' && <TasksPage />}
          {route.page === 'recalls' && <RecallsPage />}
          {route.page === 'waitlist' && <WaitlistPage />}
          {route.page === 'not-found' && <Text p="md">This page does not exist. <Anchor component={Link} href="/schedule">Back to the schedule</Anchor></Text>}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
