/** DynamoDB Local needs Java 17 or newer; find out before spawning it, so the error can say so. */
import { spawnSync } from 'node:child_process';
import { LocalRuntimeError } from './errors';

export const MINIMUM_JAVA_VERSION = 17;

const INSTALL_HINT = 'install a Java 17+ runtime (for example openjdk-17-jre-headless) and put `java` on PATH';

export function assertJavaAvailable(javaCommand = 'java'): void {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) {
    throw new LocalRuntimeError(`DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION} or newer, but \`${javaCommand}\` could not be run; ${INSTALL_HINT}.`, {
      cause: result.error,
    });
  }
  const version = parseJavaMajorVersion(`${result.stderr}\n${result.stdout}`);
  if (version === undefined || version < MINIMUM_JAVA_VERSION) {
    const found = version === undefined ? 'an unknown version' : `version ${version}`;
    throw new LocalRuntimeError(`DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION} or newer, but \`${javaCommand}\` is ${found}; ${INSTALL_HINT}.`);
  }
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` or, before Java 9, `java version "1.8.0_292"`. */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
