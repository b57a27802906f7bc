import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * One calendar's working hours on one local date (SPEC C2). At most one shift per calendar and date:
 * the repository writes a `uniqueValue` claim (kind `shiftDay`, value `calendarId#date`) in the same
 * transaction as the shift, so a second shift for that day fails its condition.
 */
export const ShiftEntity = new Entity({
  model: { entity: 'shift', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    shiftId: { type: 'string', required: true, readOnly: true },
    calendarId: { type: 'string', required: true, readOnly: true },
    /** Copied from the calendar when written, for the location's weekly planning index. */
    locationId: { type: 'string', required: true },
    /** Local date `YYYY-MM-DD` of the calendar's location. */
    date: { type: 'string', required: true, readOnly: true },
    start: { type: 'string', required: true },
    end: { type: 'string', required: true },
    breaks: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          start: { type: 'string', required: true },
          end: { type: 'string', required: true },
          label: { type: 'string' },
        },
      },
    },
    seriesId: { type: 'string', readOnly: true },
    /** `seriesId`, or '' for a shift of no series (then it has no gsi3 entry); never shown to callers. */
    seriesKey: { type: 'string', required: true, readOnly: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'shiftId'] }, sk: { field: 'sk', composite: [] } },
    /** A calendar's shifts by date: the availability engine's input and the shift list. */
    byCalendar: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'calendarId'] },
      sk: { field: 'gsi1sk', composite: ['date'] },
    },
    /** Every shift of a location by date, then calendar: the weekly planning view. */
    byLocation: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId', 'locationId'] },
      sk: { field: 'gsi2sk', composite: ['date', 'calendarId'] },
    },
    /** Sparse: the shifts of one repeat series by date, for "this and following". */
    bySeries: {
      index: 'gsi3',
      condition: (attributes) => Boolean(attributes.seriesKey),
      pk: { field: 'gsi3pk', composite: ['clinicId', 'seriesKey'] },
      sk: { field: 'gsi3sk', composite: ['date'] },
    },
  },
});
