// Entry of a coding child process: registers tsx (the child may start without the parent's
// TypeScript loader), then loads the TypeScript child.
import { register } from 'tsx/esm/api';

register();
await import('./child.ts');
