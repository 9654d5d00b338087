export { type EvalReport, evaluate, type Miss } from './evaluate.ts';
export * from './score.ts';
export { isPentaclassGold, pentaclassOf, predictClass, scorePentaclass, type PentaclassScore } from './pentaclass.ts';
export { type ActorCase, type ActorScore, isScoredCase, NGEC_REFERENCE_DATE, scoreActorCases } from './actors.ts';
