/** Request and response schemas of the series actions (SPEC A4) that core's appointment schemas do not have. */
import { appointmentSchema, appointmentStatusSchema, ulidSchema } from '@casefile/core';
import { z } from 'zod';

export const cancelSeriesSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).meta({ description: 'Why the appointments are canceled; recorded on each.' }),
  })
  .meta({ id: 'CancelSeries', description: "Cancels this appointment, or with scope 'following' this one and the later ones of its series." });

export const editSeriesNotesSchema = z
  .strictObject({
    notes: z.string().trim().max(2000).meta({ description: 'The new notes; empty clears them.' }),
  })
  .meta({ id: 'EditSeriesNotes', description: "Sets the notes of this appointment, or with scope 'following' of this one and the later ones of its series." });

export const seriesActionResultSchema = z
  .object({
    items: z.array(appointmentSchema).meta({ description: 'The appointments changed, this one first, then by start.' }),
    skipped: z
      .array(z.object({ appointmentId: ulidSchema, status: appointmentStatusSchema }))
      .meta({ description: 'Later appointments of the series left as they were (already final, or past the point this action applies).' }),
  })
  .meta({ id: 'SeriesActionResult' });

export type CancelSeries = z.infer<typeof cancelSeriesSchema>;
export type EditSeriesNotes = z.infer<typeof editSeriesNotesSchema>;
