// The page runs under `require-trusted-types-for 'script'`: assigning a string to innerHTML
// and other HTML sinks throws unless a policy allows it. This default policy allows only
// the empty string (ECharts clears its box with `innerHTML = ''`), so no text, least of all
// an article's, can ever be parsed as HTML. Imported first, before any chart code runs.
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML?: (s: string) => string }): unknown;
}

const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
tt?.createPolicy('default', {
  createHTML(s: string) {
    if (s === '') return s;
    throw new TypeError('Dyad renders text as text: HTML assignment refused');
  },
});
