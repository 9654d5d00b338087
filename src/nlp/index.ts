export { analyzeStage, analyzeText, normalizeWord } from './analyze.ts';
export { isBoilerplateLine } from './boilerplate.ts';
export { isoDate, parseDateline } from './dateline.ts';
