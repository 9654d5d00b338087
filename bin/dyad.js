#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npm install` needs no build step.
import { register } from 'tsx/esm/api';

register();
// before the modules load: the heap's young generation must not have grown yet (heap.ts)
const { boundHeap } = await import('../src/coder/heap.ts');
boundHeap();
await import('../src/cli/main.ts');
