/**
 * Probe: people whose first name or surname is also a month or a place ("April Marsh", "Tom May",
 * "Jordan Price"), and bodies whose name holds a country's short form ("Reform UK"). A month or a
 * place word directly before a capitalised surname, after a role word or followed by what a person
 * does, is a first name; a month right after a first name is a surname. Negatives: the month as a
 * date ("in April Marsh said"), the place as a place ("in Paris Friday", "Jordan Valley", "Paris
 * Saint-Germain"), and the country named on its own.
 *
 * Every page is in our own words and pins its publication day. `gap` marks a case the rules do not
 * get right yet (it.fails: it turns red once fixed, so the mark must go).
 */
import { runProbes, type Probe } from './entity-probe';

const PROBES: Record<string, Probe[]> = {
  'a month as a first name or surname': [
    { title: 'a role word before a month first name', pages: [['Talks held', "Health Secretary April Marsh met nurses' leaders in Leeds."]], persons: ['April Marsh'] },
    { title: 'a month surname after a first name', pages: [['New deputy', 'Her deputy, Tom May, will take over next week.']], persons: ['Tom May'], notPersons: ['Tom'] },
    { title: 'a minister with a month surname', pages: [['Statement', 'Minister Tom May said the plan would go ahead.']], persons: ['Tom May'], notPersons: ['Tom'] },
    { title: 'a judge named June', pages: [['Sentenced', 'Judge June Whitfield jailed the men on Thursday.']], persons: ['June Whitfield'] },
    { title: 'a coach named August', pages: [['Departure', 'Coach August Lindqvist resigned on Thursday.']], persons: ['August Lindqvist'] },
    { title: 'a month given name opening the sentence before said', pages: [['Bid', 'April Marsh said she would stand again.']], persons: ['April Marsh'], notPersons: ['Marsh'] },
    { title: 'a month given name after a comma before said', pages: [['Bid', 'On Monday, April Marsh said she would stand again.']], persons: ['April Marsh'] },
    { title: 'a month surname before said', pages: [['Handover', 'Tom May said he would take over in the autumn.']], persons: ['Tom May'] },
    { title: 'negative: a month after a preposition before a speaker', pages: [['Plan', 'In May Tom Hale said the plan was dead.']], persons: ['Tom Hale'], notPersons: ['May Tom Hale'] },
    { title: 'negative: the month as a date before a name', pages: [['Vote due', 'In April Marsh said the vote would be held in the summer.']], notPersons: ['April Marsh'] },
    { title: 'negative: a month and a day', pages: [['Deadline', 'The deadline is May 4, the council said on Monday.']], people: 0 },
  ],
  'a place as a first name': [
    { title: 'footballers with place first names', pages: [['Match report', 'Striker Jordan Price scored twice on Thursday.', 'Defender Georgia Bell was sent off on Thursday.', 'Midfielder Paris Whitaker signed a new contract on Thursday.']], persons: ['Jordan Price', 'Georgia Bell', 'Paris Whitaker'], notKinds: [['Jordan', 'place'], ['Georgia', 'place'], ['Paris', 'place']] },
    { title: 'a place first name with said', pages: [['Reaction', 'Paris Whitaker said she was proud of the team.']], persons: ['Paris Whitaker'], notKinds: [['Paris', 'place']] },
    { title: 'negative: a place-named firm said "it"', pages: [['Rates', 'Georgia Holdings said it would raise prices in the spring.']], notPersons: ['Georgia Holdings'] },
    { title: 'negative: a club named after a city', pages: [['Result', 'Paris Saint-Germain won 3-0 at home on Saturday.']], notPersons: ['Paris Saint-Germain'] },
    { title: 'negative: a valley', pages: [['Drought', 'Farmers in the Jordan Valley said the wells were dry.']], notPersons: ['Jordan Valley'] },
    { title: 'negative: a university side', pages: [['Upset', 'Georgia State beat the favourites on Saturday.']], notPersons: ['Georgia State'] },
    { title: 'negative: a city and a weekday', pages: [['Summit', 'Leaders will meet in Paris Friday, officials said.']], notPersons: ['Paris Friday'], kinds: [['Paris', 'place']] },
  ],
  "a country's short form inside a body's name": [
    { title: 'a party ending on UK', pages: [['Result', 'Hannah Moss won the Ashworth by-election on Friday, while Reform UK finished third.']], persons: ['Hannah Moss'], notKinds: [['UK', 'place'], ['United Kingdom', 'place']] },
    { title: 'an agency starting with UK', pages: [['Warning', 'UK Maritime Trade Operations said a vessel was approached off the coast.']], notKinds: [['UK', 'place'], ['United Kingdom', 'place']], notPersons: ['Maritime Trade Operations'] },
    { title: 'negative: the country before a title and a name', pages: [['Visit', 'UK Trade Minister Ellen Hart arrived in Ottawa on Monday.']], persons: ['Ellen Hart'], kinds: [['United Kingdom', 'place']] },
    { title: 'negative: the country after a weekday', pages: [['Exports', 'Figures out on Monday UK showed exports fell, the office said.']], kinds: [['United Kingdom', 'place']] },
    { title: 'negative: the country on its own', pages: [['Trade', 'The UK signed the trade deal on Monday, the ministry said.']], kinds: [['United Kingdom', 'place']] },
  ],
};

runProbes('names that look like months, places or countries (probe)', PROBES);
