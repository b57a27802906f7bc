import * as z from 'zod';
import { ACTIONS, ROLES } from '../permissions';

/** What the signed-in member may do: their current role and the actions of the permission table it allows. */
export const accessSchema = z
  .object({
    role: z.enum(ROLES),
    actions: z.array(z.enum(ACTIONS)),
  })
  .meta({ id: 'Access' });
export type Access = z.infer<typeof accessSchema>;
