// The API's response shapes (see /openapi.json), as the dashboard reads them.
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DyadEvent {
  id: string;
  article_id: string;
  cluster_id: string | null;
  article: string;
  sentence: number;
  source: string;
  target: string;
  source_name: string | null;
  target_name: string | null;
  cameo: string;
  plover: string | null;
  mode: string | null;
  symmetric: boolean;
  goldstein: number;
  quad: number | null;
  date: string | null;
  location: string | null;
  negated: boolean;
  evidence: Span[];
  rule: string;
  confidence: number;
  contexts: string[];
  source_rule: string;
  target_rule: string;
  /** Ethnic group or religion the actor is named by (`KUR`, `MOS`), else null. */
  source_group: string | null;
  target_group: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface ArticleSummary {
  id: string;
  external_id: string | null;
  url: string | null;
  source: string | null;
  domain: string | null;
  title: string | null;
  published: string | null;
  n_events: number;
}

export type Role = 'verb' | 'source' | 'target' | 'evidence';

export interface Highlight {
  role: Role;
  start: number;
  end: number;
  text: string;
  in_sentence: boolean;
}

export interface Cluster {
  id: string;
  source: string;
  target: string;
  cameo: string;
  plover: string | null;
  first_date: string;
  last_date: string;
  n_articles: number;
  n_sources: number;
  n_events: number;
}

export interface EventDetail {
  event: DyadEvent;
  sentence: { text: string; start: number | null; end: number | null };
  highlights: Highlight[];
  rule: string;
  article: ArticleSummary;
  cluster: (Cluster & { articles: ArticleSummary[]; events: number }) | null;
}

export interface ArticleDetail {
  article: ArticleSummary & { text: string };
  spans: (Span & { role: Role; event: string })[];
  events: DyadEvent[];
}

export type Quads = Record<'1' | '2' | '3' | '4', number>;

export interface Timeline {
  source: string;
  target: string;
  bucket: 'day' | 'week';
  points: { period: string; events: number; quads: Quads; goldstein: number }[];
}

export interface Network {
  nodes: { id: string; events: number; balance: number }[];
  edges: {
    source: string;
    target: string;
    events: number;
    goldstein: number;
    quads: Quads;
    balance: number;
  }[];
}

export interface MapData {
  locations: {
    location: string;
    events: number;
    first_day: string;
    last_day: string;
    lat: number;
    lon: number;
    country: string;
  }[];
  countries: { country: string; numeric: string | null; events: number }[];
  unplaced: { location: string; events: number }[];
}

export interface Stats {
  articles: number;
  events: number;
  clusters: number;
  first_day: string | null;
  last_day: string | null;
}

export interface ActorCount {
  code: string;
  name: string | null;
  events: number;
}
