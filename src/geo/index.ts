export { type Admin1, admin1ByName } from './admin1.ts';
export { countryByName, countryName, iso3 } from './countries.ts';
export { foldName } from './fold.ts';
export { type Gazetteer, gazetteer, MIN_POPULATION } from './gazetteer.ts';
export { countryPlace, geocode, geocodeMatch } from './geocode.ts';
export { findPlaces, THE_PLACES } from './places.ts';
export { isTitleCase, nameAt } from './scan.ts';
export type { GeocodeContext, Place, PlaceCue, PlaceMatch } from './types.ts';
export { COMPASS_ADJECTIVES } from './words.ts';
