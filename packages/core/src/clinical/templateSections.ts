/**
 * What a note template is made of: named sections of a fixed kind, some required. A note stores the
 * sections it was written against (a snapshot), so a template changed later never changes a note.
 */
import * as z from 'zod';

export const SECTION_KINDS = ['long_text', 'short_text', 'number', 'single_choice', 'multiple_choice', 'body_region', 'scale', 'date'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The choices of a body-region picker: a choice list with the regions clinics chart. */
export const BODY_REGIONS = [
  'head', 'neck', 'jaw', 'upper back', 'mid back', 'lower back', 'chest', 'abdomen', 'pelvis',
  'left shoulder', 'right shoulder', 'left elbow', 'right elbow', 'left wrist/hand', 'right wrist/hand',
  'left hip', 'right hip', 'left knee', 'right knee', 'left ankle/foot', 'right ankle/foot',
] as const;

const CHOICE_KINDS: ReadonlySet<SectionKind> = new Set(['single_choice', 'multiple_choice']);
const HAS_OPTIONS: ReadonlySet<SectionKind> = new Set(['single_choice', 'multiple_choice', 'body_region']);

export const noteSectionSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, 'Must start with a lower-case letter; letters, digits and _ only (at most 40).'),
    label: z.string().trim().min(1).max(120),
    kind: z.enum(SECTION_KINDS),
    required: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(80)).min(1).max(50).optional().meta({ description: 'The choices of a choice section; a body-region picker without its own gets the standard regions.' }),
    help: z.string().trim().max(300).optional(),
  })
  .superRefine((section, context) => {
    if (CHOICE_KINDS.has(section.kind) && !section.options) context.addIssue({ code: 'custom', path: ['options'], message: 'A choice section needs its options.' });
    if (!HAS_OPTIONS.has(section.kind) && section.options) context.addIssue({ code: 'custom', path: ['options'], message: 'Only choice and body-region sections have options.' });
  })
  .meta({ id: 'NoteSection' });

export type NoteSection = z.output<typeof noteSectionSchema>;

export const noteSectionsSchema = z
  .array(noteSectionSchema)
  .min(1)
  .max(50)
  .superRefine((sections, context) => {
    const seen = new Set<string>();
    sections.forEach((section, index) => {
      if (seen.has(section.key)) context.addIssue({ code: 'custom', path: [index, 'key'], message: 'Each section needs its own key.' });
      seen.add(section.key);
    });
  });

/** One section's value: text, a number, a date string, or the chosen options. */
export const noteValueSchema = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(80)).max(50)]);
export type NoteValue = z.output<typeof noteValueSchema>;
export type NoteValues = Record<string, NoteValue>;

/** The options a choice section offers (body-region pickers offer the standard regions). */
export function optionsOf(section: Pick<NoteSection, 'kind' | 'options'>): readonly string[] | undefined {
  if (section.kind === 'body_region') return section.options ?? BODY_REGIONS;
  return section.options;
}

/** Sections as stored: a body-region picker carries its regions (the standard ones unless given), so every reader sees the same choices. */
export function withRegionOptions<S extends NoteSection>(sections: readonly S[]): S[] {
  return sections.map((section) => (section.kind === 'body_region' && !section.options ? { ...section, options: [...BODY_REGIONS] } : section));
}
