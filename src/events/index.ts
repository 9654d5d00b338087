export { codeEvents, eventsStage } from './stage.ts';
export { findPatterns, matchPattern, resolveOverlaps, type PatternMatch } from './patterns.ts';
