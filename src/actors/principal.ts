// Titles that take their country from the actor they serve or follow: "a senior aide to
// Netanyahu", "a spokesman for the Russian president", "supporters of Imran Khan".

/** Titles of people who speak or work for someone else: "aide to", "spokesman for". */
const AIDE_TITLE =
  /\b(aide|adviser|advisor|assistant|counselor|counsellor|spokesman|spokeswoman|spokesperson)$/;
/** Titles of a person's following: "supporters of Imran Khan". */
const FOLLOWER_TITLE = /\b(supporter|follower|loyalist|partisan|backer)s?$/;

/**
 * How a title relates to the actor after the preposition `prep`: an aide speaks for the one
 * they serve ("to", and "for" after a spokesperson); a following shares its leader's country
 * ("of"), keeping its own sector.
 */
export function principalRelation(title: string, prep: string): 'aide' | 'follower' | undefined {
  const aide = AIDE_TITLE.exec(title)?.[1];
  if (aide && (prep === 'to' || (prep === 'for' && aide.startsWith('spokes')))) return 'aide';
  if (prep === 'of' && FOLLOWER_TITLE.test(title)) return 'follower';
  return undefined;
}
