// Markdown to plain text: the words stay, the markup goes; front matter and the first
// heading give the title, date and URL.
export interface MarkdownText {
  text: string;
  title?: string;
  published?: string;
  url?: string;
  author?: string;
  lang?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function frontMatter(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3');
}

export function markdownToText(source: string): MarkdownText {
  const out: MarkdownText = { text: '' };
  let body = source;
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    const meta = frontMatter(fm[1]);
    out.title = meta.title;
    out.published = meta.date ?? meta.published;
    out.url = meta.url ?? meta.link ?? meta.canonical;
    out.author = meta.author;
    out.lang = meta.lang ?? meta.language;
    body = body.slice(fm[0].length);
  }
  const lines: string[] = [];
  let fence = false;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (
      fence ||
      /^\s*\[[^\]]+\]:\s*\S+/.test(raw) ||
      /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)
    )
      continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      lines.push('');
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const text = inline(heading[2]);
      if (heading[1] === '#' && out.title === undefined) {
        out.title = text;
        continue;
      }
      lines.push('', text, '');
      continue;
    }
    const line = raw
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
      .replace(/\|/g, ' ');
    lines.push(inline(line));
  }
  out.text = lines.join('\n');
  return out;
}
