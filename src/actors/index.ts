export {
  countryless,
  countrylessLegislature,
  ofArticleCountry,
  ownCountry,
  peopleOfArticle,
  saysForeign,
} from './article-country.ts';
export { type Resolution, type ResolveOptions, resolvePhrase } from './phrase.ts';
export { unknownSpeaker } from './references.ts';
export { officeOn, personActor } from './resolve.ts';
export { actorsStage, findMentions, resolutionDate } from './stage.ts';
export { HONORIFICS, SAYING_VERBS, TEMPORAL_NOUNS } from './words.ts';
