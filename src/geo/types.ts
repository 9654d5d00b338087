/**
 * A geocoded location. `country` is ISO 3166 alpha-3 (Kosovo: XKX). `admin1` is GeoNames'
 * first-level division code as the data gives it: US postal codes (`TX`), GB nations
 * (`ENG`), elsewhere GeoNames' numeric codes (`08`).
 */
export interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** GeoNames population of a city; 0 for a division or a country (the data has none). */
  population: number;
  admin1?: string;
  /** `city` for a populated place; `admin1` and `country` are located at their capital. */
  level: 'city' | 'admin1' | 'country';
  geonamesId?: number;
  source: 'geonames';
}

/** How a place mention was recognised, strongest first. */
export type PlaceCue = 'apposition' | 'preposition' | 'bare';

/** A place mention in a sentence: token range `[tokenStart, tokenEnd)` and its char span. */
export interface PlaceMatch {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** The words as written, e.g. `Paris, Texas`. */
  text: string;
  /** Queries for `geocode`, most specific first (`['Paris, Texas', 'Paris']`). */
  names: string[];
  /** What the name is in the gazetteer; a name that is several takes the first of country, city, admin1. */
  kind: 'city' | 'admin1' | 'country';
  cue: PlaceCue;
  /** The locative word before the name (`in`, `near`, `outside`), for the `preposition` cue. */
  preposition?: string;
}

export interface GeocodeContext {
  /** ISO3 codes of the countries the article mentions, most relevant first. */
  countries?: readonly string[];
  /** First-level divisions the article mentions, as names or codes (`Texas`, `TX`). */
  admin1?: readonly string[];
}
