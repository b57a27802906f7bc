/** Sections the case page shows above its appointments: the case's billing. */
import type { ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { CaseBilling } from '../billing/CaseBilling';

export const caseExtras: ((caseFile: Schemas['CaseFile']) => ReactNode) | undefined = (caseFile) => <CaseBilling caseFile={caseFile} />;
