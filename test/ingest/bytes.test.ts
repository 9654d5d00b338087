import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/charset.ts';
import { sniff } from '../../src/ingest/sniff.ts';
import { cp1252, JAPANESE, shiftJisPage } from './pages.ts';

const enc = (s: string) => new TextEncoder().encode(s);

test('charset: BOM, then header, then meta, then UTF-8 if valid, else windows-1252', () => {
  assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0x69])).text, 'hi');
  assert.equal(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x68, 0, 0x69, 0])).text, 'hi');
  assert.equal(decodeBytes(cp1252('“quoted” – €5')).text, '“quoted” – €5', 'undeclared, not UTF-8');
  assert.equal(decodeBytes(cp1252('café'), 'text/html; charset=ISO-8859-1').text, 'café');
  assert.equal(decodeBytes(cp1252('’'), 'text/html; charset=windows-1252').text, '’');
  assert.ok(decodeBytes(shiftJisPage()).text.includes(JAPANESE), 'meta charset Shift_JIS');
  assert.equal(
    decodeBytes(enc('<?xml version="1.0" encoding="windows-1252"?><a/>')).encoding,
    'windows-1252',
  );
  assert.equal(decodeBytes(enc('héllo'), 'text/html; charset=bogus-charset').text, 'héllo');
  const mixed = decodeBytes(Uint8Array.from([0x61, 0xff, 0x62]), 'text/plain; charset=utf-8');
  assert.equal(mixed.text, 'a\uFFFDb', 'a declared charset is kept, bad bytes replaced');
});

test('sniffing by content first', () => {
  assert.equal(sniff(new Uint8Array(0)), 'empty');
  assert.equal(sniff(enc('  \n ')), 'empty');
  assert.equal(sniff(enc('WARC/1.1\r\n')), 'warc');
  assert.equal(sniff(gzipSync(enc('WARC/1.0\r\nWARC-Type: response\r\n'))), 'warc');
  assert.equal(sniff(gzipSync(enc('just text'))), 'binary');
  assert.equal(sniff(enc('<?xml version="1.0"?><rss version="2.0">')), 'feed');
  assert.equal(sniff(enc('<feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
  assert.equal(sniff(enc('{"version":"https://jsonfeed.org/version/1.1","items":[]}')), 'feed');
  assert.equal(sniff(enc('{"text":"a"}\n{"text":"b"}')), 'jsonl');
  assert.equal(sniff(enc('<!DOCTYPE html><html>')), 'html');
  assert.equal(sniff(enc('<p>fragment</p>')), 'html');
  assert.equal(sniff(enc('Plain words.'), { name: 'story.txt', contentType: 'text/html' }), 'text');
  assert.equal(sniff(enc('# Title\n\nBody'), { name: 'story.md' }), 'markdown');
  assert.equal(
    sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), { contentType: 'text/html' }),
    'binary',
  );
  assert.equal(sniff(Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0])), 'html', 'UTF-16 is text');
  assert.equal(sniff(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj'), { contentType: 'text/html' }), 'binary');
});
