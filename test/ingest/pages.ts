// Pages, feeds and encodings for the ingest tests.

export const STORY = [
  'Pakistan and the United States held talks in Islamabad on Tuesday, officials said.',
  'The foreign minister met the secretary of state to discuss trade, security and critical minerals.',
  'Both sides agreed to expand cooperation and to meet again in Washington next month.',
];

export const FRENCH = [
  'Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, selon le ministre du Travail.',
  'Les syndicats ont appelé à une grève nationale la semaine prochaine pour protester contre le projet.',
  "Le Premier ministre a déclaré que le texte serait présenté à l'Assemblée nationale avant l'été.",
];

export interface PageOptions {
  title?: string;
  paragraphs?: string[];
  /** Meta tags, JSON-LD and <time>: all the metadata a news page usually has. */
  meta?: boolean;
  published?: string;
  author?: string;
  canonical?: string;
  lang?: string;
  charset?: string;
  furniture?: boolean;
}

export function page(o: PageOptions = {}): string {
  const title = o.title ?? 'Pakistan and US hold talks';
  const paragraphs = o.paragraphs ?? STORY;
  const head: string[] = [`<title>${title} | The Daily</title>`];
  if (o.charset) head.unshift(`<meta charset="${o.charset}">`);
  if (o.meta) {
    head.push(
      `<meta property="og:title" content="${title}">`,
      `<meta property="og:site_name" content="The Daily">`,
      `<meta name="author" content="${o.author ?? 'Jane Roe'}">`,
      `<meta property="article:published_time" content="${o.published ?? '2025-04-08T10:00:00-05:00'}">`,
      `<link rel="canonical" href="${o.canonical ?? 'https://www.example.com/world/talks?utm_source=rss'}">`,
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: title,
        datePublished: o.published ?? '2025-04-08T10:00:00-05:00',
        author: [{ '@type': 'Person', name: o.author ?? 'Jane Roe' }],
      })}</script>`,
    );
  }
  const furniture = o.furniture
    ? '<p>Read more: Other story about something else</p><p>Sign up for our daily newsletter</p>'
    : '';
  const time = o.meta ? `<time datetime="${o.published ?? '2025-04-08'}">April 8</time>` : '';
  return `<!DOCTYPE html><html${o.lang ? ` lang="${o.lang}"` : ''}><head>${head.join('')}</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${title}</h1>${time}
${paragraphs.map((p, i) => `<p>${p}</p>${i === 0 ? furniture : ''}`).join('\n')}
</article>
<footer>© 2025 The Daily. All rights reserved.</footer></body></html>`;
}

export interface FeedItemSpec {
  link: string;
  title?: string;
  date?: string;
  content?: string;
}

export function rss(items: readonly FeedItemSpec[]): string {
  const xml = items
    .map(
      (i, n) =>
        `<item><title>${i.title ?? `Item ${n}`}</title><link>${i.link}</link><guid>${i.link}</guid>` +
        `<pubDate>${i.date ?? 'Tue, 08 Apr 2025 10:00:00 GMT'}</pubDate>` +
        (i.content ? `<description><![CDATA[${i.content}]]></description>` : '') +
        '</item>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title><link>http://example.com/</link><description>d</description>${xml}</channel></rss>`;
}

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** Encodes text as windows-1252 (the characters the tests use). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** 東京で外務大臣が会談し、両国は貿易と安全保障の協力を拡大することで合意した。 in Shift_JIS. */
export const JAPANESE = '東京で外務大臣が会談し、両国は貿易と安全保障の協力を拡大することで合意した。';
const JAPANESE_SJIS = Buffer.from(
  '938c8b9e82c58a4f96b191e5906282aa89ef926b82b5814197bc8d9182cd966688d582c688c0915395db8fe182cc8ba697cd82f08a6791e582b782e982b182c682c58d8788d382b582bd8142',
  'hex',
);

export function shiftJisPage(): Uint8Array {
  const ascii = (s: string) => Buffer.from(s, 'latin1');
  const para = Buffer.concat([ascii('<p>'), JAPANESE_SJIS, ascii('</p>')]);
  return Buffer.concat([
    ascii('<!DOCTYPE html><html><head><meta charset="Shift_JIS"><title>Tokyo</title></head><body><article>'),
    ...Array.from({ length: 5 }, () => para),
    ascii('</article></body></html>'),
  ]);
}
