export { createPipeline, emptyDoc, type Pipeline } from './create.ts';
export type { DocField, Stage } from './stage.ts';
