/**
 * The small knowledge base the entity stage needs for what text alone cannot tell.
 *
 * What is here, and why:
 * - A general gazetteer (every UN member state plus a few widely used others, the
 *   capitals of the larger ones, some very large non-capital cities and the world
 *   regions) with the aliases a reader knows: "U.S." = United States, "ROK" = South
 *   Korea. Capitals that are also common English words ("Male", "Victoria") are left
 *   out on purpose. Nothing here is chosen for one story.
 * - Bare "Korea" resolves to South Korea. In Korean and Japanese English-language
 *   press "Korea" without "North" means the Republic of Korea ("Korea-Japan
 *   relations", "Korean Foreign Minister Cho"); "North Korea" is always written out,
 *   and the longest match takes it before "Korea" is looked at.
 * - Demonyms ("Japanese", "South Korean") are NOT mentions of the country: "Japanese
 *   counterpart" names a person's nationality, not a place the story happens in.
 *   They are listed only so they never start or extend a person's name.
 * - Title words, role nouns and speech verbs are cues for finding people. People are
 *   never listed: they are found by those rules.
 * - Organisation head-nouns ("Court", "Ministry", "Air", "Wire") make a capitalised
 *   run an organisation; place head-nouns ("Airport", "Cemetery") make it a place;
 *   event head-nouns ("Meeting", "Dialogue") and the names of an outlet's products
 *   ("Briefing", "Newsletter") make it neither a person nor an organisation, so
 *   "Trilateral Indo-Pacific Dialogue" is not a name. Heads are kinds of names, never
 *   particular names: "Jeju Air" and "Muan International Airport" are found by rule.
 * - Credit cues ("Provided by", "Photo by") open a bracketed picture credit at the
 *   end of a caption; the names inside it are the supplier, not the story. Credit
 *   line openers ("Reporting by", "By", "Reporter") and phrases ("contributed to this
 *   report") mark a line that names the reporters, not anyone in the story.
 * - Three well-known international bodies whose acronyms are commonly used without
 *   the long form ever being spelled out, and the large news agencies, which stories
 *   cite by a one-word name. Any "Long Name (ACRONYM)" is found by rule.
 */

export type PlaceKind = 'country' | 'city' | 'region';

export interface PlaceEntry {
  /** Canonical English name, used as the entity name. */
  name: string;
  /** Other ways the text may write the same place, matched case-sensitively. */
  aliases: readonly string[];
  kind: PlaceKind;
}

export interface OrganizationEntry {
  name: string;
  aliases: readonly string[];
}

export interface EntityKnowledge {
  places: readonly PlaceEntry[];
  organizations: readonly OrganizationEntry[];
  /** Titles written before a person's name: "Foreign Minister", "Sen.", "acting President". */
  personTitles: readonly string[];
  /** Lowercase nouns an appositive name follows: "his counterpart, Cho Tae-yul". */
  roleNouns: readonly string[];
  /** The last word of a capitalised run that makes it an organisation. */
  organizationHeads: readonly string[];
  /** The last word of a capitalised run that makes it a place: "Muan International Airport". */
  placeHeads: readonly string[];
  /** Capitalised single words that name an institution by themselves ("Senate"). */
  standaloneOrganizations: readonly string[];
  /** Head-nouns of named events; such runs are neither people nor organisations. */
  eventHeads: readonly string[];
  /** Head-nouns of an outlet's products (newsletters, podcasts): neither people nor organisations. */
  productHeads: readonly string[];
  /** Nationality adjectives: never a place mention, never part of a name. */
  demonyms: readonly string[];
  /** Capitalised words that are never (part of) a name: function words, months, weekdays. */
  stopWords: readonly string[];
  /** Lowercase connectors allowed inside an organisation name after its head ("Ministry of ..."). */
  nameConnectors: readonly string[];
  /** Words or phrases that report speech; the person next to them is the speaker. */
  speechCues: readonly string[];
  /** Small words allowed between a speaker and the verb ("Iwaya has also said"). */
  speechAuxiliaries: readonly string[];
  /** Lowercase openings of a bracketed picture/syndication credit: "(Provided by …)". */
  creditCues: readonly string[];
  /** Lowercase openings of a line that always credits the reporters: "— Reporting by …". */
  creditLineOpeners: readonly string[];
  /** Lowercase openings of a byline, a credit only when names alone follow: "By Jane Park" (not "By Monday, …"). */
  bylineOpeners: readonly string[];
  /** Lowercase phrases that make a line a credit wherever they stand: "… contributed to this report". */
  creditPhrases: readonly string[];
}

/** "Country|Capital" lines; the capital is omitted where it is a common word or obscure. */
const COUNTRIES_AND_CAPITALS = `Afghanistan|Kabul
Albania|Tirana
Algeria|Algiers
Andorra
Angola|Luanda
Antigua and Barbuda
Argentina|Buenos Aires
Armenia|Yerevan
Australia|Canberra
Austria|Vienna
Azerbaijan|Baku
Bahamas|Nassau
Bahrain|Manama
Bangladesh|Dhaka
Barbados
Belarus|Minsk
Belgium|Brussels
Belize
Benin
Bhutan|Thimphu
Bolivia|La Paz
Bosnia and Herzegovina|Sarajevo
Botswana|Gaborone
Brazil|Brasília
Brunei|Bandar Seri Begawan
Bulgaria|Sofia
Burkina Faso|Ouagadougou
Burundi
Cambodia|Phnom Penh
Cameroon|Yaoundé
Canada|Ottawa
Cape Verde
Central African Republic|Bangui
Chad|N'Djamena
Chile|Santiago
China|Beijing
Colombia|Bogotá
Comoros
Costa Rica|San José
Croatia|Zagreb
Cuba|Havana
Cyprus|Nicosia
Czech Republic|Prague
Democratic Republic of the Congo|Kinshasa
Denmark|Copenhagen
Djibouti
Dominica
Dominican Republic|Santo Domingo
East Timor|Dili
Ecuador|Quito
Egypt|Cairo
El Salvador|San Salvador
Equatorial Guinea|Malabo
Eritrea|Asmara
Estonia|Tallinn
Eswatini
Ethiopia|Addis Ababa
Fiji|Suva
Finland|Helsinki
France|Paris
Gabon|Libreville
Gambia|Banjul
Georgia|Tbilisi
Germany|Berlin
Ghana|Accra
Greece|Athens
Grenada
Guatemala|Guatemala City
Guinea|Conakry
Guinea-Bissau
Guyana|Georgetown
Haiti|Port-au-Prince
Honduras|Tegucigalpa
Hungary|Budapest
Iceland|Reykjavik
India|New Delhi
Indonesia|Jakarta
Iran|Tehran
Iraq|Baghdad
Ireland|Dublin
Israel|Jerusalem
Italy|Rome
Ivory Coast|Abidjan
Jamaica|Kingston
Japan|Tokyo
Jordan|Amman
Kazakhstan|Astana
Kenya|Nairobi
Kiribati
Kosovo|Pristina
Kuwait|Kuwait City
Kyrgyzstan|Bishkek
Laos|Vientiane
Latvia|Riga
Lebanon|Beirut
Lesotho|Maseru
Liberia|Monrovia
Libya|Tripoli
Liechtenstein|Vaduz
Lithuania|Vilnius
Luxembourg
Madagascar|Antananarivo
Malawi|Lilongwe
Malaysia|Kuala Lumpur
Maldives
Mali|Bamako
Malta|Valletta
Marshall Islands|Majuro
Mauritania|Nouakchott
Mauritius|Port Louis
Mexico|Mexico City
Micronesia
Moldova|Chisinau
Monaco
Mongolia|Ulaanbaatar
Montenegro|Podgorica
Morocco|Rabat
Mozambique|Maputo
Myanmar|Naypyidaw
Namibia|Windhoek
Nauru
Nepal|Kathmandu
Netherlands|Amsterdam
New Zealand|Wellington
Nicaragua|Managua
Niger|Niamey
Nigeria|Abuja
North Korea|Pyongyang
North Macedonia|Skopje
Norway|Oslo
Oman|Muscat
Pakistan|Islamabad
Palau
Palestine|Ramallah
Panama|Panama City
Papua New Guinea|Port Moresby
Paraguay|Asunción
Peru|Lima
Philippines|Manila
Poland|Warsaw
Portugal|Lisbon
Qatar|Doha
Republic of the Congo|Brazzaville
Romania|Bucharest
Russia|Moscow
Rwanda|Kigali
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa
San Marino
Sao Tome and Principe
Saudi Arabia|Riyadh
Senegal|Dakar
Serbia|Belgrade
Seychelles
Sierra Leone|Freetown
Singapore
Slovakia|Bratislava
Slovenia|Ljubljana
Solomon Islands|Honiara
Somalia|Mogadishu
South Africa|Pretoria
South Korea|Seoul
South Sudan|Juba
Spain|Madrid
Sri Lanka|Colombo
Sudan|Khartoum
Suriname|Paramaribo
Sweden|Stockholm
Switzerland|Bern
Syria|Damascus
Taiwan|Taipei
Tajikistan|Dushanbe
Tanzania|Dodoma
Thailand|Bangkok
Togo|Lomé
Tonga
Trinidad and Tobago
Tunisia|Tunis
Turkey|Ankara
Turkmenistan|Ashgabat
Tuvalu
Uganda|Kampala
Ukraine|Kyiv
United Arab Emirates|Abu Dhabi
United Kingdom|London
United States|Washington
Uruguay|Montevideo
Uzbekistan|Tashkent
Vanuatu
Vatican City
Venezuela|Caracas
Vietnam|Hanoi
Yemen|Sanaa
Zambia|Lusaka
Zimbabwe|Harare`;

/** Aliases a reader knows but text cannot tell; the key is the canonical name above. */
const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  // Bare "Korea" is South Korea (see the file comment); "North Korea" wins as the longer match.
  'South Korea': ['Korea', 'ROK', 'Republic of Korea', 'S.Korea', 'S. Korea'],
  'North Korea': ['DPRK', "Democratic People's Republic of Korea", 'N.Korea', 'N. Korea'],
  China: ["People's Republic of China", 'PRC'],
  Russia: ['Russian Federation'],
  'Czech Republic': ['Czechia'],
  Myanmar: ['Burma'],
  'Ivory Coast': ["Côte d'Ivoire"],
  'East Timor': ['Timor-Leste'],
  Turkey: ['Türkiye'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  Eswatini: ['Swaziland'],
  'Cape Verde': ['Cabo Verde'],
  Kyiv: ['Kiev'],
  Brasília: ['Brasilia'],
  Bogotá: ['Bogota'],
  'New Delhi': ['Delhi'],
};

/** Very large or very newsworthy non-capital cities, worldwide. */
const MAJOR_CITIES = [
  'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Honolulu',
  'Toronto', 'Vancouver', 'Montreal', 'São Paulo', 'Rio de Janeiro',
  'Shanghai', 'Hong Kong', 'Guangzhou', 'Shenzhen', 'Macau',
  'Osaka', 'Yokohama', 'Nagoya', 'Kyoto', 'Sapporo', 'Fukuoka', 'Hiroshima', 'Nagasaki', 'Okinawa',
  'New Taipei', 'Taichung', 'Kaohsiung', 'Tainan', 'Taoyuan',
  'Manhattan', 'Brooklyn', 'Bronx',
  'Busan', 'Incheon', 'Daegu', 'Gwangju', 'Jeju',
  'Mumbai', 'Kolkata', 'Bengaluru', 'Karachi', 'Lahore', 'Ho Chi Minh City',
  'Istanbul', 'Dubai', 'Tel Aviv', 'Gaza', 'Saint Petersburg', 'Vladivostok',
  'Geneva', 'Davos', 'Munich', 'Frankfurt', 'Milan', 'Barcelona', 'The Hague',
  'Sydney', 'Melbourne', 'Johannesburg', 'Lagos', 'Dar es Salaam', 'Casablanca', 'Alexandria', 'Mombasa',
];

/** The states and territories of the United States, which American stories name as a reader's places. */
const US_STATES_AND_TERRITORIES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Guam', 'Puerto Rico',
];

const REGIONS = [
  'Asia', 'Europe', 'Africa', 'Oceania', 'Antarctica', 'Middle East',
  'North America', 'South America', 'Latin America', 'Central America', 'Caribbean', 'Central Asia',
  'East Asia', 'Northeast Asia', 'Southeast Asia', 'South Asia', 'Korean Peninsula',
];

function buildPlaces(): PlaceEntry[] {
  const places: PlaceEntry[] = [];
  for (const line of COUNTRIES_AND_CAPITALS.split('\n')) {
    const [country, capital] = line.split('|');
    if (country) places.push({ name: country, aliases: PLACE_ALIASES[country] ?? [], kind: 'country' });
    if (capital) places.push({ name: capital, aliases: PLACE_ALIASES[capital] ?? [], kind: 'city' });
  }
  for (const city of MAJOR_CITIES) places.push({ name: city, aliases: PLACE_ALIASES[city] ?? [], kind: 'city' });
  for (const region of [...REGIONS, ...US_STATES_AND_TERRITORIES]) places.push({ name: region, aliases: [], kind: 'region' });
  return places;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const WEEKDAYS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];
/** Capitalised only because a sentence (or quote) starts with them, or never a name. */
const FUNCTION_WORDS = [
  'A', 'An', 'The', 'In', 'On', 'At', 'Of', 'To', 'By', 'For', 'From', 'With', 'Without', 'Into',
  'During', 'After', 'Before', 'Since', 'Until', 'Amid', 'Among', 'Under', 'Over', 'Despite',
  'Although', 'Though', 'While', 'When', 'Where', 'Whether', 'If', 'As', 'But', 'And', 'Or', 'Nor',
  'So', 'Yet', 'Also', 'Both', 'Either', 'Neither', 'According', 'Regarding', 'Meanwhile',
  'However', 'Moreover', 'Furthermore', 'Earlier', 'Later', 'Then', 'Now', 'Today', 'Tonight',
  'Yesterday', 'Tomorrow', 'Here', 'There', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He',
  'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Him', 'Them', 'Us',
  'What', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Which', 'Not', 'No', 'Yes', 'All', 'Some',
  'Many', 'Much', 'More', 'Most', 'Few', 'Such', 'Other', 'Another', 'Each', 'Every', 'Any',
  'One', 'Two', 'Three', 'First', 'Second', 'Third', 'Last', 'Next', 'Former', 'Top', 'New',
  'Senior', 'Several', 'Only', 'Even', 'Still', 'Just', 'Please', 'Photo', 'Provided', 'Read',
  'See', 'Related', 'Editor', 'Breaking', 'Update', 'Updated', 'Via',
  // Page widgets' verbs and particles: "Sign Up", "Follow", "Subscribe".
  'Up', 'Down', 'Out', 'Off', 'Sign', 'Subscribe', 'Follow', 'Share', 'Click', 'Download', 'Listen', 'Watch', 'Get',
  // Compass words are not names by themselves; "South Korea" and "East Asia" are matched first.
  'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest',
];

const DEMONYMS = [
  'American', 'Americans', 'Korean', 'Koreans', 'Japanese', 'Chinese', 'Russian', 'Russians',
  'Ukrainian', 'Ukrainians', 'British', 'English', 'French', 'German', 'Germans', 'Italian',
  'Spanish', 'Portuguese', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Polish', 'Swedish',
  'Norwegian', 'Danish', 'Finnish', 'Greek', 'Turkish', 'Israeli', 'Israelis', 'Palestinian',
  'Palestinians', 'Iranian', 'Iraqi', 'Syrian', 'Saudi', 'Egyptian', 'Indian', 'Pakistani',
  'Afghan', 'Bangladeshi', 'Thai', 'Vietnamese', 'Filipino', 'Filipinos', 'Indonesian',
  'Malaysian', 'Singaporean', 'Taiwanese', 'Mongolian', 'Australian', 'Canadian', 'Mexican',
  'Brazilian', 'Argentine', 'Peruvian', 'Chilean', 'Colombian', 'Venezuelan', 'Cuban',
  'Nigerian', 'Kenyan', 'Ethiopian', 'African', 'European', 'Europeans', 'Asian', 'Western',
  'Eastern', 'Northern', 'Southern', 'Pacific', 'Atlantic', 'Arab', 'Latin', 'Soviet', 'Philippine',
  'Emirati', 'Qatari', 'Cambodian', 'Burmese', 'Nepali',
  // Languages behave the same way: "in Arabic" is no place, "Mandarin" no name.
  'Arabic', 'Mandarin', 'Cantonese', 'Hindi', 'Hebrew', 'Urdu', 'Farsi', 'Persian', 'Swahili', 'Tagalog',
];

export const defaultEntityKnowledge: EntityKnowledge = {
  places: buildPlaces(),
  organizations: [
    { name: 'United Nations', aliases: ['UN', 'U.N.'] },
    { name: 'European Union', aliases: ['EU', 'E.U.'] },
    { name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
    // The large news agencies, which stories cite by their short names alone.
    { name: 'Reuters', aliases: [] },
    { name: 'Associated Press', aliases: ['AP'] },
    { name: 'Agence France-Presse', aliases: ['AFP'] },
    { name: 'Xinhua', aliases: ['Xinhua News Agency'] },
    { name: 'Yonhap', aliases: ['Yonhap News Agency'] },
    { name: 'Kyodo', aliases: ['Kyodo News'] },
  ],
  personTitles: [
    'President', 'President-elect', 'Vice President', 'Prime Minister', 'Deputy Prime Minister',
    'Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister',
    'Secretary', 'Secretary of State', 'Secretary of Defense', 'Secretary-General',
    'Chief Cabinet Secretary', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Gov.', 'Governor',
    'Mayor', 'Chancellor', 'Premier', 'Ambassador', 'Amb.', 'Chairman', 'Chairwoman', 'Chair',
    'Speaker', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'King', 'Queen', 'Prince', 'Princess',
    'Emperor', 'Pope', 'General', 'Gen.', 'Adm.', 'Lt.', 'Col.', 'Judge', 'Justice', 'Chief Justice',
    // British style drops the dot: "Mr Kim".
    'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mr', 'Ms', 'Mrs', 'Dr', 'Prof.', 'Prof', 'Professor', 'Rev.',
    // Honorifics of South and South-East Asian style, never part of the name: "Shri A. Rao", "Smt Lata Iyer",
    // "Datuk Seri Lim". ("Sheikh" is left out: in "Sheikh Hasina" it is the name itself.)
    'Shri', 'Shri.', 'Sri.', 'Smt', 'Smt.', 'Shrimati', 'Kumari', 'Datuk', 'Datuk Seri', 'Dato', 'Dato Seri', "Dato'", "Dato' Seri", 'Datin', 'Tan Sri', 'Puan', 'Encik',
    // A newsroom's own titles: never part of the name ("Reporter Lee So-yeon" is Lee So-yeon).
    'Reporter', 'Correspondent', 'Staff Reporter', 'Staff Writer', 'Columnist', 'Photographer',
    'CEO', 'Chief Executive', 'Attorney', 'Attorney General', 'Prosecutor', 'Captain', 'Capt.',
    // Heads of agencies, counties, police forces and armed services: "Executive Director Ana Ruiz",
    // "County Executive Tom Hale" (the county before it is a place), "Superintendent", "Rear Adm.".
    'Director', 'Executive Director', 'Managing Director', 'Deputy Director', 'County Executive', 'Executive',
    'Superintendent', 'Commissioner', 'Sheriff', 'Chief of Staff', 'Police Chief', 'Fire Chief',
    'Rear Adm.', 'Vice Adm.', 'Maj.', 'Sgt.', 'Lt. Col.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.',
    // British and Commonwealth shorthand for a person ("the PM said" names no body).
    'PM', 'MP', 'MEP',
    // Sport's and a workplace's job words, which stories set capitalised before a name: "Manager Ana Ruiz",
    // "Head Coach Tom Hale", "Striker Leo Marsh". Never part of the name.
    'Manager', 'General Manager', 'Boss', 'Coach', 'Head Coach', 'Assistant Coach', 'Chief', 'Skipper',
    'Striker', 'Goalkeeper', 'Midfielder', 'Defender', 'Winger', 'Full-back', 'Fly-half', 'Scrum-half', 'Quarterback', 'Pitcher',
    // Cricket's, racing's and officials': "Opener Dinesh Perera made 102", "Referee Paul Tierney".
    'Opener', 'Batsman', 'Batter', 'Bowler', 'Wicketkeeper', 'Jockey', 'Referee', 'Umpire',
  ],
  roleNouns: [
    'counterpart', 'counterparts', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy',
    'ambassador', 'lawmaker', 'legislator', 'official', 'adviser', 'advisor', 'aide', 'analyst',
    'professor', 'minister', 'president', 'premier', 'chairman', 'chairwoman', 'secretary',
    'leader', 'correspondent', 'reporter', 'director', 'successor', 'predecessor', 'deputy',
    // "a woman surnamed Koo": the name that follows is a person's.
    'surnamed',
  ],
  organizationHeads: [
    'Court', 'Assembly', 'Ministry', 'Agency', 'Council', 'Party', 'University', 'Committee',
    'Commission', 'Bank', 'Office', 'Department', 'Parliament', 'Congress', 'Senate',
    'Association', 'Organization', 'Organisation', 'Union', 'Alliance', 'Institute',
    'Foundation', 'Corporation', 'Company', 'Group', 'Network', 'News', 'Times', 'Post',
    'Daily', 'Herald', 'Journal', 'Board', 'Bureau', 'Service', 'Forces', 'Army', 'Navy',
    'Police', 'Federation', 'Coalition', 'College', 'School', 'Hospital', 'Cabinet',
    // Seats of government named as institutions: "White House", "Blue House", "House of Representatives".
    'House',
    'Authority', 'Administration', 'Reserve', 'Fund', 'Secretariat', 'Tribunal', 'Command', 'Corps',
    'League', 'Directorate', 'Inspectorate', 'Commissariat', 'Force', 'Trust',
    // Uniformed services: "Coast Guard", "National Guard".
    'Guard',
    // Carriers and companies: "Jeju Air", "Korean Air", "Hyundai Motors".
    'Air', 'Airlines', 'Airways', 'Aviation', 'Motors', 'Electronics', 'Industries', 'Holdings', 'Inc', 'Corp', 'Ltd',
    'Limited', 'Co', 'LLC', 'PLC', 'Pte',
    // Outlets and agencies, as datelines and credits name them: "(Meridian Wire)".
    'Wire', 'Newswire', 'Press', 'Gazette', 'Tribune', 'Courier', 'Chronicle', 'Telegraph', 'Broadcasting',
    'Television', 'Radio', 'Media', 'Shimbun', 'Ilbo',
    // Firms named by what they do: "Alameda Research", "Example Capital", "Example Labs".
    'Research', 'Capital', 'Partners', 'Labs', 'Technologies', 'Systems', 'Securities', 'Ventures', 'Exchange',
    // …and by trade: "Tokai Motor", "Daehan Steel" (not "Shipping": a ministry's list of portfolios ends in it).
    'Motor', 'Logistics', 'Steel', 'Chemical', 'Chemicals', 'Pharmaceutical', 'Pharmaceuticals', 'Telecom',
    'Insurance', 'Construction', 'Engineering', 'Semiconductor', 'Entertainment', 'Foods', 'Petroleum', 'Railway',
    'Railways', 'Marine', 'Mobility', 'Automotive', 'Electric',
    // Utilities: "Tohoku Electric Power", "KVR Energy" (only in a company's shape: read-sentences' narrowUtilityHeads).
    'Power', 'Energy',
    // Seats of government in Chinese-speaking systems ("Legislative Yuan"); an emergency body's "Headquarters".
    'Yuan', 'Headquarters',
    // Clinics, surveys and magazines: "Lakeshore Clinic", "Geological Survey", "Harbor Magazine".
    'Clinic', 'Survey', 'Magazine',
    // Hospitals by their other heads ("Glasgow Royal Infirmary", "St Ann's Hospice"); a firm by its industry
    // ("Helix Aerospace"; still not "Shipping", above).
    'Infirmary', 'Hospice', 'Aerospace',
    // Sports clubs by the words that end their names: "Riverton United", "Dunmore FC", "Kelso Rovers".
    'United', 'FC', 'AFC', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur',
  ],
  placeHeads: [
    'Airport', 'Airbase', 'Airfield', 'Cemetery', 'Memorial', 'Station', 'Stadium', 'Square', 'Province',
    'Prefecture', 'County', 'Harbour', 'Harbor', 'Island', 'Islands', 'Strait', 'Shrine', 'Temple', 'Boulevard',
    'Avenue', 'District', 'Sea', 'Ocean', 'Gulf', 'Bay', 'River', 'Lake', 'Peninsula', 'Valley', 'Canal', 'Bridge',
    'Palace', 'Hall', 'Complex', 'Mine', 'Mines',
    // Shipping lanes, docks, headlands and shores: "… Federal Channel", "… Marine Terminal", "Sparrows Point",
    // "Eastern Seaboard", "Gulf Coast"; a "Port" heads a place only with "of" ("Port of Rotterdam").
    'Channel', 'Terminal', 'Pier', 'Wharf', 'Point', 'Seaboard', 'Coast', 'Port',
    // Settlements named by a landmark word: "Pine Hollow", "Cedar Falls", "Willow Springs", "Oak Heights".
    'Hollow', 'Creek', 'Falls', 'Springs', 'Heights', 'Hills', 'Landing', 'Junction', 'Crossing',
    // "Ashford City", "Marlow Town": a town, or a club named after one; either way no person.
    'City', 'Town',
    // A facility is a place, as "Airport" is: "Metro Detention Center", "Lakeshore Medical Centre".
    'Center', 'Centre',
    // A street, which stories also name for the office on it ("Downing Street said").
    'Street', 'Road',
    // Regions by their own last word, in English or the country's word: "Amur Region", "Kursk Oblast", "Uttar
    // Pradesh", "Primorsky Krai", "Northern Territory"; launch sites: "Baikonur Cosmodrome", "Kodiak Spaceport".
    'Region', 'Oblast', 'Krai', 'Pradesh', 'Territory', 'Cosmodrome', 'Spaceport',
  ],
  standaloneOrganizations: ['Senate', 'Congress', 'Parliament', 'Pentagon', 'Kremlin'],
  eventHeads: [
    'Meeting', 'Meetings', 'Summit', 'Dialogue', 'Conference', 'Forum', 'Talks', 'Games',
    'Olympics', 'War', 'Ceremony', 'Day', 'Festival', 'Exercise', 'Exercises', 'Agreement',
    'Accord', 'Treaty', 'Declaration', 'Act', 'Law', 'Debacle', 'Crisis',
    // A wildfire is named by its place and "Fire" ("Hawk Ridge Fire"); a fire service by "Fire" alone is a body
    // no rule can type, so it is named by neither.
    'Fire',
    // Competitions: "a first Grand Slam", "the Halden Cup", "the World Championships".
    'Slam', 'Cup', 'Championship', 'Championships', 'Trophy', 'Tournament',
  ],
  productHeads: [
    'Briefing', 'Briefings', 'Brief', 'Newsletter', 'Newsletters', 'Podcast', 'Digest', 'Edition',
    // Documents a body publishes: "its Post Incident Review", "a full Root Cause Analysis", "the Annual Risk Assessment".
    'Review', 'Analysis', 'Assessment', 'Audit',
  ],
  demonyms: DEMONYMS,
  stopWords: [...FUNCTION_WORDS, ...MONTHS, ...WEEKDAYS],
  nameConnectors: ['of', 'for', 'and', 'the', 'on'],
  speechCues: [
    'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'stated', 'states', 'stating',
    'added', 'adds', 'adding', 'stressed', 'stresses', 'stressing', 'noted', 'notes', 'noting',
    'emphasized', 'emphasised', 'emphasizing', 'emphasising', 'explained', 'urged', 'warned',
    'insisted', 'asked', 'replied', 'wrote', 'announced', 'declared', 'according to',
    'called on', 'calls on', 'calling on',
    // A remark given as what someone named a thing or owned to: "Whitlock called it “the biggest change”".
    'called it', 'calls it', 'calling it', 'described it as', 'describes it as', 'acknowledged', 'admitted', 'conceded',
    'argued', 'recalled', 'promised', 'vowed', 'pledged', 'claimed', 'remarked', 'cautioned', 'predicted', 'tweeted', 'posted',
  ],
  speechAuxiliaries: ['has', 'had', 'also', 'then', 'later', 'reportedly', 'further', 'again', 'once', 'now', 'previously'],
  creditCues: [
    'provided by', 'courtesy of', 'courtesy:', 'photo by', 'photos by', 'photo:', 'photo courtesy',
    'photograph by', 'image:', 'image by', 'picture by', 'credit:', 'source:', 'file photo', 'screenshot',
    'reporting by', 'additional reporting by', 'written by', 'editing by', 'this article was', 'this story was',
  ],
  creditLineOpeners: [
    'reporting by', 'additional reporting by', 'writing by', 'written by', 'editing by', 'edited by', 'compiled by',
    'reported by', 'contributed by', 'this article was', 'this story was', 'this report was',
  ],
  bylineOpeners: ['by', 'reporter', 'reporters', 'correspondent', 'staff reporter', 'staff writer', 'words by'],
  creditPhrases: ['contributed to this report', 'contributed to this article', 'contributed to this story', 'contributed reporting'],
};
