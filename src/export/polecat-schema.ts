// The JSON Schema (draft 2020-12) every record of `dyad export --format polecat` follows,
// from the PLOVER interchange fields in shared/ontology/polecat_record_fields.tsv.
import { PLOVER_TYPES } from '../ontology/index.ts';

const entity = {
  type: 'object',
  required: ['code', 'entity_text'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', pattern: '^[A-Z-]{3}$' },
    sector: { type: 'string', pattern: '^[A-Z]{3}$' },
    entity_text: { type: 'string', minLength: 1 },
    // PLOVER's entity fields for CAMEO's third code part (the event's source_group/target_group).
    religion: { type: 'string', pattern: '^[A-Z]{3}$' },
    ethnicity: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
};

const intList = { type: 'array', items: { type: 'integer', minimum: 0 } };

export const POLECAT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://dyad.example/schemas/plover-record.json',
  title: 'PLOVER event record (POLECAT style), as exported by Dyad',
  type: 'object',
  required: ['id', 'has_event', 'date', 'actor', 'recipient', 'event', 'quad_code', 'coder'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    has_event: { type: 'boolean' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    actor: { type: 'array', minItems: 1, items: entity },
    recipient: { type: 'array', items: entity },
    event: { type: 'array', minItems: 1, items: { type: 'string', enum: [...PLOVER_TYPES] } },
    mode: { type: 'array', items: { type: 'string' } },
    context: { type: 'array', items: { type: 'string' } },
    quad_code: { type: 'integer', enum: [1, 2, 3, 4] },
    event_text: { type: 'array', items: { type: 'string' } },
    event_loc: {
      type: 'object',
      required: ['extracted_place'],
      additionalProperties: false,
      properties: { extracted_place: { type: 'string', minLength: 1 } },
    },
    link: { type: ['string', 'null'] },
    text_info: {
      type: 'object',
      required: ['sequence', 'start', 'end'],
      additionalProperties: false,
      properties: { sequence: { type: 'integer', minimum: 0 }, start: intList, end: intList },
    },
    cite_info: {
      type: 'object',
      required: ['language', 'citation'],
      additionalProperties: false,
      properties: {
        url: { type: 'string' },
        title: { type: 'string' },
        language: { type: 'string', pattern: '^[a-z]{2,3}$' },
        publication: { type: 'string' },
        citation: { type: 'string' },
      },
    },
    coder: { type: 'string' },
    coded_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    comment: { type: 'string' },
  },
} as const;
