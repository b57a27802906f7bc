export * from './formTemplates';
export * from './formAnswers';
