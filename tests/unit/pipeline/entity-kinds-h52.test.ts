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
      title: 'not "the peninsula" alone, nor a person before it',
      pages: [['Quake shakes coast', 'Mina Castell drove across the peninsula on Monday.']],
      persons: ['Mina Castell'],
      notKinds: [['Mina Castell', 'place']],
    },
  ],
  'utilities named by "Power" or "Energy"': [
    {
      title: '"Ostra Electric Power" and "Belmont Energy" are bodies; "Power" is no person',
      pages: [['Plant checked', 'Ostra Electric Power said its reactors were safe.', 'Belmont Energy said supply was restored.']],
      kinds: [['Ostra Electric Power', 'organization'], ['Belmont Energy', 'organization']],
      notPersons: ['Power', 'Ostra Electric Power', 'Belmont Energy'],
    },
    {
      title: 'a person named before "power" in lowercase stays a person',
      pages: [['Vote counted', 'Lena Ruiz gained power after the vote on Monday.']],
      persons: ['Lena Ruiz'],
    },
  ],
});
