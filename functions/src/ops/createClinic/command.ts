/** `npm run create-clinic`: parses the flags, runs the two steps, and says what happened and what to do next. */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityDirectory } from '@casefile/adapters';
import { DomainError } from '@casefile/core';
import { createDocumentClient, createService } from '@casefile/db';
import { parseCreateClinicArgs, USAGE } from './args';
import { ensureClinicAndOwner, ensureOwnerAccount, ProvisionRefused, type ProvisionResult } from './provision';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** DynamoDB Local in tests; unset for real runs (the deployer's credentials and region). */
  dynamoEndpoint?: string;
}

/** Exit codes: 0 done (or already done), 1 bad flags or refused, 2 the sign-in account step failed. */
export async function runCreateClinic(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCreateClinicArgs(argv);
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    io.err(`create-clinic: the flags are not valid:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}\n\nRun with --help for usage.`);
    return 1;
  }
  const { args } = parsed;
  const deps = {
    service: createService(createDocumentClient(io.dynamoEndpoint), args.tableName),
    identity: new CognitoIdentityDirectory(args.userPoolId, new CognitoIdentityProviderClient({})),
    say: io.out,
  };

  let ids: ProvisionResult;
  try {
    ids = await ensureClinicAndOwner(args, deps);
  } catch (error) {
    io.err(`create-clinic: ${describe(error)}\nNo clinic was created (the clinic and its owner are written together or not at all).`);
    return 1;
  }
  try {
    await ensureOwnerAccount(args, ids, deps);
  } catch (error) {
    io.err(
      [
        `create-clinic: the clinic (clinicId ${ids.clinicId}) and its owner (memberId ${ids.memberId}) are saved, but the sign-in account was not made:`,
        `  ${describe(error)}`,
        'Fix that, then re-run the same command; it finds the clinic and the owner and only makes the account:',
        `  npm run create-clinic -- ${argv.map(shellQuote).join(' ')}`,
      ].join('\n'),
    );
    return 2;
  }
  io.out(`Done. ${args.owner.email} can now sign in at the stack's ConsoleUrl with the emailed temporary password.`);
  return 0;
}

function describe(error: unknown): string {
  if (error instanceof ProvisionRefused || error instanceof DomainError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
