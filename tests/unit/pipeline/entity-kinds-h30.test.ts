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
  'a number word before a plural noun': [
    {
      title: '"Six Nations" is a competition, not a person; the coach named beside it is',
      pages: [['Six Nations: Ireland crush France', 'Ireland beat France 30-12 in Dublin on Saturday.', 'Ireland coach Tom Reid said Six Nations rugby had never been tougher.']],
      notPersons: ['Six Nations'],
      persons: ['Tom Reid'],
    },
    {
      title: '"Formula One" and "Big Ten" are no people',
      pages: [['Season opens', 'Formula One returns to Melbourne on Sunday, team principal Ana Ruiz said.', 'Big Ten officials met Leo Brandt on Monday.']],
      notPersons: ['Formula One', 'Big Ten'],
      persons: ['Ana Ruiz', 'Leo Brandt'],
    },
  ],
  'a place-forming first word or a place cue': [
    {
      title: '"Bandar Abbas" (a port\'s first word, "in" before it) is a place',
      pages: [['Tanker seized off Bandar Abbas', 'Iranian forces seized a tanker on Thursday.', 'Bandar Abbas is the main port of the region.', 'Officials in Bandar Abbas said the crew were well.']],
      kinds: [['Bandar Abbas', 'place']],
      notPersons: ['Bandar Abbas'],
    },
    {
      title: '"the port of" makes a two-word name a place, whatever its first word',
      pages: [['Ship detained', 'Customs officers held a cargo ship in the port of Ilo Vanta on Monday.', 'Ilo Vanta harbour master Rosa Vidal said the papers were forged.']],
      kinds: [['Ilo Vanta', 'place']],
      notPersons: ['Ilo Vanta'],
      persons: ['Rosa Vidal'],
    },
    {
      title: 'a port\'s first word needs no preposition: "Santa Cruz and Bandar Seri Begawan were also hit"',
      pages: [['Dock strike spreads', 'Dock workers in Port Louis went on strike on Monday.', 'Santa Cruz and Bandar Seri Begawan were also hit by stoppages.']],
      kinds: [['Santa Cruz', 'place'], ['Bandar Seri Begawan', 'place'], ['Port Louis', 'place']],
      notPersons: ['Santa Cruz', 'Bandar Seri Begawan'],
    },
    {
      title: '"San" before a name needs a place cue: "San Min said he" is a person',
      pages: [['Talks', 'Union leader San Min said on Monday he would meet the minister.']],
      persons: ['San Min'],
    },
    {
      title: 'a person named after "in" with no place-forming first word stays a person',
      pages: [['Faith in leader', 'Voters kept their faith in Tom Mercer on Sunday.', 'Mercer said he was humbled.']],
      persons: ['Tom Mercer'],
    },
  ],
  'a vessel after a role': [
    {
      title: '"Captain Jonas Berg of the Northern Star said": the ship\'s last word is no person',
      pages: [['Ship rescued', 'Captain Jonas Berg of the Northern Star said on Thursday the crew was safe.', 'Berg said the engines failed in the storm.']],
      persons: ['Jonas Berg'],
      notPersons: ['Star', 'Northern Star'],
      people: 1,
    },
    {
      title: 'a demonym before a person\'s name does not hide her',
      pages: [['Final won', 'Brazilian Ana Ruiz said on Sunday she was proud of the win.']],
      persons: ['Ana Ruiz'],
    },
  ],
  'found by the review probe (h30)': [
    {
      title: 'a college side ending on "State" or "Tech" is no person',
      pages: [['Title for Harlan', 'Harlan State beat Corby Tech 3-1 on Saturday to win the title.', 'Coach Tom Reid said his players never gave up.']],
      notPersons: ['Harlan State', 'Corby Tech'],
      persons: ['Tom Reid'],
    },
    {
      title: 'a cricket role word opening the sentence is no part of the name: "Opener Dinesh Perera"',
      pages: [['Colombo Test', 'Sri Lanka reached 245 for six against Pakistan in Colombo on Thursday.', 'Opener Dinesh Perera made 102 before he was caught.']],
      persons: ['Dinesh Perera'],
      notPersons: ['Opener Dinesh Perera'],
    },
    {
      title: 'a mining firm\'s first word, found by "shares fell", is the firm, not a second body',
      pages: [['Tarn Mining profit falls', 'Tarn Mining said on Tuesday its profit fell 20% last year.', 'Tarn shares fell 4% in Johannesburg.']],
      kinds: [['Tarn Mining', 'organization']],
      same: [['Tarn', 'Tarn Mining']],
    },
    {
      title: '"Dar es Salaam" is one place, not "Dar"',
      pages: [['Protests in the port', 'Police fired tear gas at protesters in Dar es Salaam on Friday.', 'Opposition leader Tundu Mwakyusa said the vote had been rigged.']],
      kinds: [['Dar es Salaam', 'place']],
      notKinds: [['Dar', 'place']],
      persons: ['Tundu Mwakyusa'],
    },
  ],
  'found by the second review probe (h30)': [
    {
      title: 'a side before its coach is a body even when "his" follows the coach: "Super Eagles coach Finidi George said his …"',
      pages: [['Eagles through', 'Nigeria beat Ghana 2-0 in Abuja on Friday.', 'Super Eagles coach Finidi George said his players were superb.']],
      notPersons: ['Super Eagles'],
      persons: ['Finidi George'],
    },
    {
      title: '"Port Harcourt" is one place, not "Harcourt"',
      pages: [['Blast at refinery', 'An explosion at a refinery near Port Harcourt killed six people on Monday.', 'Port Harcourt residents reported a loud bang.']],
      kinds: [['Port Harcourt', 'place']],
      notKinds: [['Harcourt', 'place']],
    },
    {
      title: 'clubs named "Port Vale" and "Stockport County" that beat and are beaten are bodies',
      pages: [['Vale edge Stockport', 'Port Vale beat Stockport County 2-1 in League Two on Saturday.', 'Vale boss Darren Moore said the win was deserved.']],
      kinds: [['Port Vale', 'organization'], ['Stockport County', 'organization']],
      notKinds: [['Port Vale', 'place'], ['Stockport County', 'place']],
      persons: ['Darren Moore'],
    },
    {
      title: 'a bank\'s first word, found by "shares rose", is the bank',
      pages: [['Lodestar Bank profit rises', 'Lodestar Bank reported on Thursday a 12% rise in profit.', 'Lodestar shares rose 3% in Singapore.']],
      same: [['Lodestar', 'Lodestar Bank']],
    },
    {
      title: '"Referee Paul Tierney" keeps his title out of his name',
      pages: [['Match abandoned', 'The match between Castamar and Doria was abandoned on Saturday after crowd trouble.', 'Referee Paul Tierney said players had been hit by coins.']],
      persons: ['Paul Tierney'],
      notPersons: ['Referee Paul Tierney'],
    },
    {
      title: 'a country\'s name as a given name: "Chad Morris resigned", with "Morris said he" on the page',
      pages: [['Morris quits', 'Chad Morris resigned as coach of Harlan on Monday.', 'Morris said he was proud of the players.']],
      persons: ['Chad Morris'],
      notKinds: [['Chad', 'place']],
    },
    {
      title: 'negative: the country that acts, with no such surname alone, stays a place',
      pages: [['Border reopens', 'Chad Border posts reopened on Monday.', 'Officials in Chad said trade would resume.']],
      notPersons: ['Chad Border'],
    },
    {
      title: 'a country\'s name as a surname before "a Ruiz aide": "Michael Jordan, a Ruiz aide, said"',
      pages: [['Talks in Amman', 'King Abdullah of Jordan met Ana Ruiz in Amman on Monday.', 'Michael Jordan, a Ruiz aide, said the talks went well.']],
      persons: ['Michael Jordan', 'Ana Ruiz'],
      kinds: [['Jordan', 'place']],
    },
    {
      title: 'a team named after "Formula One team" is a body',
      pages: [['Velox fined', 'Formula One team Velox was fined $1m on Friday for breaking the cost cap.', 'Team principal Ana Ruiz said Velox would appeal.']],
      kinds: [['Velox', 'organization']],
      notPersons: ['Velox'],
      persons: ['Ana Ruiz'],
    },
  ],
});
