// A tiny JSON Schema checker for the keywords our schemas use (type, required, properties,
// additionalProperties: false, items, enum, pattern, minLength, minItems, minimum), so the
// POLECAT export can be validated without a new dependency. Returns the problems found.

export type Schema = Record<string, unknown>;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((w) => typeMatches(t, w))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (t === 'string') {
    const s = value as string;
    if (typeof schema.minLength === 'number' && s.length < schema.minLength)
      problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(s))
      problems.push(`${path}: "${s}" does not match ${schema.pattern}`);
  }
  if (
    (t === 'integer' || t === 'number') &&
    typeof schema.minimum === 'number' &&
    (value as number) < schema.minimum
  ) {
    problems.push(`${path}: below ${schema.minimum}`);
  }
  if (t === 'array') {
    const a = value as unknown[];
    if (typeof schema.minItems === 'number' && a.length < schema.minItems)
      problems.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) {
      for (const [i, x] of a.entries())
        problems.push(...validate(schema.items as Schema, x, `${path}[${i}]`));
    }
  }
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[])
      if (!(r in o)) problems.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(o)) {
      if (props[k]) problems.push(...validate(props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected property ${k}`);
    }
  }
  return problems;
}
