// Entry of a coding worker thread: workers start without the main thread's TypeScript
// loader, so this registers tsx first, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
