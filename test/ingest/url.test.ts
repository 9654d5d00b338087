import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalUrl, domainOf } from '../../src/ingest/index.ts';

test('canonical URLs drop tracking parameters and fragments, lower-case the host', () => {
  assert.equal(
    canonicalUrl(
      'HTTPS://WWW.Example.COM:443/World/Story?utm_source=rss&b=2&fbclid=x&a=1&gclid=y&utm_medium=z#comments',
    ),
    'https://www.example.com/World/Story?a=1&b=2',
  );
  assert.equal(canonicalUrl('http://example.com/a?ref=home&mc_cid=1&_ga=2'), 'http://example.com/a');
  assert.equal(canonicalUrl('/a/b?utm_campaign=x', 'https://example.com/c/d'), 'https://example.com/a/b');
  assert.equal(canonicalUrl('http://user:pw@example.com/'), 'http://example.com/');
  assert.equal(canonicalUrl('javascript:alert(1)'), undefined);
  assert.equal(canonicalUrl('not a url'), undefined);
  assert.equal(canonicalUrl(undefined), undefined);
});

test('the outlet is the host without www', () => {
  assert.equal(domainOf('https://www.reuters.com/world/x'), 'reuters.com');
  assert.equal(domainOf('garbage'), undefined);
});
