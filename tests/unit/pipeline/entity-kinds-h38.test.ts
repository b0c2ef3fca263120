/**
 * Kinds on pages of a space story nobody tuned on (brief h38): honorifics and initials in a person's name, regions and
 * launch sites told by their own last word, acronyms and camel-case brands that act as bodies, a lone name a body
 * noun introduces, a "Union" listed among countries, a facility that speaks. Names are made up; pages are pinned to
 * PUBLISHED.
 */
import { runProbes } from './entity-probe';

runProbes('entity kinds: honorifics, regions, acronyms and bodies (brief h38)', {
  'honorifics and initials': [
    {
      title: '"Shri" and "Smt." are honorifics, not part of the name; an initial is',
      pages: [['Rover wakes', 'Shri K. Venkatesh, Chairman, the agency, congratulated the teams.', 'Smt. Lata Iyer said the rover was working.']],
      persons: ['K. Venkatesh', 'Lata Iyer'],
      notPersons: ['Shri K. Venkatesh', 'Smt. Lata Iyer'],
    },
    {
      title: '"Datuk Seri" and "Prof" stand before the name; "Sri Lanka" stays a place and "Sri Mulyani" a name',
      pages: [['Plant opens', 'Datuk Seri Lim Wei Ming opened the plant on Monday.', 'Prof Tom Hale spoke after him.', 'In Sri Lanka, Sri Mulyani said the deal was good.']],
      persons: ['Lim Wei Ming', 'Tom Hale', 'Sri Mulyani'],
      notPersons: ['Datuk Seri Lim Wei Ming', 'Prof Tom Hale'],
      kinds: [['Sri Lanka', 'place']],
    },
  ],
  'regions and launch sites by their last word': [
    {
      title: '"X Pradesh", "X Region", "X Oblast" and "X Cosmodrome" are places, not people',
      pages: [['Rocket flies', 'The rocket lifted off from an island off Tamil Pradesh on Monday.', 'Its stage fell in the Mezen Region, far from the Plesetsk Cosmodrome.', 'Ivan Petrov said Tomsk Oblast was safe.']],
      kinds: [['Tamil Pradesh', 'place'], ['Mezen Region', 'place'], ['Plesetsk Cosmodrome', 'place'], ['Tomsk Oblast', 'place']],
      notPersons: ['Tamil Pradesh', 'Mezen Region', 'Plesetsk Cosmodrome', 'Tomsk Oblast'],
      persons: ['Ivan Petrov'],
    },
  ],
  'acronyms and camel-case brands that act as bodies': [
    {
      title: 'an acronym after "at" or "from", before "summit", or opening a clause as a subject is a body',
      pages: [['Link restored', 'Contact was restored with the lander at KOSTRAC, Bengaluru.', 'Leaders met at the OPTRA summit in Lagos.', 'ORBITA said on Monday the rover was working, and data from VELTEC confirmed it.']],
      kinds: [['KOSTRAC', 'organization'], ['OPTRA', 'organization'], ['ORBITA', 'organization'], ['VELTEC', 'organization']],
      notPersons: ['KOSTRAC', 'ORBITA'],
    },
    {
      title: 'initials of two or three letters as a subject, and a theme before "summit", are not read as bodies',
      pages: [['Founder speaks', 'Samuel Brandt, known as SBF, spoke on Monday.', 'SBF said he was sorry.', 'Delegates gathered for the AI summit in Paris.']],
      notKinds: [['SBF', 'organization'], ['AI', 'organization']],
    },
    {
      title: 'a surname in capitals acting alone ("Later, KOVALA said") is the person named "KOVALA Anneli" elsewhere',
      pages: [['Ministers meet', 'Ms. KOVALA Anneli, Minister for Trade, met envoys in Lima.', 'Later, KOVALA said the talks were useful.']],
      notKinds: [['KOVALA', 'organization']],
    },
    {
      title: 'a camel-case brand that owns, acts or follows "from" is a body; "McAllister" and "DeSantis" are not brands',
      pages: [['Launch day', "Rocketry's Velox lifted off; SpaceX's rocket flew later.", 'JetBlue said flights were delayed, and a pilot from OpenAI spoke.', 'Tom McAllister said he was glad, and Ron DeSantis said he agreed.']],
      kinds: [['SpaceX', 'organization'], ['JetBlue', 'organization'], ['OpenAI', 'organization']],
      persons: ['Tom McAllister', 'Ron DeSantis'],
      notKinds: [['McAllister', 'organization'], ['DeSantis', 'organization']],
    },
  ],
  'a lone name a body noun introduces': [
    {
      title: '"the state space corporation X said" makes X a body in every article, also where X says things alone',
      pages: [['Probe lost', 'Contact with the craft was lost, the state space corporation Glavkosmos said.', 'A commission will look into it, Glavkosmos said.'], ['Loss admitted', 'Glavkosmos admitted the loss on Sunday.', 'The space agency Aerokos said on Monday it had data.']],
      kinds: [['Glavkosmos', 'organization'], ['Aerokos', 'organization']],
      notPersons: ['Glavkosmos', 'Aerokos'],
    },
    {
      title: 'a person named after a body noun with a determiner, or a trade compound, stays a person',
      pages: [['Agency row', 'Tom Reid, a travel agency owner, said the fees were too high.', 'Maria Lopez, the agency chief, agreed with Reid.']],
      persons: ['Tom Reid', 'Maria Lopez'],
    },
  ],
  'a union among countries, a centre that speaks': [
    {
      title: 'a "Union" between two countries in a list is a state, a place',
      pages: [['Club of three', 'Only Japan, the former Soviet Union and China had done it before.']],
      kinds: [['Soviet Union', 'place']],
      notKinds: [['Soviet Union', 'organization']],
    },
    {
      title: 'a "Union" beside one country only, or among bodies, stays a body',
      pages: [['Strike spreads', 'The Teachers Union and the Nurses Union walked out, and the Farmers Union and Brazil signed a deal.']],
      kinds: [['Farmers Union', 'organization'], ['Nurses Union', 'organization']],
      notKinds: [['Farmers Union', 'place']],
    },
    {
      title: 'a "Center" that speaks is a body; one that treats or houses people stays a place',
      pages: [['Storm nears', 'The storm will strengthen overnight, the National Tornado Center said.', 'The Lakeshore Medical Centre treated six people.']],
      kinds: [['National Tornado Center', 'organization'], ['Lakeshore Medical Centre', 'place']],
      notKinds: [['National Tornado Center', 'place']],
    },
  ],
  'a launch\'s "from"': [
    {
      title: 'one name word after "launched from", "launch from" or "lifted off from" is a place',
      pages: [['Launch', 'The probe was launched from Velapuri on 14 July.', 'Its twin is due to launch from Velapuri again on Saturday.', 'A rocket lifted off from Kestrel Point on Monday.']],
      kinds: [['Velapuri', 'place'], ['Kestrel Point', 'place']],
      notPersons: ['Velapuri'],
    },
    {
      title: 'a "from" after no launch or journey word names no place, and a full name still wins',
      pages: [['Apology', 'She got a call from Morrison on Monday.', 'Morrison said he was sorry.', 'The craft launched from Novak, said Ana Novak.']],
      notKinds: [['Morrison', 'place'], ['Novak', 'place']],
      persons: ['Ana Novak'],
    },
  ],
  'a landmark given a name': [
    {
      title: '"named Tara Vale point on Saturday", "called the spot Ember crater": the name and its noun are a place',
      pages: [['Rover roams', 'The rover is driving around the site, which Premier Tom Hale named Tara Vale point on Saturday.', 'The team called the spot Ember crater.']],
      kinds: [['Tara Vale point', 'place'], ['Ember crater', 'place']],
      notPersons: ['Tara Vale'],
      persons: ['Tom Hale'],
    },
    {
      title: 'a person named to a role ("named Leo Marsh captain", "named Leo Marsh point guard") stays a person',
      pages: [['Squad news', 'Ana Ruiz named Leo Marsh captain on Monday.', 'The club named Leo Marsh point guard.']],
      persons: ['Leo Marsh', 'Ana Ruiz'],
      notKinds: [['Leo Marsh point', 'place']],
    },
  ],
  'a city\'s clock': [
    {
      title: '"14:57 Moscow time" names a time zone, not the city; "in Moscow" and "US time" are mentions',
      pages: [['Clock', 'Contact was lost at 14:57 Moscow time on Saturday.', 'Flights stopped early in the morning, US time.']],
      notKinds: [['Moscow', 'place']],
      kinds: [['United States', 'place']],
    },
    {
      title: 'the same city named as a place elsewhere is still found',
      pages: [['Talks', 'Talks in Moscow ended on Monday at 18:00 Moscow time.']],
      kinds: [['Moscow', 'place']],
    },
  ],
  'an acronym written as a word': [
    {
      title: '"Optra" on one page is the "OPTRA" found on another; "Nato" is NATO',
      pages: [['Bloc meets', 'Leaders met at the OPTRA summit in Lagos on Monday.'], ['Bloc grows', 'The Optra summit ended with a deal, and Nato welcomed it.']],
      same: [['OPTRA', 'Optra']],
      kinds: [['North Atlantic Treaty Organization', 'organization']],
      notPersons: ['Optra', 'Nato'],
    },
    {
      title: 'a word written in lowercase elsewhere, or a person\'s name, is not taken for an acronym',
      pages: [['Care', 'The CARE summit opened in Lagos.', 'Nurses who care for patients marched. Care was needed.', 'Ana Dorn met the DORN meeting chair.']],
      notKinds: [['Care', 'organization']],
      persons: ['Ana Dorn'],
    },
  ],
});
