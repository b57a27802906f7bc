// Notifications and reminders (SPEC N1-N3): settings, planning, delivery decisions and templates.
export * from './templateVariables';
export * from './defaultTemplates';
export * from './effectiveSettings';
export * from './scheduleExpression';
export * from './scheduleNames';
export * from './deliveryPayload';
export * from './planner';
export * from './deliveryDecision';
export * from './messageValues';
export * from './authorizationAlert';
export * from './deliveryRetry';
export * from './mailLayout';
export * from './mail/mustacheMail';
export * from './clinicSignature';
export * from './renderNotification';
export * from './calendarInvite';
export * from './postalAddress';
