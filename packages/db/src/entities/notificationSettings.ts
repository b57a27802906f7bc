import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * Notification settings (SPEC N1, N2): scope `clinic` holds the clinic's settings and its reminder
 * bookkeeping; scope `<calendarId>` holds that calendar's override. Kept in the clinic's partition.
 */
export const NotificationSettingsEntity = new Entity({
  model: { entity: 'notificationSettings', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    scope: { type: 'string', required: true, readOnly: true },
    settings: anyAttribute,
    override: anyAttribute,
    /** Bumped when the reminder rules change; the re-planning job of that revision follows. */
    reminderRevision: { type: 'number' },
    /** The most reminder rules the clinic ever had: the slots a schedule may exist in. */
    reminderSlots: { type: 'number' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['scope'] } },
  },
});
