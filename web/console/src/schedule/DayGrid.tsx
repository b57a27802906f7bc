/**
 * The scheduling grid: one column per calendar, a time axis, shift hours shaded, breaks and blocks
 * drawn, appointments placed by time and side by side where they overlap. Appointments take 85% of
 * a column, so a click beside them (or on any free time) books another; dragging one moves it.
 * Without a mouse: each column takes the focus (one tab stop for the grid), the arrow keys move a
 * slot cursor (and to the next calendar), Enter books at it (see slotKeys.ts).
 */
import { VisuallyHidden } from '@mantine/core';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { AppointmentStatus, DayAppointment, DayColumn, DayView } from '../api/queries';
import { displayTime, minutesOnDate, parseLocalTime } from '../lib/zonedTime';
import { minutesAt, placeSideBySide, topOf, type GridScale } from './layout';
import { slotKey } from './slotKeys';
import { STATUS_LABEL } from './statuses';

export interface Opening {
  calendarId: string;
  start: number;
  end: number;
}

interface DayGridProps {
  view: DayView;
  scale: GridScale;
  visibleStatuses: ReadonlySet<AppointmentStatus>;
  openings: readonly Opening[];
  onSlot(calendarId: string, minutes: number): void;
  onAppointment(appointmentId: string): void;
  onMove(appointment: DayAppointment, calendarId: string, minutes: number): void;
  /** Each session's colour (Settings), drawn as the appointment's edge. */
  sessionColours?: ReadonlyMap<string, string>;
  /** A block's label is a button that opens it for editing. */
  onBlock?(blockId: string): void;
}

const APPOINTMENT_SHARE = 85;

interface DragState {
  appointment: DayAppointment;
  duration: number;
  grabOffsetPx: number;
  startX: number;
  startY: number;
  moved: boolean;
  target?: { calendarId: string; minutes: number };
}

export function DayGrid({ view, scale, visibleStatuses, openings, onSlot, onAppointment, onMove, sessionColours, onBlock }: DayGridProps) {
  const height = (scale.to - scale.from) * scale.pxPerMinute;
  const [dragTarget, setDragTarget] = useState<{ calendarId: string; minutes: number; duration: number }>();
  const dragRef = useRef<DragState | undefined>(undefined);
  const suppressClick = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<{ calendarId: string; minutes: number }>();
  const tabColumn = cursor && view.columns.some((column) => column.calendarId === cursor.calendarId) ? cursor.calendarId : view.columns[0]?.calendarId;
  const cursorColumn = view.columns.find((column) => column.calendarId === cursor?.calendarId);

  const shiftOf = (column: DayColumn) => (column.shift ? { start: parseLocalTime(column.shift.start), end: parseLocalTime(column.shift.end) } : undefined);
  const cursorIn = (column: DayColumn) => (cursor?.calendarId === column.calendarId ? cursor.minutes : cursor?.minutes ?? shiftOf(column)?.start ?? scale.from);

  function slotKeyDown(event: ReactKeyboardEvent<HTMLDivElement>, column: DayColumn, index: number) {
    if (event.target !== event.currentTarget) return;
    const minutes = cursorIn(column);
    const move = slotKey(event.key, minutes, scale, shiftOf(column));
    if (!move) return;
    event.preventDefault();
    if ('minutes' in move) setCursor({ calendarId: column.calendarId, minutes: move.minutes });
    else if ('column' in move) {
      const next = view.columns[index + move.column];
      if (!next) return;
      setCursor({ calendarId: next.calendarId, minutes });
      gridRef.current?.querySelector<HTMLElement>(`.grid-column[data-calendar-id="${next.calendarId}"]`)?.focus();
    } else onSlot(column.calendarId, minutes);
  }

  const hours = useMemo(() => {
    const list: number[] = [];
    for (let minute = scale.from; minute < scale.to; minute += 60) list.push(minute);
    return list;
  }, [scale.from, scale.to]);

  function startDrag(event: ReactPointerEvent<HTMLButtonElement>, appointment: DayAppointment, top: number, duration: number) {
    if (event.button !== 0) return;
    const body = (event.currentTarget.closest('[data-calendar-id]') as HTMLElement | null)?.getBoundingClientRect();
    dragRef.current = { appointment, duration, grabOffsetPx: event.clientY - (body?.top ?? 0) - top, startX: event.clientX, startY: event.clientY, moved: false };
    const move = (moveEvent: PointerEvent) => {
      const drag = dragRef.current;
      if (!drag) return;
      if (!drag.moved && Math.hypot(moveEvent.clientX - drag.startX, moveEvent.clientY - drag.startY) < 5) return;
      drag.moved = true;
      const column = document.elementsFromPoint(moveEvent.clientX, moveEvent.clientY).find((element) => element instanceof HTMLElement && element.dataset.calendarId) as HTMLElement | undefined;
      if (!column) return;
      const rect = column.getBoundingClientRect();
      const minutes = Math.min(scale.to - drag.duration, minutesAt({ ...scale, from: scale.from }, moveEvent.clientY - rect.top - drag.grabOffsetPx + (scale.snap * scale.pxPerMinute) / 2));
      drag.target = { calendarId: column.dataset.calendarId!, minutes };
      setDragTarget({ ...drag.target, duration: drag.duration });
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      const drag = dragRef.current;
      dragRef.current = undefined;
      setDragTarget(undefined);
      if (!drag?.moved) return;
      suppressClick.current = true;
      setTimeout(() => {
        suppressClick.current = false;
      }, 0);
      if (drag.target) onMove(drag.appointment, drag.target.calendarId, drag.target.minutes);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  }

  return (
    <div className="grid-scroll" role="region" aria-label={`Schedule for ${view.date}`}>
      <VisuallyHidden aria-live="polite">{cursor && cursorColumn ? `${cursorColumn.name}, ${displayTime(cursor.minutes)}` : ''}</VisuallyHidden>
      <div className="grid" ref={gridRef} data-minute-from={scale.from} data-px-per-minute={scale.pxPerMinute} style={{ gridTemplateColumns: `64px repeat(${view.columns.length}, minmax(140px, 1fr))` }}>
        <div className="grid-corner" aria-hidden="true" />
        {view.columns.map((column) => (
          <div key={column.calendarId} className="grid-header">
            <span className="grid-header-name">{column.name}</span>
            <span className="grid-header-kind">{column.kind === 'provider' ? '' : column.kind}</span>
          </div>
        ))}
        <div className="grid-axis" style={{ height }} aria-hidden="true">
          {hours.map((minute) => (
            <span key={minute} className="grid-hour" style={{ top: topOf(scale, minute) }}>{displayTime(minute)}</span>
          ))}
        </div>
        {view.columns.map((column, index) => (
          <GridColumn
            key={column.calendarId}
            column={column}
            date={view.date}
            timeZone={view.timeZone}
            scale={scale}
            height={height}
            visibleStatuses={visibleStatuses}
            openings={openings}
            ghost={dragTarget?.calendarId === column.calendarId ? dragTarget : undefined}
            onSlot={(minutes) => {
              if (!suppressClick.current) onSlot(column.calendarId, minutes);
            }}
            onAppointment={(id) => {
              if (!suppressClick.current) onAppointment(id);
            }}
            onDragStart={startDrag}
            sessionColours={sessionColours}
            onBlock={onBlock}
            tabbable={column.calendarId === tabColumn}
            cursorMinutes={cursor?.calendarId === column.calendarId ? cursor.minutes : undefined}
            onSlotFocus={() => {
              if (cursor?.calendarId !== column.calendarId) setCursor({ calendarId: column.calendarId, minutes: cursorIn(column) });
            }}
            onSlotKey={(event) => slotKeyDown(event, column, index)}
          />
        ))}
      </div>
    </div>
  );
}

interface GridColumnProps {
  column: DayColumn;
  date: string;
  timeZone: string;
  scale: GridScale;
  height: number;
  visibleStatuses: ReadonlySet<AppointmentStatus>;
  openings: readonly Opening[];
  ghost: { minutes: number; duration: number } | undefined;
  onSlot(minutes: number): void;
  onAppointment(appointmentId: string): void;
  onDragStart(event: ReactPointerEvent<HTMLButtonElement>, appointment: DayAppointment, top: number, duration: number): void;
  sessionColours: ReadonlyMap<string, string> | undefined;
  onBlock: ((blockId: string) => void) | undefined;
  /** The grid's one tab stop. */
  tabbable: boolean;
  /** The keyboard's slot cursor, when it is in this column. */
  cursorMinutes: number | undefined;
  onSlotFocus(): void;
  onSlotKey(event: ReactKeyboardEvent<HTMLDivElement>): void;
}

const GridColumn = memo(function GridColumn({ column, date, timeZone, scale, height, visibleStatuses, openings, ghost, onSlot, onAppointment, onDragStart, sessionColours, onBlock, tabbable, cursorMinutes, onSlotFocus, onSlotKey }: GridColumnProps) {
  const cursorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cursorMinutes !== undefined && document.activeElement === cursorRef.current?.parentElement) cursorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [cursorMinutes]);
  const placed = useMemo(() => {
    const items = column.appointments
      .filter((appointment) => visibleStatuses.has(appointment.status))
      .map((appointment) => ({
        id: appointment.appointmentId,
        start: Math.max(0, minutesOnDate(appointment.start, date, timeZone)),
        end: Math.min(24 * 60, minutesOnDate(appointment.end, date, timeZone)),
        appointment,
      }));
    return placeSideBySide(items);
  }, [column.appointments, visibleStatuses, date, timeZone]);

  const blocks = useMemo(
    () => column.blocks.map((block) => ({ ...block, from: Math.max(0, minutesOnDate(block.start, date, timeZone)), to: Math.min(24 * 60, minutesOnDate(block.end, date, timeZone)) })),
    [column.blocks, date, timeZone],
  );
  const columnOpenings = openings.filter((opening) => opening.calendarId === column.calendarId);
  const shiftStart = column.shift ? parseLocalTime(column.shift.start) : undefined;
  const shiftEnd = column.shift ? parseLocalTime(column.shift.end) : undefined;

  return (
    <div
      className="grid-column"
      data-calendar-id={column.calendarId}
      style={{ height, backgroundSize: `100% ${60 * scale.pxPerMinute}px` }}
      tabIndex={tabbable ? 0 : -1}
      role="group"
      aria-label={`${column.name}${cursorMinutes !== undefined ? `, ${displayTime(cursorMinutes)}` : ''}: arrow keys choose a time, Enter books`}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onSlotFocus();
      }}
      onKeyDown={onSlotKey}
      onClick={(event) => {
        if (event.target !== event.currentTarget && !(event.target as HTMLElement).classList.contains('slot-through')) return;
        onSlot(minutesAt(scale, event.clientY - event.currentTarget.getBoundingClientRect().top));
      }}
    >
      {shiftStart !== undefined && shiftEnd !== undefined && (
        <div className="shift slot-through" style={{ top: topOf(scale, shiftStart), height: topOf(scale, shiftEnd) - topOf(scale, shiftStart) }} title="Shift" />
      )}
      {column.shift?.breaks.map((item) => (
        <div key={item.start} className="break slot-through" style={{ top: topOf(scale, parseLocalTime(item.start)), height: topOf(scale, parseLocalTime(item.end)) - topOf(scale, parseLocalTime(item.start)) }}>
          <span>{item.label ?? 'Break'}</span>
        </div>
      ))}
      {blocks.map((block) => (
        <div key={block.blockId} className="block slot-through" style={{ top: topOf(scale, block.from), height: topOf(scale, block.to) - topOf(scale, block.from) }}>
          {onBlock ? (
            <button type="button" className="block-edit" onClick={(event) => { event.stopPropagation(); onBlock(block.blockId); }} aria-label={`Edit block: ${block.label ?? block.kind}, ${displayTime(block.from)} to ${displayTime(block.to)}`}>
              {block.label ?? block.kind} ✎
            </button>
          ) : <span>{block.label ?? block.kind}</span>}
        </div>
      ))}
      {columnOpenings.map((opening) => (
        <div key={`${opening.start}`} className="opening slot-through" style={{ top: topOf(scale, opening.start), height: Math.max(4, topOf(scale, opening.end) - topOf(scale, opening.start)) }} title={`Open from ${displayTime(opening.start)}`} />
      ))}
      {placed.map(({ item, lane, lanes }) => {
        const top = topOf(scale, item.start);
        const itemHeight = Math.max(14, topOf(scale, item.end) - top);
        const share = APPOINTMENT_SHARE / lanes;
        const { appointment } = item;
        return (
          <button
            key={item.id}
            type="button"
            className={`appointment status-${appointment.status}`}
            data-appointment-id={appointment.appointmentId}
            style={{ top, height: itemHeight, left: `${lane * share}%`, width: `${share}%`, ...(sessionColours?.has(appointment.sessionId) ? { borderLeftColor: sessionColours.get(appointment.sessionId) } : {}) }}
            data-session-colour={sessionColours?.get(appointment.sessionId)}
            aria-label={`${displayTime(item.start)} to ${displayTime(item.end)}, ${appointment.clientName}, ${appointment.sessionName}, ${STATUS_LABEL[appointment.status]}`}
            onPointerDown={(event) => onDragStart(event, appointment, top, item.end - item.start)}
            onClick={() => onAppointment(appointment.appointmentId)}
          >
            <span className="appointment-time">{displayTime(item.start)}</span> <span className="appointment-client">{appointment.clientName}</span>
            <span className="appointment-session">{appointment.sessionName}</span>
          </button>
        );
      })}
      {cursorMinutes !== undefined && <div ref={cursorRef} className="slot-cursor slot-through" data-minutes={cursorMinutes} style={{ top: topOf(scale, cursorMinutes), height: scale.snap * scale.pxPerMinute }} aria-hidden="true" />}
      {ghost && <div className="drag-ghost" style={{ top: topOf(scale, ghost.minutes), height: ghost.duration * scale.pxPerMinute }} aria-hidden="true" />}
    </div>
  );
});
