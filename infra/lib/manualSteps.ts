/** What a deployer still does by hand for a given context: printed by `npm run deploy:check`, listed in the README. */
import type { DeployContext } from './casefileApp';

export function manualSteps(context: DeployContext): string[] {
  const steps: string[] = [];
  if (!context.mailDomain) steps.push('Choose a mail domain and rerun with mailDomain=clinic.example: without it no mail is delivered (booking codes, reminders, alerts).');
  else if (!context.hostedZoneId) steps.push(`After deploy, add the DNS records printed as the MailDomain* outputs (3 DKIM CNAMEs, MAIL FROM MX and SPF, DMARC if ${context.mailDomain} has none) and wait for SES to show the identity verified.`);
  else steps.push(`After deploy, check SES shows ${context.mailDomain} verified (the records were written to hosted zone ${context.hostedZoneId}).`);
  steps.push('Request SES production access (SES console > Account dashboard > Request production access); in the sandbox mail reaches verified addresses only.');
  if (!context.alarmEmail) steps.push('Rerun with alarmEmail=ops@clinic.example: without it alarms reach no one.');
  else steps.push(`Confirm the SNS subscription mail sent to ${context.alarmEmail}; alarms reach no one until it is confirmed.`);
  if (context.domainName && !context.domainZoneId) {
    steps.push(`During deploy, add the certificate's validation CNAME for ${context.domainName} (ACM console, us-east-1) or the edge stack waits; after deploy, point ${context.domainName} (CNAME or alias) at the DistributionDomainName output.`);
  }
  steps.push('Bootstrap both regions once: `npx cdk bootstrap aws://ACCOUNT/us-east-1 aws://ACCOUNT/REGION` (the web ACL lives in us-east-1), then `npx cdk deploy --all`.');
  const preference = context.deploymentPreference ?? 'canary';
  steps.push(
    preference === 'allAtOnce'
      ? 'deploymentPreference=allAtOnce: API functions switch to new code at once and their alarms are not consulted; deploy later updates without it, so a failing version rolls back by itself.'
      : `Redeploys move API traffic to new code gradually (${preference}; 10% first) and roll back by themselves when a function's errors alarm fires: \`cdk deploy\` waits for that, 5 to 10 minutes.`,
  );
  steps.push('Check the account Lambda concurrency limit (`aws lambda get-account-settings`): new accounts may have 10; ask Service Quotas for 1000 before go-live.');
  steps.push('Send a test mail: `aws sesv2 send-email` from notifications@<mailDomain> to your own address with `--configuration-set-name` set to the MailConfigurationSet output.');
  steps.push('Create the clinic and its owner: `npm run create-clinic` with TableName and UserPoolId from the stack outputs (README "Deploy to AWS").');
  return steps;
}
