export { type EvalReport, evaluate, type Miss } from './evaluate.ts';
export * from './score.ts';
