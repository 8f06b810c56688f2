/**
 * Hosts whose pages count as an official or primary source for the health
 * report (src/model/health.ts): the statute itself, the bodies that apply it,
 * the professional guidelines and the research this keuzehulp rests on. A
 * factual page needs at least one source from here, or one whose title names
 * a statute article; law firms, HR publishers and arbo providers are secondary
 * (content/README.md, "Fact check before you publish"). Subdomains count too.
 */
export const OFFICIAL_HOSTS: readonly string[] = [
  // The law and official publications
  'wetten.overheid.nl',
  'overheid.nl',
  'officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'rechtspraak.nl',
  'eur-lex.europa.eu',
  // Bodies that apply the rules or inform about them on the government's behalf
  'uwv.nl',
  'juridischloket.nl',
  'arboportaal.nl',
  'autoriteitpersoonsgegevens.nl',
  'mensenrechten.nl',
  // Professional guidelines
  'nvab-online.nl',
  'nhg.org',
  'thuisarts.nl',
  // The research behind the keuzehulp and shared decision making
  'han.nl',
  'arbeidsdeskundigen.nl',
  '3goedevragen.nl',
  'decisionaid.ohri.ca',
];

/** True when a source names a statute article ("… artikel 629", "art. 7:658"). */
export function namesArticle(title: string): boolean {
  return /\bartikel(en)?\s+\d|\bart\.\s*\d/i.test(title);
}

/** True when the address is on one of the official hosts (or a subdomain). */
export function isOfficial(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
