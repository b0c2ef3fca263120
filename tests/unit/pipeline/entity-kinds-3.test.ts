/**
 * Bodies, places, competitions and ships typed as people, and a person lost before a score: each probe gives the
 * cue a reader goes by (a head noun ending the name, a role noun and a person after a body's name, "aboard", a noun
 * for a vessel before the name), never the name itself. Pages are made up; each is pinned to PUBLISHED.
 */
import { runProbes } from './entity-probe';

runProbes('entity kinds: bodies, places and things named like people', {
  'a head noun ends the name': [
    {
      title: 'a hospital named by "Infirmary" is no person; the nurse named beside it is',
      pages: [['Operations cancelled', 'Routine surgery at Kelderby Royal Infirmary was cancelled on Tuesday.', 'Nurse manager Ruth Osei said staff were exhausted.']],
      notPersons: ['Kelderby Royal Infirmary'],
      persons: ['Ruth Osei'],
    },
    {
      title: 'a street named as the government is no person',
      pages: [['Minister quits', 'Selwyn Street said the prime minister would name a successor next week.', 'Corvin Lane said on Monday he was sorry.']],
      notPersons: ['Selwyn Street'],
      persons: ['Corvin Lane'],
    },
    {
      title: '"Downing Street said" (a street heads the name) is a place, not a person',
      pages: [['Minister quits', 'Pemberton Street said Olivia Grant would appoint a successor next week.']],
      notPersons: ['Pemberton Street'],
      persons: ['Olivia Grant'],
    },
    {
      title: 'a firm named after a role noun by its industry ("the ship\'s manager, Orlen Shipping") is no person',
      pages: [['Crew safe', 'Its 21 crew members are safe, according to the ship\'s manager, Orlen Shipping.', 'Captain Rui Costa said the crew were calm.']],
      notPersons: ['Orlen Shipping'],
      persons: ['Rui Costa'],
    },
    {
      title: 'a firm named by its industry ("Aerospace") is no person',
      pages: [['Rocket flies', 'Tavin Aerospace launched a rocket on Tuesday.', 'Tavin Aerospace said all 21 satellites were working.']],
      notPersons: ['Tavin Aerospace'],
    },
    {
      title: 'a competition ("Grand Slam", "Cup") is no person',
      pages: [['Kovar wins first Grand Slam', 'Mira Kovar won her first Grand Slam on Saturday.', 'Her side lost the Halden Cup final last year.']],
      notPersons: ['Grand Slam', 'Halden Cup'],
      persons: ['Mira Kovar'],
    },
  ],
  'a role noun and a person after the name': [
    {
      title: 'a union, a firm and a team before "officer", "spokeswoman" or "star" and a person are bodies',
      pages: [
        ['Strike on', 'Unify regional officer Karen Dole said members had no choice.', 'Talks between Unify and the airport resumed at 8am.'],
        ['Prams recalled', 'Brambleton Baby spokeswoman Leah Dunn said no child had broken a bone.'],
        ['Golden Hawks star Okoro signs', 'Emeka Okoro signed on Thursday.'],
      ],
      notPersons: ['Unify', 'Brambleton Baby', 'Golden Hawks'],
      persons: ['Karen Dole', 'Leah Dunn', 'Emeka Okoro'],
    },
    {
      title: 'a name that recalls goods by the thousand is a maker; a person who recalled a talk is not',
      pages: [['Prams recalled', 'Brambleton Baby is recalling about 310,000 prams sold in Canada.', 'Leah Dunn recalled that she had warned the board.']],
      notPersons: ['Brambleton Baby'],
      persons: ['Leah Dunn'],
    },
    {
      title: 'a person written before her spokeswoman stays a person where the text calls her "she"',
      pages: [['Aide named', 'President Ana Holt met voters on Monday, and she said she would return.', 'Holt spokeswoman Ruth Kay said the trip was private.']],
      persons: ['Ana Holt'],
    },
  ],
  'a ship': [
    {
      title: '"the tanker X", "aboard the X" and "X, which was seized" name a ship, no person',
      pages: [
        ['Tanker seized', 'Armed men boarded and seized the Liberian-flagged oil tanker Marlow Dawn in the Gulf of Oman on Thursday.', 'Marlow Dawn was carrying crude oil to Singapore.'],
        ['Crew safe', 'The ministry said it was in contact with the families of sailors aboard the Marlow Dawn, which was seized on Thursday.'],
      ],
      notPersons: ['Marlow Dawn'],
    },
    {
      title: 'a captain named aboard a ship stays a person',
      pages: [['Crew safe', 'Captain Elena Cruz said aboard the vessel that the crew were safe.', 'Elena Cruz, who has sailed for 20 years, was unhurt.']],
      persons: ['Elena Cruz'],
    },
  ],
  'a name before a score': [
    {
      title: '"beating top seed Jana Horak 6-4, 3-6, 7-5" keeps the person',
      pages: [['Final', 'Mila Kovar won the final on Saturday, beating top seed Jana Horak 6-4, 3-6, 7-5 in two hours.']],
      persons: ['Mila Kovar', 'Jana Horak'],
    },
    {
      title: 'a model number after a maker still makes no person ("Boeing 737-800")',
      pages: [['Jet lands', 'A Corvel Astra 737-800 landed safely on Monday.']],
      notPersons: ['Corvel Astra'],
    },
  ],
});
