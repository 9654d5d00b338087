export * from './article.ts';
export { contextsIn } from './contexts.ts';
export { type StatedDate, statedDate } from './dates.ts';
