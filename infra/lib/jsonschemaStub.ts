/**
 * Stands in for `jsonschema` in Lambda bundles. ElectroDB uses it for one thing: checking each entity
 * model against a JSON schema when the entity is built, which happens at import, on every cold start,
 * and costs more CPU than the rest of ElectroDB's setup together (most of it in URL parsing). Our
 * models are fixed at build time and checked by every test, which runs ElectroDB unbundled with the
 * real validator; a bundle need not check them again.
 */
export class Validator {
  // ElectroDB registers its custom formats on the prototype.
  customFormats: Record<string, (input: unknown) => boolean> = {};

  addSchema(): void {}

  validate(): { valid: true; errors: [] } {
    return { valid: true, errors: [] };
  }
}
Validator.prototype.customFormats = {};
