export { type EvalReport, evaluate, type Miss } from './evaluate.ts';
export * from './score.ts';
export { isPentaclassGold, pentaclassOf, predictClass, scorePentaclass, type PentaclassScore } from './pentaclass.ts';
