export * from './score.ts';
export { evaluate, type EvalReport, type Miss } from './evaluate.ts';
