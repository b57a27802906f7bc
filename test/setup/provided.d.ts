// What the global setup hands to every test file through `inject`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local, in memory, for the whole run; each test file makes its own table. */
    dynamoEndpoint: string;
  }
}
