/** Sign-in: an email for the local token issuer, or a button to Cognito's hosted UI. */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { errorText } from '../api/apiError';
import { useAuth } from './AuthContext';

export function SignInPage() {
  const { method, signIn, error } = useAuth();
  const [email, setEmail] = useState('frontdesk@riverside.demo');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await signIn(method?.kind === 'local' ? email.trim() : undefined);
    } catch (cause) {
      setFailure(errorText(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="xl" w={380} maw="100%">
        <form onSubmit={submit} aria-labelledby="sign-in-title">
          <Stack>
            <Title order={1} size="h3" id="sign-in-title">Sign in to Casefile</Title>
            {method?.kind === 'local' && (
              <>
                <Text size="sm" c="dimmed">Local runtime: sign in as any demo user (they are listed when <code>npm start</code> begins).</Text>
                <TextInput label="Email" type="email" required autoComplete="username" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={failure} />
              </>
            )}
            {method?.kind === 'cognito' && failure && <Alert color="red" role="alert">{failure}</Alert>}
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <Button type="submit" loading={busy || !method}>Sign in</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
