import type { Command } from 'commander';
import { register as registerExport } from './export.ts';
import { register as registerIngest } from './ingest.ts';

/**
 * Commands registered beside the core ones (code, explain, eval, dict, start): each module
 * exports a `register(program)` and is listed here.
 */
export const EXTRA_COMMANDS: ((program: Command) => void)[] = [registerIngest, registerExport];
