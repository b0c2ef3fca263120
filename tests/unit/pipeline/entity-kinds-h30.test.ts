/**
 * Kinds a fact-checker trusts on pages nobody tuned on: a score between two surnames, a number word before a plural
 * noun, a place-forming first word, a vessel after a role. Each probe gives the cue a reader goes by, never the name
 * itself, and the names are made up. Pages are pinned to PUBLISHED.
 */
import { runProbes } from './entity-probe';

runProbes('entity kinds: sides, competitions, places and vessels (review h25 #14)', {
  'a score between two names': [
    {
      title: 'a tennis score headline does not make the winner a firm: "Kerr 2-0 Sova" over Nadia Kerr',
      pages: [['Kerr 2-0 Sova: Briton into final', 'Nadia Kerr beat Lena Sova in straight sets on Thursday to reach the final.', 'Kerr said she was delighted with her serve.']],
      persons: ['Nadia Kerr', 'Lena Sova'],
      notKinds: [['Kerr', 'organization'], ['Sova', 'organization']],
      same: [['Kerr', 'Nadia Kerr']],
    },
    {
      title: 'two clubs in a score, with no player of that name, stay bodies',
      pages: [['Castamar 2-1 Eastmoor', 'Castamar beat Eastmoor 2-1 on Sunday to go top of the league.', 'Eastmoor boss Tom Reid said his side were unlucky.']],
      kinds: [['Castamar', 'organization'], ['Eastmoor', 'organization']],
      notPersons: ['Castamar', 'Eastmoor'],
      persons: ['Tom Reid'],
    },
    {
      title: 'a model number still names its maker',
      pages: [['Jet lands safely', 'A Boeing 737-800 landed safely at Tolby on Sunday after an engine fault.', 'Boeing said it was looking into the fault.']],
      kinds: [['Boeing', 'organization']],
    },
  ],
});
