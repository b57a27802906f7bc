/**
 * The note templates every clinic starts with (K6): an initial assessment and a SOAP follow-up for
 * physiotherapy, massage and chiropractic. Each is matched to the clinic's discipline of that name
 * when there is one. Ids are derived from the clinic and the template's seed key, so seeding twice
 * (two first requests at once, a re-run) writes the same items.
 */
import { deterministicUlid } from '../billing/deterministicId';
import { type NoteSection, withRegionOptions } from './templateSections';

export const DEFAULT_TEMPLATE_DISCIPLINES = ['physiotherapy', 'massage', 'chiropractic'] as const;
type DefaultDiscipline = (typeof DEFAULT_TEMPLATE_DISCIPLINES)[number];

export interface DefaultNoteTemplate {
  templateId: string;
  seedKey: string;
  name: string;
  kind: 'initial_assessment' | 'follow_up';
  disciplineId?: string;
  sections: NoteSection[];
}

const DISCIPLINE_NAMES: Readonly<Record<DefaultDiscipline, { label: string; pattern: RegExp }>> = {
  physiotherapy: { label: 'Physiotherapy', pattern: /physio/i },
  massage: { label: 'Massage therapy', pattern: /massage|rmt/i },
  chiropractic: { label: 'Chiropractic', pattern: /chiro/i },
};

const text = (key: string, label: string, required = false): NoteSection => ({ key, label, kind: 'long_text', required });

/** What each discipline charts about the treatment itself. */
const TREATMENT_SECTION: Readonly<Record<DefaultDiscipline, NoteSection>> = {
  physiotherapy: { key: 'interventions', label: 'Interventions', kind: 'multiple_choice', required: false, options: ['manual therapy', 'exercise prescription', 'education', 'modalities', 'taping', 'dry needling'] },
  massage: { key: 'pressure', label: 'Pressure', kind: 'single_choice', required: false, options: ['light', 'moderate', 'deep'] },
  chiropractic: { key: 'adjustments', label: 'Segments adjusted', kind: 'multiple_choice', required: false, options: ['cervical', 'thoracic', 'lumbar', 'sacroiliac', 'extremity'] },
};

function initialAssessment(discipline: DefaultDiscipline): NoteSection[] {
  return [
    text('chiefComplaint', 'Chief complaint', true),
    text('history', 'History of present condition'),
    { key: 'onsetDate', label: 'Onset date', kind: 'date', required: false },
    { key: 'regions', label: 'Regions affected', kind: 'body_region', required: true },
    { key: 'pain', label: 'Pain (0-10)', kind: 'scale', required: true },
    text('objective', 'Objective findings', true),
    text('assessment', 'Assessment', true),
    TREATMENT_SECTION[discipline],
    text('plan', 'Treatment plan and goals', true),
    { key: 'consent', label: 'Consent to treatment discussed', kind: 'single_choice', required: true, options: ['yes', 'no'] },
  ];
}

function soapFollowUp(discipline: DefaultDiscipline): NoteSection[] {
  return [
    text('subjective', 'Subjective', true),
    { key: 'pain', label: 'Pain (0-10)', kind: 'scale', required: false },
    { key: 'regions', label: 'Regions treated', kind: 'body_region', required: false },
    text('objective', 'Objective', true),
    TREATMENT_SECTION[discipline],
    text('assessment', 'Assessment', true),
    text('plan', 'Plan', true),
    { key: 'visits', label: 'Visits recommended', kind: 'number', required: false },
  ];
}

export function defaultNoteTemplates(clinicId: string, disciplines: readonly { disciplineId: string; name: string }[]): DefaultNoteTemplate[] {
  return DEFAULT_TEMPLATE_DISCIPLINES.flatMap((discipline) => {
    const { label, pattern } = DISCIPLINE_NAMES[discipline];
    const disciplineId = disciplines.find((candidate) => pattern.test(candidate.name))?.disciplineId;
    const build = (kind: DefaultNoteTemplate['kind'], name: string, sections: NoteSection[]): DefaultNoteTemplate => {
      const seedKey = `${discipline}/${kind}`;
      return { templateId: deterministicUlid(clinicId, clinicId, 'noteTemplate', seedKey), seedKey, name, kind, ...(disciplineId ? { disciplineId } : {}), sections: withRegionOptions(sections) };
    };
    return [build('initial_assessment', `${label}: initial assessment`, initialAssessment(discipline)), build('follow_up', `${label}: SOAP follow-up`, soapFollowUp(discipline))];
  });
}
