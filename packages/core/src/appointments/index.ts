// Appointment rules (SPEC A3, A4): the lifecycle, the days a booking touches, repeats and series.
export * from './lifecycle';
export * from './daysTouched';
export * from './repeatPattern';
export * from './series';
export * from './bookingHistory';
export * from './seriesReschedule';
