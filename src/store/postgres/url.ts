// `postgres://user@host:port/db?schema=name`: the store, and the queue that feeds it, read the
// schema from the URL, so one URL names both.

/** The URL without its `schema` parameter, and the schema (default `public`). */
export function splitSchema(url: string): { url: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`bad schema name "${schema}" in --db URL`);
  return { url: u.toString(), schema };
}

/** The URL to show: without its password. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
