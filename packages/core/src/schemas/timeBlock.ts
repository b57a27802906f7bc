import * as z from 'zod';
import { instantSchema, recordMetaSchema, ulidSchema } from './common';

export const TIME_BLOCK_KINDS = ['break', 'meeting', 'holiday', 'other'] as const;
/** Longer absences are several blocks; the bound keeps the range query over blocks one Query. */
export const MAX_TIME_BLOCK_DAYS = 31;

const blockFields = {
  calendarId: ulidSchema,
  kind: z.enum(TIME_BLOCK_KINDS),
  label: z.string().trim().max(120).optional(),
  start: instantSchema,
  end: instantSchema,
};

function isValidSpan(block: { start?: string; end?: string }): boolean {
  if (!block.start || !block.end) return true;
  const length = Date.parse(block.end) - Date.parse(block.start);
  return length > 0 && length <= MAX_TIME_BLOCK_DAYS * 24 * 60 * 60 * 1000;
}

const spanRule = {
  message: `A block ends after it starts and lasts at most ${MAX_TIME_BLOCK_DAYS} days.`,
  path: ['end'],
};

export const createTimeBlockSchema = z.strictObject(blockFields).refine(isValidSpan, spanRule).meta({ id: 'CreateTimeBlock' });

export const updateTimeBlockSchema = z
  .strictObject(blockFields)
  .omit({ calendarId: true })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateTimeBlock', description: 'Changing only one end is checked against the other as stored.' });

export const timeBlockSchema = z
  .object({ ...blockFields, blockId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'TimeBlock' });

export type TimeBlock = z.infer<typeof timeBlockSchema>;
export type CreateTimeBlock = z.infer<typeof createTimeBlockSchema>;
export type UpdateTimeBlock = z.infer<typeof updateTimeBlockSchema>;
export { isValidSpan as isValidTimeBlockSpan };

export const timeBlockListQuerySchema = z
  .strictObject({
    calendarId: ulidSchema,
    from: instantSchema,
    to: instantSchema,
    limit: z.coerce.number().int().min(1).max(100).default(100),
    cursor: z.string().max(2048).optional(),
  })
  .refine((query) => Date.parse(query.to) > Date.parse(query.from), { message: 'The range must end after it starts.', path: ['to'] });
export type TimeBlockListQuery = z.infer<typeof timeBlockListQuerySchema>;
