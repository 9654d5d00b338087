export { actorsStage, findMentions, resolutionDate } from './stage.ts';
export { officeOn, personActor } from './resolve.ts';
