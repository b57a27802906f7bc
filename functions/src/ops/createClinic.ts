/** Entry point of `npm run create-clinic` (see ./createClinic/args.ts for the flags, or run it with --help). */
import { runCreateClinic } from './createClinic/command';

process.exitCode = await runCreateClinic(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
