import { capabilityStatement, everythingBundle } from '@casefile/core';
import { createApiHandler } from '../../http/createApiHandler';
import { patientEverything } from '../../usecases/fhir/patientEverything';
import { readFhirResource } from '../../usecases/fhir/readFhirResource';
import { searchFhirAppointments } from '../../usecases/fhir/searchFhirAppointments';
import { searchFhirChargeItems } from '../../usecases/fhir/searchFhirChargeItems';
import { searchFhirEpisodes } from '../../usecases/fhir/searchFhirEpisodes';
import { searchFhirInvoices } from '../../usecases/fhir/searchFhirInvoices';
import { searchFhirPatients } from '../../usecases/fhir/searchFhirPatients';
import { searchFhirSchedules } from '../../usecases/fhir/searchFhirSchedules';
import { searchFhirSlots } from '../../usecases/fhir/searchFhirSlots';
import { fhirBaseUrl, fhirSelfUrl, searchset, withFhirAnswers } from './fhirAnswers';
import { fhirRoutes } from './routes';

/** FHIR R4, read-only (SPEC P3): reads, searches, Patient/$everything and the CapabilityStatement. */
export const handler = withFhirAnswers(
  createApiHandler(fhirRoutes, {
    fhirCapabilities: async ({ event, runtime }) => capabilityStatement(fhirBaseUrl(event), runtime.clock.now().toISOString()),
    fhirReadPatient: (input) => readFhirResource(input, 'Patient', input.params.id),
    fhirSearchPatientsById: async (input) => searchset(input.event, await searchFhirPatients(input, input.query)),
    fhirSearchPatients: async (input) => searchset(input.event, await searchFhirPatients(input, input.body)),
    fhirPatientEverything: async (input) => {
      const { patient, related } = await patientEverything(input, input.params.id);
      return everythingBundle(fhirBaseUrl(input.event), fhirSelfUrl(input.event), patient, related);
    },
    fhirReadEpisodeOfCare: (input) => readFhirResource(input, 'EpisodeOfCare', input.params.id),
    fhirSearchEpisodesOfCare: async (input) => searchset(input.event, await searchFhirEpisodes(input, input.query)),
    fhirReadAppointment: (input) => readFhirResource(input, 'Appointment', input.params.id),
    fhirSearchAppointments: async (input) => searchset(input.event, await searchFhirAppointments(input, input.query)),
    fhirReadSchedule: (input) => readFhirResource(input, 'Schedule', input.params.id),
    fhirSearchSchedules: async (input) => searchset(input.event, await searchFhirSchedules(input, input.query)),
    fhirSearchSlots: async (input) => searchset(input.event, await searchFhirSlots(input, input.query)),
    fhirReadChargeItem: (input) => readFhirResource(input, 'ChargeItem', input.params.id),
    fhirSearchChargeItems: async (input) => searchset(input.event, await searchFhirChargeItems(input, input.query)),
    fhirReadInvoice: (input) => readFhirResource(input, 'Invoice', input.params.id),
    fhirSearchInvoices: async (input) => searchset(input.event, await searchFhirInvoices(input, input.query)),
  }),
);
