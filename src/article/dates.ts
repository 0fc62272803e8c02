/**
 * Date parsing for metadata values and for dates written in the visible text.
 * Output is ISO 8601: `YYYY-MM-DD`, or a full timestamp (offset kept as written, so the
 * publication's local day survives) when the source has a time of day.
 */

import {LETTER, LOWER} from './chars';

// Month names and common abbreviations, lower-case, accent-free where pages commonly drop them.
// No prototype: a page writing "14 constructor 2013" must not find Object.prototype.constructor here.
const MONTHS: Record<string, number> = Object.create(null) as Record<string, number>;
const MONTH_LISTS: string[][] = [
  // en
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // da / no / sv
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dec'],
  ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
  // de
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jänner', 'feber', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  // nl
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  // fr
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  // es
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  // pt
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  // it
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // pl (genitive, as dates are written) and nominative
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  // fi
  ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
];
for (const list of MONTH_LISTS) list.forEach((name, i) => { MONTHS[name] ??= i + 1; });

const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
// A month is any lower-case word looked up in MONTHS afterwards: an alternation of all the names
// under /i costs milliseconds to compile on every page load (see chars.ts). The text is lower-cased.
const WORD = `([${LOWER}]{3,12})`;
const NOT_AFTER = `(?<![${LETTER}\\d])`;
// "14. maj 2013", "14 May 2013", "14 de mayo de 2013", "1er janvier 2020", "26, Abril, 2022"
const RE_DMY_NAME = new RegExp(`${NOT_AFTER}${DAY}(?:\\.|er|st|nd|rd|th)?,?\\s*(?:de\\s+)?${WORD}\\.?,?\\s*(?:de\\s+|del\\s+)?${YEAR}(?!\\d)`, 'g');
// "May 14, 2013", "Nov. 19, 2019", "maj 14 2013"
const RE_MDY_NAME = new RegExp(`${NOT_AFTER}${WORD}\\.?\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'g');
// "14.05.2013", "14/05/2013", "14-05-2013"
const RE_DMY_NUM = new RegExp(`(?<![\\d.${LETTER}])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d${LETTER}]|\\.\\d)`);
// "14/5 2013", "14/5-2013": Danish writing, day first, the year after a space or a dash.
const RE_DM_Y = /(?<![\d./-])(\d{1,2})\/(\d{1,2})(?:\s*-\s*|\s+)(\d{4})(?!\d)/;
// "14.05.13": a two-digit year, with dots only (Danish and German pages; "05/14/13" could be either order),
// day and month written with two digits each ("1.2.13" is a version number).
const RE_DMY_SHORT = new RegExp(`(?<![\\d.${LETTER}])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d${LETTER}]|\\.\\d)`);
// "2013-05-14", "2013/05/14", "2013.05.14", "2013年5月14日", "2013년 5월 14일"
const RE_YMD_NUM = new RegExp(`(?<![\\d${LETTER}])(\\d{4})(?:([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d${LETTER}])|\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?)(?!\\d)`);

/** First match of a global `re` in `s` whose group `g` is a month name. */
function monthMatch(re: RegExp, s: string, g: number): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(s), n = 0; m && n < 200; m = re.exec(s), n++) {
    if (MONTHS[m[g] ?? ''] !== undefined) return m;
    // Not a month: look again from the next character (matches may overlap: "3 items 14 maj 2013").
    re.lastIndex = m.index + 1;
  }
  return null;
}
// Full ISO timestamp, as in metadata.
const RE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Accept plausible publication dates only: real calendar days between 1990 and next year. */
function ymd(y: number, m: number, d: number): string | null {
  const maxYear = new Date().getUTCFullYear() + 1;
  if (y < 1990 || y > maxYear || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A machine-readable date from metadata (`datetime`, `content`, JSON-LD). Keeps a full
 * timestamp when given; falls back to the human-readable parser for sloppy values.
 */
export function parseMachineDate(raw: unknown, monthFirst = false): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().slice(0, 100);
  if (s === '') return null;
  const iso = RE_ISO.exec(s);
  if (iso) {
    const day = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const hh = Number(iso[4]);
    const mm = Number(iso[5]);
    if (hh > 23 || mm > 59) return day;
    const sec = iso[6] ?? '00';
    let zone = iso[7] ?? '';
    if (zone !== '' && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${day}T${pad(hh)}:${pad(mm)}:${sec}${zone}`;
  }
  // Compact "20130514" (used by some CMSs in meta tags).
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Epoch seconds / milliseconds.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  // "4/6/2016 4:00:00 PM" (ASP.NET's US default): a 12-hour clock says the month comes first.
  return parseTextDate(s, monthFirst || /\d\s*[AP]\.?M\.?(?![A-Za-z])/i.test(s));
}

/**
 * The first date written in human text: "14. maj 2013", "May 14, 2013", "14.05.2013",
 * "2013-05-14", "2013年5月14日". Numeric day/month order is read as European (d/m/y) unless
 * that is impossible or `monthFirst` (US English pages) is set.
 */
export function parseTextDate(text: string, monthFirst = false): string | null {
  return findTextDate(text, monthFirst)?.value ?? null;
}

/** The first date written in `text`, its ISO day and where it stands (`end` is past its last character). */
export function findTextDate(text: string, monthFirst = false): {value: string; start: number; end: number} | null {
  const s = text.length > 5000 ? text.slice(0, 5000) : text;
  type Hit = {value: string; start: number; end: number};
  let first: Hit | null = null;
  const add = (m: RegExpExecArray, value: string | null): void => {
    if (value && (!first || m.index < first.start)) first = {value, start: m.index, end: m.index + m[0].length};
  };
  const lower = s.toLowerCase();
  let m = monthMatch(RE_DMY_NAME, lower, 2);
  if (m) add(m, ymd(Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])));
  m = monthMatch(RE_MDY_NAME, lower, 1);
  if (m) add(m, ymd(Number(m[3]), MONTHS[m[1] ?? ''] ?? 0, Number(m[2])));
  m = RE_YMD_NUM.exec(s);
  if (m) {
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    add(m, ymd(Number(m[1]), month, day));
  }
  m = RE_DMY_NUM.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    add(m, monthFirst && m[2] === '/' ? ymd(y, a, b) ?? ymd(y, b, a) : ymd(y, b, a) ?? ymd(y, a, b));
  }
  m = RE_DM_Y.exec(s);
  if (m) add(m, ymd(Number(m[3]), Number(m[2]), Number(m[1])));
  m = RE_DMY_SHORT.exec(s);
  if (m) {
    const yy = Number(m[3]);
    add(m, ymd(2000 + yy <= new Date().getUTCFullYear() + 1 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1])));
  }
  return first;
}

/** "enero 2016", "May 2016", "2016": a month or year on its own (an archive page's heading). */
export function isPeriod(text: string): boolean {
  const m = /^(?:(\S{3,12})\.?\s+)?(\d{4})$/.exec(text.trim().toLowerCase());
  return m !== null && (m[1] === undefined || MONTHS[m[1]] !== undefined);
}

/** The calendar day of an ISO value ("2013-05-14T10:00:00+02:00" -> "2013-05-14"). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
