export * from './templateSections';
export * from './noteValues';
export * from './copyForward';
export * from './overdueNotes';
export * from './contentHash';
export * from './defaultTemplates';
