export { officeOn, personActor } from './resolve.ts';
export { actorsStage, findMentions, resolutionDate } from './stage.ts';
