/** wink's table of known words, which `readDoc` extends with every new word it reads. */
export interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

/** The methods of wink's word cache that its tokenizer, feature extractors and `its` helpers call. */
export interface WinkWordCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  value(index: number): string | undefined;
}

/** Reads of one text by `readWink`, nested when a word is read alone while a text is read. */
export interface LearnedWords {
  /** A read starts: the words learned before it are unknown to it. */
  begin(): void;
  /** The read ends: the words it learned are unknown to the reads after it. */
  end(): void;
}

/**
 * Makes wink read each text as a fresh instance would, as to the words it learns, without
 * learning them anew in every text. wink learns every word it does not know (adds it to its
 * table with its features), and a word it knows is looked up whole: having met "Romney's"
 * before a full stop, it keeps "Romney's campaign" as one token where it otherwise splits
 * "Romney" + "'s". Forgetting every learned word after each text (deleting it from the table)
 * made each text read the same whatever was read before, but the names of an article were
 * then learned again in every article that has them (~6% of the coding time).
 *
 * Instead the words stay in wink's table, and the cache's methods are wrapped so a read sees
 * only the words learned during itself (or an enclosing read): `lookup` answers a word learned
 * by another read as unknown, `value` reads its slot as empty, and `add` takes the word again
 * from the table. wink's entry of a learned word holds its token category, its features
 * (functions of the word and the category: see memoizedFeatures) and its lower-case form's
 * entry, so an entry is taken again only when its category is this call's and its lower-case
 * form is the one this read would give; otherwise it is dropped from the table (its slot is
 * left) and wink adds the word afresh.
 */
export function rememberLearned(cache: WinkWordCache, words: Lexemes): LearnedWords {
  const { hash, list } = words;
  const size = words.intrinsicSize;
  const { lookup, add } = cache;
  // per learned slot (its index minus `size`): the read that learned or last met it, its
  // token category, and the slot of its lower-case form
  let seen = new Int32Array(4096);
  let category = new Uint8Array(4096);
  let normal = new Int32Array(4096);
  // slots recorded so far: slots past it are being added by wink now, and are this read's
  let recorded = list.length - size;
  // reads in progress, innermost last
  const active: number[] = [];
  let reads = 0;

  const visible = (k: number): boolean => {
    if (k >= recorded) return true;
    const read = seen[k];
    for (let j = active.length - 1; j >= 0; j--) if (active[j] === read) return true;
    return false;
  };

  cache.lookup = (text) => {
    const index = hash[text];
    if (index === undefined) return null;
    if (index >= size) return visible(index - size) ? [index] : null;
    return lookup(text);
  };
  cache.value = (index) => (index >= size && !visible(index - size) ? undefined : list[index]);
  cache.add = (text, cat) => {
    const read = active[active.length - 1];
    const lower = text.toLowerCase();
    let lowerIndex: number | undefined = hash[lower];
    if (lower !== text && lowerIndex !== undefined && lowerIndex >= size && !visible(lowerIndex - size)) {
      if (category[lowerIndex - size] === cat) seen[lowerIndex - size] = read;
      else {
        delete hash[lower];
        lowerIndex = undefined;
      }
    }
    const index = hash[text];
    if (index !== undefined && index >= size && !visible(index - size)) {
      const k = index - size;
      if (category[k] === cat && normal[k] === (lower === text ? index : lowerIndex)) seen[k] = read;
      else delete hash[text];
    }
    const found = add(text, cat);
    const length = list.length - size;
    if (length > seen.length) {
      const grown = Math.max(length, 2 * seen.length);
      seen = grownTo(seen, grown);
      category = grownTo(category, grown);
      normal = grownTo(normal, grown);
    }
    for (let k = recorded; k < length; k++) {
      seen[k] = read;
      category[k] = cat;
      normal[k] = list[k + size] === text ? hash[lower] : k + size;
    }
    recorded = length;
    return found;
  };
  return {
    begin() {
      active.push(++reads);
    },
    end() {
      active.pop();
    },
  };
}

function grownTo<T extends Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
