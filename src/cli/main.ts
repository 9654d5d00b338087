import { DyadError } from '../errors.ts';
import { buildProgram } from './program.ts';

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof DyadError) {
    process.stderr.write(`dyad: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}
