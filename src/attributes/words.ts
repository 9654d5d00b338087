// Word lists of the attribute finders, by lemma or lower-case form. Data, not logic.

/** A set of the whitespace-separated words of a list. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Verbs that introduce a direct quotation ("…," she said / he added: "…"). */
export const QUOTE_VERBS = words(`
  say tell add state write ask explain insist note warn continue conclude read declare announce
  reply respond argue claim stress emphasize emphasise recall quip joke tweet post concede admit
  complain predict suggest vow observe remark counter caution acknowledge shout chant tout boast
  lament plead report confirm allege
`);

/** Verbs that introduce reported speech without quotation marks ("X said (that) …"). */
export const REPORT_VERBS = words(`
  say tell add state announce claim report confirm note warn insist explain stress argue allege
  write declare emphasize emphasise predict concede admit estimate deny
`);

/** Cues only a document can take as subject: "the statement read", "the communique concluded". */
export const DOCUMENT_ONLY_VERBS: ReadonlySet<string> = new Set(['read', 'conclude', 'continue']);

/** Nouns naming an issued text rather than a speaker. */
export const STATEMENT_NOUNS = words(`
  statement release communique communiqué readout declaration announcement bulletin notice
  transcript
`);

export const DOCUMENT_NOUNS = words(`
  report document filing letter memo cable indictment complaint study survey assessment dossier
  affidavit poll
`);

export const SOCIAL_WORDS = words(`
  tweet twitter facebook telegram instagram youtube weibo
`);

export const MONITOR_WORDS = words(`
  monitor observatory watchdog ngo monitoring
`);

export const MEDIA_WORDS = words(`
  agency media television tv newspaper radio broadcaster channel outlet daily reuters afp xinhua
  irna tass kcna wafa sana anadolu bbc cnn yonhap kyodo interfax ria fars tasnim isna bernama
  antara apa
`);

export const WITNESS_WORDS = words(`
  witness eyewitness resident villager local bystander survivor
`);

/** Heads of unnamed sources: "officials said", "a source said", "diplomats said". */
export const ANONYMOUS_HEADS = words(`
  official source diplomat aide insider person people officer
`);

/** Phrases that mark a source as anonymous wherever they follow it. */
export const ANONYMITY_RE =
  /\b(on (the )?condition of anonymity|declined to be (named|identified)|asked not to be (named|identified)|not authori[sz]ed to (speak|talk|comment)|requested anonymity|speaking anonymously|unnamed|anonymous)\b/i;

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Words that may sit between a subject and its verb: "Rubio also said", "he has said". */
export const SUBJECT_GAP = words(`
  also later earlier then has had have further again separately previously once subsequently
  reportedly publicly privately repeatedly recently flatly simply only frequently often
`);
