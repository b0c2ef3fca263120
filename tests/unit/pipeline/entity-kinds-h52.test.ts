/**
 * Kinds on disaster pages (brief h52): a peninsula written with a lowercase head, as "Gimpo airport" is, names a place
 * and its first word the same place; a utility named by "Power" or "Energy" is a body, not a person called "Power".
 * Names are made up; pages are pinned to PUBLISHED.
 */
import { runProbes } from './entity-probe';

runProbes('entity kinds: peninsulas and utilities (brief h52)', {
  'a lowercase "peninsula"': [
    {
      title: '"Varda peninsula" is a place, and "Varda" alone later names it too',
      pages: [['Quake shakes coast', 'A strong quake hit the Varda peninsula on Monday.', 'Roads into Varda were cut, officials said.']],
      kinds: [['Varda peninsula', 'place'], ['Varda', 'place']],
      notPersons: ['Varda'],
    },
    {
      title: 'a titled person before a lowercase "peninsula" stays a person (review h58)',
      pages: [['Roads shut', 'Governor Ilse Varnholt said peninsula roads were shut on Monday.', 'Varnholt peninsula visit was called off.']],
      persons: ['Ilse Varnholt'],
      notKinds: [['Varnholt', 'place'], ['Varnholt peninsula', 'place']],
    },
    {
      title: 'not "the peninsula" alone, nor a person before it',
      pages: [['Quake shakes coast', 'Mina Castell drove across the peninsula on Monday.']],
      persons: ['Mina Castell'],
      notKinds: [['Mina Castell', 'place']],
    },
  ],
  'utilities named by "Power" or "Energy"': [
    {
      // (Review h58: "Belmont Energy" had one name word before "Energy", the shape of "Samantha Power"; a utility is
      // now known by a trade word, a place or an acronym before its head.)
      title: '"Ostra Electric Power" and "KVR Energy" are bodies; "Power" is no person',
      pages: [['Plant checked', 'Ostra Electric Power said its reactors were safe.', 'KVR Energy said supply was restored.']],
      kinds: [['Ostra Electric Power', 'organization'], ['KVR Energy', 'organization']],
      notPersons: ['Power', 'Ostra Electric Power', 'KVR Energy'],
    },
    {
      title: 'a given name and surname "Power" is a person, later "Power" alone too (review h58)',
      pages: [['Envoy speaks', 'Corinne Power, a former envoy, said on Monday that aid must resume.', 'Power added that talks mattered.']],
      persons: ['Corinne Power'],
      notKinds: [['Corinne Power', 'organization'], ['Power', 'organization']],
      same: [['Corinne Power', 'Power']],
    },
    {
      title: 'a coach called Power is no body (review h58)',
      pages: [['Coach quits', 'Coach Dara Power resigned on Monday.']],
      notKinds: [['Coach Dara Power', 'organization'], ['Dara Power', 'organization']],
    },
    {
      title: 'a generic adjective before "Power" or "Energy" names no body (review h58)',
      pages: [['Debate', 'Backers of Nuclear Power marched on Monday.', 'Fans of Solar Energy disagreed.', 'Analysts called it a show of Soft Power.']],
      notKinds: [['Nuclear Power', 'organization'], ['Solar Energy', 'organization'], ['Soft Power', 'organization']],
    },
    {
      title: 'a person named before "power" in lowercase stays a person',
      pages: [['Vote counted', 'Lena Ruiz gained power after the vote on Monday.']],
      persons: ['Lena Ruiz'],
    },
  ],
});
