import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  // No sliding panels for people who ask their system for less motion (and for the browser tests).
  respectReducedMotion: true,
});
