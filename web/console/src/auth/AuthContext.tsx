/** Holds the signed-in session for the app and hands its token to the API client. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectAuth } from '../api/client';
import { loadAuthConfig, type AuthMethod } from './authMethod';
import { cognitoAuth } from './cognitoAuth';
import { localAuth } from './localAuth';
import { storeSession, storedSession, type StaffSession } from './session';

interface AuthState {
  method: AuthMethod | undefined;
  session: StaffSession | undefined;
  /** Set when finishing a redirect sign-in failed. */
  error: string | undefined;
  signIn(email?: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<AuthMethod>();
  const [session, setSession] = useState<StaffSession | undefined>(storedSession);
  const [error, setError] = useState<string>();

  const adopt = useCallback((next: StaffSession | undefined) => {
    storeSession(next);
    setSession(next);
    if (!next) queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    let live = true;
    void loadAuthConfig().then(async (config) => {
      const chosen = config.kind === 'cognito' ? cognitoAuth(config) : localAuth();
      if (!live) return;
      setMethod(chosen);
      try {
        const returned = await chosen.completeRedirect();
        if (returned && live) adopt(returned);
      } catch (cause) {
        if (live) setError((cause as Error).message);
      }
    });
    return () => {
      live = false;
    };
  }, [adopt]);

  const value = useMemo<AuthState>(() => ({
    method,
    session,
    error,
    async signIn(email) {
      if (!method) return;
      const next = await method.signIn(email);
      if (next) adopt(next);
    },
    signOut() {
      adopt(undefined);
      method?.signOut();
    },
  }), [method, session, error, adopt]);

  // The token must be there before the first query runs.
  connectAuth(() => session?.token, () => adopt(undefined));
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
