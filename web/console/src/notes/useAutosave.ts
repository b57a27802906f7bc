/**
 * Autosave of a draft note: edits are sent a moment after typing stops, with the version they were
 * made on. A 409 stops saving and shows the conflict, so a concurrent edit is never overwritten
 * silently; the writer then takes the newer note or keeps their own edits on top of it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Note, type NoteValue, type NoteValues, saveDraftValues } from './notesQueries';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'failed';
const DELAY_MS = 700;

export function useAutosave(initial: Note, onSaved: (note: Note) => void) {
  const [values, setValues] = useState<NoteValues>(initial.content?.values ?? {});
  const [state, setState] = useState<SaveState>('saved');
  const [conflict, setConflict] = useState<Note>();
  const [failure, setFailure] = useState<string>();
  const version = useRef(initial.version);
  /** Sections edited since the last save that landed, with their latest value (null: cleared). */
  const dirty = useRef(new Map<string, NoteValue | null>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const stopped = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (dirty.current.size === 0 || stopped.current) return;
    const sent = new Map(dirty.current);
    setState('saving');
    const run = (async () => {
      const outcome = await saveDraftValues(initial.noteId, version.current, Object.fromEntries(sent));
      if (outcome.kind === 'saved') {
        version.current = outcome.note.version;
        for (const [key, value] of sent) if (dirty.current.get(key) === value) dirty.current.delete(key);
        onSaved(outcome.note);
        setState(dirty.current.size === 0 ? 'saved' : 'unsaved');
      } else if (outcome.kind === 'conflict') {
        stopped.current = true;
        setConflict(outcome.note);
        setState('conflict');
      } else {
        setFailure(outcome.message);
        setState('failed');
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = undefined;
    if (dirty.current.size > 0 && !stopped.current) timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [initial.noteId, onSaved]);

  const change = (key: string, value: NoteValue | null) => {
    setValues((current) => {
      const next = { ...current };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });
    dirty.current.set(key, value);
    if (stopped.current) return;
    setState('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  };

  /** Conflict resolved by taking the newer note as it is (this editor's unsaved edits are dropped). */
  const takeTheirs = () => {
    if (!conflict) return;
    version.current = conflict.version;
    dirty.current.clear();
    setValues(conflict.content?.values ?? {});
    stopped.current = false;
    setConflict(undefined);
    setState('saved');
  };

  /** Conflict resolved by saving this editor's edits on top of the newer note. */
  const keepMine = () => {
    if (!conflict) return;
    version.current = conflict.version;
    setValues({ ...(conflict.content?.values ?? {}), ...Object.fromEntries([...dirty.current].filter(([, value]) => value !== null)) } as NoteValues);
    stopped.current = false;
    setConflict(undefined);
    void flush();
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return { values, state, conflict, failure, change, flush, takeTheirs, keepMine, version: () => version.current };
}
