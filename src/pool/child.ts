// A coding child process: the task runner, built from the setup its parent passes in the
// environment, answering each request on the IPC channel with its result. It says when its
// coder is built (or why it could not be), and exits when the parent goes (the channel closes).
import { createTaskRunner } from './task-runner.ts';
import { CHILD_SETUP_ENV, type ChildReply, type ChildRequest, type CoderSetup } from './types.ts';

const reply = (r: ChildReply) => process.send?.(r);
try {
  const run = createTaskRunner(JSON.parse(process.env[CHILD_SETUP_ENV] ?? '{}') as CoderSetup);
  process.on('message', (m: ChildRequest) => reply({ id: m.id, result: run(m.task) }));
  process.on('disconnect', () => process.exit(0));
  reply({ ready: true });
} catch (e) {
  // the parent names the reason; the channel closing then ends this process
  reply({ failed: e instanceof Error ? e.message : String(e) });
  process.disconnect?.();
}
