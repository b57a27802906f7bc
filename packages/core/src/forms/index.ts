export * from './formTemplates';
export * from './formAnswers';
export * from './formTemplateDesign';
export * from './formLinkResend';
