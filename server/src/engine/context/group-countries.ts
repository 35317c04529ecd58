// The country a group phrase names by its adjective: "the two Namibian institutes", "the four Vietnamese utilities",
// "both Chilean institutes". A group so named is every entity of that country the dataset holds the measure for, as
// "Chile's two institutes" and "the three institutes in Chile" are (parts-dataset-groups.ts); the group's size must
// still match the number of such entities, so an adjective the author used loosely leaves the group unread. A region
// ("the seven South Asian institutes", "South Asia's seven institutes", "the three Nordic operators") names the entities
// of its countries, with the same check of the group's size.
import type { Dataset } from '../dataset/index.js';

/** Country names (lower case, as entities' `country` field spells them) and the adjectives that name them. */
const ADJECTIVES: Record<string, readonly string[]> = {
  argentina: ['Argentine', 'Argentinian', 'Argentinean'],
  australia: ['Australian'],
  austria: ['Austrian'],
  bangladesh: ['Bangladeshi'],
  belgium: ['Belgian'],
  bolivia: ['Bolivian'],
  botswana: ['Botswanan', 'Batswana', 'Motswana'],
  brazil: ['Brazilian'],
  bulgaria: ['Bulgarian'],
  cambodia: ['Cambodian', 'Khmer'],
  canada: ['Canadian'],
  chile: ['Chilean'],
  china: ['Chinese'],
  colombia: ['Colombian'],
  croatia: ['Croatian'],
  'czech republic': ['Czech'],
  czechia: ['Czech'],
  denmark: ['Danish'],
  cyprus: ['Cypriot'],
  ecuador: ['Ecuadorian', 'Ecuadorean'],
  egypt: ['Egyptian'],
  england: ['English'],
  israel: ['Israeli'],
  malta: ['Maltese'],
  morocco: ['Moroccan'],
  'new zealand': ['New Zealand'],
  'northern ireland': ['Northern Irish'],
  scotland: ['Scottish'],
  wales: ['Welsh'],
  estonia: ['Estonian'],
  ethiopia: ['Ethiopian'],
  finland: ['Finnish'],
  france: ['French'],
  germany: ['German'],
  greece: ['Greek'],
  hungary: ['Hungarian'],
  iceland: ['Icelandic'],
  india: ['Indian'],
  indonesia: ['Indonesian'],
  ireland: ['Irish'],
  italy: ['Italian'],
  japan: ['Japanese'],
  kenya: ['Kenyan'],
  laos: ['Lao', 'Laotian'],
  latvia: ['Latvian'],
  lesotho: ['Basotho'],
  lithuania: ['Lithuanian'],
  luxembourg: ['Luxembourgish'],
  malawi: ['Malawian'],
  malaysia: ['Malaysian'],
  mexico: ['Mexican'],
  mozambique: ['Mozambican'],
  myanmar: ['Burmese'],
  namibia: ['Namibian'],
  nepal: ['Nepali', 'Nepalese'],
  netherlands: ['Dutch'],
  norway: ['Norwegian'],
  pakistan: ['Pakistani'],
  paraguay: ['Paraguayan'],
  peru: ['Peruvian'],
  philippines: ['Philippine', 'Filipino'],
  poland: ['Polish'],
  portugal: ['Portuguese'],
  romania: ['Romanian'],
  rwanda: ['Rwandan'],
  serbia: ['Serbian'],
  singapore: ['Singaporean'],
  slovakia: ['Slovak', 'Slovakian'],
  slovenia: ['Slovenian', 'Slovene'],
  'south africa': ['South African'],
  'south korea': ['South Korean', 'Korean'],
  spain: ['Spanish'],
  'sri lanka': ['Sri Lankan'],
  sweden: ['Swedish'],
  switzerland: ['Swiss'],
  taiwan: ['Taiwanese'],
  tanzania: ['Tanzanian'],
  thailand: ['Thai'],
  'the netherlands': ['Dutch'],
  turkey: ['Turkish'],
  uganda: ['Ugandan'],
  ukraine: ['Ukrainian'],
  'united kingdom': ['British', 'UK'],
  'united states': ['American', 'US'],
  uruguay: ['Uruguayan'],
  venezuela: ['Venezuelan'],
  'viet nam': ['Vietnamese'],
  vietnam: ['Vietnamese'],
  zambia: ['Zambian'],
  zimbabwe: ['Zimbabwean'],
};

/** Regions (lower case) with the adjectives that name them and their countries (as entities' `country` spells them, lower case). */
const REGIONS: Record<string, { adjectives: readonly string[]; countries: readonly string[] }> = {
  'south asia': { adjectives: ['South Asian'], countries: ['afghanistan', 'bangladesh', 'bhutan', 'india', 'maldives', 'nepal', 'pakistan', 'sri lanka'] },
  'east africa': { adjectives: ['East African'], countries: ['burundi', 'djibouti', 'eritrea', 'ethiopia', 'kenya', 'rwanda', 'somalia', 'south sudan', 'tanzania', 'uganda'] },
  'southern africa': { adjectives: ['Southern African'], countries: ['angola', 'botswana', 'eswatini', 'lesotho', 'malawi', 'mozambique', 'namibia', 'south africa', 'zambia', 'zimbabwe'] },
  'west africa': { adjectives: ['West African'], countries: ['benin', 'burkina faso', 'cape verde', 'gambia', 'ghana', 'guinea', 'guinea-bissau', 'ivory coast', "côte d'ivoire", 'liberia', 'mali', 'mauritania', 'niger', 'nigeria', 'senegal', 'sierra leone', 'togo'] },
  'southeast asia': { adjectives: ['Southeast Asian', 'South-East Asian', 'South East Asian'], countries: ['brunei', 'cambodia', 'indonesia', 'laos', 'malaysia', 'myanmar', 'philippines', 'singapore', 'thailand', 'timor-leste', 'vietnam', 'viet nam'] },
  'south america': { adjectives: ['South American'], countries: ['argentina', 'bolivia', 'brazil', 'chile', 'colombia', 'ecuador', 'guyana', 'paraguay', 'peru', 'suriname', 'uruguay', 'venezuela'] },
  'the nordic countries': { adjectives: ['Nordic'], countries: ['denmark', 'finland', 'iceland', 'norway', 'sweden'] },
  scandinavia: { adjectives: ['Scandinavian'], countries: ['denmark', 'norway', 'sweden'] },
  iberia: { adjectives: ['Iberian'], countries: ['portugal', 'spain'] },
  benelux: { adjectives: ['Benelux'], countries: ['belgium', 'luxembourg', 'netherlands', 'the netherlands'] },
  'the baltic states': { adjectives: ['Baltic'], countries: ['estonia', 'latvia', 'lithuania'] },
};

/** Whether an entity of `country` lies in the place a group names: that country, or a region holding it. */
export function placeHolds(place: string, country: string | undefined): boolean {
  if (!country) return false;
  const name = place.toLowerCase().replace(/\s+/g, ' ');
  return name === country.toLowerCase() || (REGIONS[name]?.countries.includes(country.toLowerCase()) ?? false);
}

const cache = new WeakMap<Dataset, Map<string, string>>();

/** Adjective (as written) → the country name the dataset's entities carry, for the countries of its entities only. */
function adjectivesOf(dataset: Dataset): Map<string, string> {
  let found = cache.get(dataset);
  if (found) return found;
  found = new Map();
  const ambiguous = new Set<string>();
  const countries = new Set<string>();
  for (const e of dataset.entities.values()) if (e.country) countries.add(e.country);
  for (const country of countries) {
    // "United Kingdom (Wales)": the country and the nation in brackets each name it.
    const names = /^(.+?)\s*\(([^)]+)\)$/.exec(country.toLowerCase());
    for (const adjective of (names ? [names[1]!, names[2]!] : [country.toLowerCase()]).flatMap((name) => ADJECTIVES[name] ?? [])) {
      if (found.has(adjective) && found.get(adjective) !== country) ambiguous.add(adjective);
      found.set(adjective, country);
    }
  }
  for (const a of ambiguous) found.delete(a);
  // A region's adjective names the region, when the dataset holds entities of one of its countries.
  for (const [region, { adjectives, countries: held }] of Object.entries(REGIONS)) {
    if (![...countries].some((c) => held.includes(c.toLowerCase()))) continue;
    for (const adjective of adjectives) if (!found.has(adjective)) found.set(adjective, region);
  }
  cache.set(dataset, found);
  return found;
}

/**
 * The country or region that the words between a group's size and its noun name by adjective ("Namibian" in "the two
 * Namibian institutes", "South African", "Nordic"), when the dataset holds entities of that country; undefined otherwise, and when the
 * words are more than the adjective ("two former Namibian", "two Namibian and Zambian").
 */
export function groupCountryByAdjective(dataset: Dataset, words: string): string | undefined {
  const said = words.trim().replace(/\s+/g, ' ');
  if (said === '') return undefined;
  // "the two Czech regional airports": a lower-case word that describes the members after the adjective.
  const described = DESCRIBED.exec(said);
  return adjectivesOf(dataset).get(described ? described[1]! : said);
}

/** An adjective followed by one lower-case word that only describes ("regional", "research"), not "and", "or" or a prefix. */
const DESCRIBED = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?!(?:and|or|nor|non|former|ex|other)\b)\p{Ll}[\p{L}-]*$/u;
