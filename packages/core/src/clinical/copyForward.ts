import type { NoteSection, NoteValues } from './templateSections';
import { draftValueIssues } from './noteValues';

/**
 * Copy forward: a new draft starts from the case's last signed note. Values carry over for sections
 * of the same key and kind that still accept them; the rest start empty.
 */
export function copyForwardValues(previous: { sections: readonly NoteSection[]; values: NoteValues }, sections: readonly NoteSection[]): NoteValues {
  const previousKinds = new Map(previous.sections.map((section) => [section.key, section.kind]));
  const copied: NoteValues = {};
  for (const section of sections) {
    const value = previous.values[section.key];
    if (value === undefined || previousKinds.get(section.key) !== section.kind) continue;
    if (draftValueIssues([section], { [section.key]: value }).length === 0) copied[section.key] = value;
  }
  return copied;
}
