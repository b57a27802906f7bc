import { describe, expect, it } from 'vitest';
import { manualSteps } from '../../infra/lib/manualSteps';

describe('the manual steps deploy:check prints', () => {
  it('tells the deployer a redeploy rolls out gradually and rolls back on alarms', () => {
    const steps = manualSteps({ mailDomain: 'clinic.example', alarmEmail: 'ops@clinic.example' }).join('\n');
    expect(steps).toMatch(/gradually \(canary; 10% first\) and roll back by themselves/);
    expect(manualSteps({ deploymentPreference: 'linear' }).join('\n')).toMatch(/gradually \(linear/);
  });

  it('warns that allAtOnce skips the alarms', () => {
    expect(manualSteps({ deploymentPreference: 'allAtOnce' }).join('\n')).toMatch(/allAtOnce: API functions switch to new code at once and their alarms are not consulted/);
  });
});
