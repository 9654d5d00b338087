export {
  type ActorCase,
  type ActorScore,
  isScoredCase,
  NGEC_REFERENCE_DATE,
  scoreActorCases,
} from './actors.ts';
export { type EvalReport, evaluate, type Miss } from './evaluate.ts';
export {
  isPentaclassGold,
  type PentaclassScore,
  pentaclassOf,
  predictClass,
  scorePentaclass,
} from './pentaclass.ts';
export * from './score.ts';
