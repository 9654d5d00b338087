export { analyzeStage, analyzeText, normalizeWord } from './analyze.ts';
export { isBoilerplateLine } from './boilerplate.ts';
export { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
export { isoDate, parseDateline } from './dateline.ts';
