export * from './importFields';
export * from './columnMapping';
export * from './readImportRow';
export * from './importedAppointment';
