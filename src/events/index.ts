export { findPatterns, matchPattern, type PatternMatch, resolveOverlaps } from './patterns.ts';
export { codeEvents, eventsStage } from './stage.ts';
