export { contextsIn } from './contexts.ts';
export { type StatedDate, statedDate } from './dates.ts';
export * from './article.ts';
