/** Sections the case page shows above its appointments; billing adds the balance, charges, invoices and payments. */
import type { ReactNode } from 'react';
import type { Schemas } from '../api/client';

export const caseExtras: ((caseFile: Schemas['CaseFile']) => ReactNode) | undefined = undefined;
