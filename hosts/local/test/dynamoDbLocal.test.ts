import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../src/dynamoDbLocal';
import { LocalRuntimeError } from '../src/errors';
import { parseJavaMajorVersion } from '../src/javaRuntime';
import { createLocalDynamoDbClient } from '../src/localClients';
import { findFreePort } from '../src/ports';

describe('starting DynamoDB Local', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ddb-local-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ['nothing useful', undefined],
  ])('reads the Java major version from %j', (output, version) => {
    expect(parseJavaMajorVersion(output)).toBe(version);
  });

  it('says Java is missing when the command cannot be run', async () => {
    const start = startDynamoDbLocal({ port: await findFreePort(), javaCommand: join(folder, 'no-such-java') });

    await expect(start).rejects.toThrow(LocalRuntimeError);
    await expect(start).rejects.toThrow(/needs Java 17 or newer, but .* could not be run/);
  });

  it('says Java is too old', async () => {
    const oldJava = join(folder, 'java11');
    await writeFile(oldJava, '#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n');
    await chmod(oldJava, 0o755);

    await expect(startDynamoDbLocal({ port: await findFreePort(), javaCommand: oldJava })).rejects.toThrow(/needs Java 17 or newer, but .* is version 11/);
  });

  it('says the port is taken before spawning anything', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const start = startDynamoDbLocal({ port });

      await expect(start).rejects.toThrow(LocalRuntimeError);
      await expect(start).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('says the data folder looks corrupt when DynamoDB Local cannot read it', async () => {
    const dbPath = join(folder, 'corrupt');
    await mkdir(dbPath);
    await writeFile(join(dbPath, 'shared-local-instance.db'), randomBytes(20_000));

    const start = startDynamoDbLocal({ port: await findFreePort(), dbPath, tableName: 'casefile' });

    await expect(start).rejects.toThrow(LocalRuntimeError);
    await expect(start).rejects.toThrow(/^The data folder .*corrupt.* looks corrupt; move it away or delete it to start fresh\.$/);
  });

  it('keeps data in the folder across restarts', async () => {
    const dbPath = join(folder, 'kept');
    const first = await startDynamoDbLocal({ port: await findFreePort(), dbPath, tableName: 'casefile' });
    await first.stop();

    const second = await startDynamoDbLocal({ port: await findFreePort(), dbPath });
    const client = createLocalDynamoDbClient(second.endpoint);
    try {
      const { TableNames } = await client.send(new ListTablesCommand({}));

      expect(TableNames).toEqual(['casefile']);
    } finally {
      client.destroy();
      await second.stop();
    }
  });

  it('prints one clear line when DynamoDB Local dies, and none when it is stopped', async () => {
    const lines: string[] = [];
    const dying = await startDynamoDbLocal({ port: await findFreePort(), onUnexpectedExit: (line) => lines.push(line) });
    const exited = new Promise<void>((resolveExit) => {
      const timer = setInterval(() => {
        if (lines.length > 0) {
          clearInterval(timer);
          resolveExit();
        }
      }, 50);
    });
    process.kill(dying.pid, 'SIGKILL');
    await exited;
    expect(lines).toEqual([expect.stringMatching(/^DynamoDB Local stopped unexpectedly \(SIGKILL\); .*restart npm start\.$/)]);

    const stopped = await startDynamoDbLocal({ port: await findFreePort(), onUnexpectedExit: (line) => lines.push(line) });
    await stopped.stop();
    expect(lines).toHaveLength(1);
  }, 120_000);
});
