/**
 * Language of the text itself. `<html lang>` is often a CMS default ("en-US" on a Greek news
 * site), so we check it against what the words say: a script test for non-Latin writing and a
 * small stopword vote for Latin-script languages. Pure code, a few kB: it runs in the content script.
 */

import {LETTER} from './chars';

// Frequent, short function words that are rare in the other listed languages.
const STOPWORDS: Record<string, string> = {
  en: 'the and of to is in that it for was with as on are be this by have from at not but which you they his her were has been would their will an or',
  da: 'og det er at en til på med af som de den ikke der har jeg for var et vi kan også sig man når skal hvis efter eller meget blev dig mig hun kun hvor nogle',
  no: 'og det er at en til på med av som de den ikke der har jeg for var et vi kan også seg man når skal hvis etter eller mye ble deg meg hun bare hvor noen ikkje',
  sv: 'och det är att en till på med av som de den inte har jag för var ett vi kan också sig man när ska om efter eller mycket blev dig mig hon bara där några',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie',
  nl: 'de het een en van in is dat op te zijn voor met niet die er aan ook als bij door om maar wordt nog dan wel worden naar uit heeft deze',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au il ne se par plus avec sont ce elle ou aux été cette mais nous vous',
  es: 'el la de que y en los las del se por un una con para es al lo como más pero sus le ha su fue este esta son entre cuando muy sin sobre también',
  pt: 'de que e o a do da em um uma para com não os as no na por mais dos das se ao foi como mas ele ela seu sua ou quando muito também são pelo pela',
  it: 'il di che e la per un una in del della le non con sono gli si da al dei è anche come più ma nel alla delle questo ha ci lo',
  pl: 'i w nie na się z do że to jest jak o po co ale od jego za tak są przez przy tylko już był była może być dla oraz które',
  fi: 'ja on ei että se oli hän ovat mutta myös kun tai joka kuin ole sen hänen vain niin jo mitä nyt jos',
  cs: 'a se na je že v to s z do o jak ale by jsou pro tak jeho jako které který byl její podle',
  tr: 've bir bu da de için ile çok olarak daha gibi ama en ne kadar olan sonra her değil',
  // Without a list of their own, a Hungarian text voted Portuguese by its "a" and "e" (t-online.hu's
  // password page), and Romanian, Indonesian or Vietnamese ones for whichever list shares a few words.
  hu: 'a az és hogy nem is egy meg van ez azt de csak már még volt vagy mint kell ha sem pedig mert ki fel lesz után között minden nagyon amely amit itt ezt lehet',
  ro: 'și şi în de la a cu pe că nu o un care este din pentru mai să se sunt fost ca sau dar lui au fi ai acest această fără când prin după despre',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada karena oleh saya mereka bisa telah sudah atau seperti kami kita adalah dapat lebih',
  vi: 'và của là có không được trong một những các cho với người này đã để khi từ đến cũng như thì sẽ về nhiều',
};

const WORDS = new Map<string, Set<string>>();
/** Word -> the languages it is a stopword of: one lookup per word of the text. */
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  const words = new Set(list.split(' '));
  WORDS.set(lang, words);
  for (const w of words) {
    const langs = WORD_LANGS.get(w);
    if (langs) langs.push(lang);
    else WORD_LANGS.set(w, [lang]);
  }
}
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
const WORD = new RegExp(`[${LETTER}']+`, 'g');

/** Non-Latin scripts: languages they imply (the first is the default when nothing is declared). */
const SCRIPTS: {re: RegExp; langs: string[]}[] = [
  {re: /[\u3040-\u30ff]/g, langs: ['ja']},
  {re: /[\uac00-\ud7af\u1100-\u11ff]/g, langs: ['ko']},
  {re: /[\u4e00-\u9fff]/g, langs: ['zh', 'ja']},
  {re: /[\u0600-\u06ff]/g, langs: ['ar', 'fa', 'ur']},
  {re: /[\u0590-\u05ff]/g, langs: ['he', 'yi']},
  {re: /[\u0370-\u03ff]/g, langs: ['el']},
  {re: /[\u0400-\u04ff]/g, langs: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk']},
  {re: /[\u0980-\u09ff]/g, langs: ['bn', 'as']},
  {re: /[\u0900-\u097f]/g, langs: ['hi', 'mr', 'ne']},
  {re: /[\u0e00-\u0e7f]/g, langs: ['th']},
];

/** Any letter of the scripts above. */
const NON_LATIN = new RegExp(`[${SCRIPTS.map(s => s.re.source.slice(1, -1)).join('')}]`);

const NORDIC = new Set(['da', 'no', 'nb', 'nn', 'sv']);
/** Languages we have no word list for, and the ones with a list whose small words they share. */
const RELATIVES: Record<string, string[]> = {
  gl: ['pt', 'es'], ca: ['es', 'fr', 'it', 'pt'], oc: ['fr', 'es', 'it'], ast: ['es', 'pt'], an: ['es'],
  lb: ['de', 'nl'], fy: ['nl', 'de'], af: ['nl'], li: ['nl', 'de'], nds: ['de', 'nl'], rm: ['it', 'de'], sc: ['it'],
  co: ['it', 'fr'], ms: ['id'], is: ['da', 'no', 'sv'], fo: ['da', 'no', 'sv'], sk: ['cs', 'pl'], sl: ['cs', 'pl'], hr: ['cs', 'pl'], bs: ['cs', 'pl'],
};

export interface LangGuess {
  lang: string;
  /** 0–1 share of the counted evidence that went to `lang`. */
  confidence: number;
  /** Stopword votes per Latin-script language, for comparing with a declared language. */
  scores: Map<string, number>;
  /** Share of all words that voted for `lang` (how clearly the text is in it). */
  evidence: number;
}

/** Primary subtag of a BCP 47 tag or locale ("en-US", "da_DK" -> "en", "da"); null if invalid. */
export function primaryTag(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  if (!m?.[1]) return null;
  const p = m[1].toLowerCase();
  return p === 'und' || p === 'mul' || p === 'zxx' ? null : p;
}

/** Guess the language of `text` (a sample of the main content). */
export function detectLanguage(text: string): LangGuess | null {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  // Native regex scans, not a per-character loop: this runs cold on every page load.
  // Letters counted by what a replace removes: match() would build an array of every one (3x the time, cold).
  const count = (re: RegExp): number => sample.length - sample.replace(re, '').length;
  // Most pages are in Latin script alone: one scan says so, instead of one per script.
  if (NON_LATIN.test(sample)) {
    const latin = count(LATIN);
    let best: {langs: string[]; count: number} | null = null;
    for (const script of SCRIPTS) {
      const n = count(script.re);
      if (n > 0 && (!best || n > best.count)) best = {langs: script.langs, count: n};
    }
    // Japanese mixes kana with Han: any real amount of kana decides for Japanese.
    const kana = count(/[\u3040-\u30ff]/g);
    if (best && best.langs[0] === 'zh' && kana > best.count * 0.1) best = {langs: ['ja'], count: best.count};
    if (best && best.count > latin * 0.5 && best.count >= 20) {
      const share = best.count / (best.count + latin);
      return {lang: best.langs[0] ?? 'und', confidence: share, scores: new Map(best.langs.map(l => [l, 1])), evidence: share};
    }
  }
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < 8) return null;
  const scores = new Map<string, number>();
  for (const w of words) {
    const langs = WORD_LANGS.get(w);
    if (langs) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let top = '';
  let topScore = 0;
  let total = 0;
  for (const [lang, score] of scores) {
    total += score;
    if (score > topScore) [top, topScore] = [lang, score];
  }
  // Require a minimum of evidence: a handful of shared words decides nothing.
  if (topScore < 4 || topScore < words.length * 0.05) return null;
  return {lang: top, confidence: topScore / total, scores, evidence: topScore / words.length};
}

/**
 * Combine the detected language with the declared ones (html lang, og:locale, JSON-LD inLanguage).
 * A declaration wins when the text does not contradict it; the text wins when it clearly does.
 */
export function resolveLanguage(text: string, declared: (string | null | undefined)[]): string | null {
  const tags = declared.map(primaryTag).filter((t): t is string => t !== null);
  const guess = detectLanguage(text);
  const first = tags[0] ?? null;
  if (!guess) return first;
  for (const tag of tags) {
    if (tag === guess.lang) return tag;
    // Close relatives share most function words: trust the declaration between them.
    if (NORDIC.has(tag) && NORDIC.has(guess.lang)) {
      const own = guess.scores.get(tag === 'nb' || tag === 'nn' ? 'no' : tag) ?? 0;
      const top = guess.scores.get(guess.lang) ?? 0;
      if (own >= top * 0.8) return tag;
    }
    // Non-Latin script: any declared language written in it is more precise than our default.
    if (guess.scores.has(tag) && !WORDS.has(guess.lang)) return tag;
    const own = guess.scores.get(tag) ?? 0;
    const top = guess.scores.get(guess.lang) ?? 0;
    if (WORDS.has(tag) && own >= top * 0.75) return tag;
  }
  if (tags.length === 0) return guess.lang;
  // A declared language we can recognise, and the text clearly is not in it: the text wins.
  const known = (t: string): boolean => WORDS.has(t) || SCRIPTS.some(s => s.langs.includes(t));
  if (tags.some(known)) {
    const top = guess.scores.get(guess.lang) ?? 0;
    const own = Math.max(...tags.map(t => guess.scores.get(t) ?? 0));
    const scriptGuess = !WORDS.has(guess.lang);
    return scriptGuess || (own < top * 0.5 && guess.evidence >= 0.08) ? guess.lang : first ?? guess.lang;
  }
  // A declared language we cannot check: only a clear vote overrides it, and never a vote for a close
  // relative, which shares its small words (Galician's "de que e o a da" are Portuguese's too).
  if (first && RELATIVES[first]?.includes(guess.lang)) return first;
  return guess.evidence >= 0.15 ? guess.lang : first;
}
