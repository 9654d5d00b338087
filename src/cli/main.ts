import { DyadError } from '../errors.ts';
import { buildProgram } from './program.ts';

// `dyad … | head`: the reader went away; stop quietly, as Unix tools do
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof DyadError) {
    process.stderr.write(`dyad: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}
