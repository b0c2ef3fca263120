/**
 * Probe: what kind of thing a capitalised name is, and which names are one person, on made-up
 * pages the entity rules were not written for. Storms, clubs, products, institutions named after
 * saints and mountains, journals, agencies with a country before them, fire services and bands are
 * not people; a title or a job word before a name is not part of it; particles ("de la", "van der",
 * "bin", "al-") stay inside a name; a name with its order rotated is the same person only when the
 * pages say so; a short first name joins its full form only under the same surname. Negatives:
 * people whose names look like places or things, and one person written in both orders on one page.
 *
 * Every page is in our own words and pins its publication day. `gap` marks a case the rules do not
 * get right yet (it.fails: it turns red once fixed, so the mark must go).
 */
import { runProbes, type Probe } from './entity-probe';

const PROBES: Record<string, Probe[]> = {
  'storms are not people': [
    { title: 'a named storm', pages: [['Gales hit the coast', 'Storm Hilda brought down power lines across the coast on Sunday.', 'Crews said Storm Hilda was the worst in a decade.']], notPersons: ['Storm Hilda', 'Hilda'] },
    { title: 'a hurricane', pages: [['Landfall overnight', 'Hurricane Marisol made landfall near the port on Friday, forecasters said.']], notPersons: ['Hurricane Marisol', 'Marisol'] },
    { title: 'a tropical storm', pages: [['Rain warning', 'Tropical Storm Bertil weakened overnight, the weather service said.']], notPersons: ['Tropical Storm Bertil', 'Storm Bertil', 'Bertil'] },
    { title: 'a cyclone and a typhoon', pages: [['Crops lost', 'Cyclone Idra flattened crops in the delta, and Typhoon Sorano followed a week later.']], notPersons: ['Cyclone Idra', 'Typhoon Sorano'] },
    { title: 'negative: a person whose surname is Storm', pages: [['Rescue praised', 'Ava Storm said the rescue crews had saved her farm.']], persons: ['Ava Storm'] },
  ],
  'clubs and teams are not people': [
    { title: 'a club called United', pages: [['Cup final', 'Riverton United beat Castlegate 2-1 in the cup final on Saturday.']], notPersons: ['Riverton United'], kinds: [['Riverton United', 'organization']] },
    { title: 'City and Town', pages: [['Derby drawn', 'Ashford City drew with Marlow Town on Tuesday night.', 'Ashford City said the pitch was poor.']], notPersons: ['Ashford City', 'Marlow Town'] },
    { title: 'an FC', pages: [['Signing', 'Dunmore FC signed the striker on Monday for a club record fee.']], notPersons: ['Dunmore FC'], kinds: [['Dunmore FC', 'organization']] },
    { title: 'Rovers, Wanderers, Athletic', pages: [['Results', 'Kelso Rovers said the manager would stay after the defeat.', 'Brockley Wanderers lost again, and Hadley Athletic won.']], notPersons: ['Kelso Rovers', 'Brockley Wanderers', 'Hadley Athletic'] },
    { title: 'a team told by "the club"', pages: [['Transfer', 'The club Harwood Lions confirmed the signing on Monday.']], notPersons: ['Harwood Lions'] },
    { title: 'negative: a player and her club', pages: [['Hat-trick', 'Nadia Brook scored three times as Riverton United won, the coach said.']], persons: ['Nadia Brook'], notPersons: ['Riverton United'] },
  ],
  'products are not people': [
    { title: 'plural acronym after a brand', pages: [['Recall', 'Ridgeline SUVs were recalled on Thursday over a brake fault.']], notPersons: ['Ridgeline SUVs', 'Ridgeline'] },
    { title: 'EVs and TVs', pages: [['Sales', 'Strato EVs sold well in March, while Pixa TVs did not.']], notPersons: ['Strato EVs', 'Pixa TVs'] },
    { title: 'a model with a number', pages: [['Phone launch', 'Orbix X5 phones will ship in May, the maker said.']], notPersons: ['Orbix X5', 'Orbix'] },
    { title: 'a product told by "the carmaker"', pages: [['New model', 'The carmaker Velora said its Tundra Crest would go on sale in June.']], notPersons: ['Tundra Crest', 'Velora'] },
  ],
  'institutions named after saints and mountains': [
    { title: "St Mary's Hospital", pages: [['Workers hurt', "Two workers were taken to St Mary's Hospital, where one died."]], notPersons: ['St Mary'], kinds: [["St Mary's Hospital", 'organization']] },
    { title: "St. Jude's with a dot", pages: [['Ward reopens', "St. Jude's Hospital reopened its ward on Monday."]], notPersons: ['St. Jude', 'Jude'] },
    { title: 'Saint and a school', pages: [['School closed', "Saint Anne's School closed early because of the snow."]], notPersons: ['Saint Anne'] },
    { title: 'a medical center', pages: [['Patients moved', 'Patients were moved to Lakeshore Medical Center on Friday.']], notPersons: ['Lakeshore Medical Center', 'Lakeshore Medical'] },
    { title: 'Mount and a hospital', pages: [['Surgery', 'Surgeons at Mount Carrow Hospital said the girl was stable.']], notPersons: ['Mount Carrow'], kinds: [['Mount Carrow Hospital', 'organization']] },
    { title: 'negative: a saint as a place name', pages: [['Fair', 'The fair in St Ives drew crowds, said Tom Avery.']], persons: ['Tom Avery'], notPersons: ['St Ives'] },
  ],
  'agencies keep their country and are not people': [
    { title: 'U.S. Geological Survey', pages: [['Quake', 'The U.S. Geological Survey said the quake struck at dawn.']], notPersons: ['Geological Survey', 'U.S. Geological Survey'], kinds: [['U.S. Geological Survey', 'organization']] },
    { title: 'Geological Survey before a verb, with the country', pages: [['Quake', 'U.S. Geological Survey scientists measured the shaking, and U.S. Geological Survey staff left.']], notPersons: ['Geological Survey'] },
    { title: 'a British survey', pages: [['Tremor', 'The British Geological Survey recorded a small tremor.']], notPersons: ['Geological Survey', 'British Geological Survey'] },
    { title: 'U.K. agency', pages: [['Advice', 'The U.K. Health Security Agency said cases had fallen.']], kinds: [['U.K. Health Security Agency', 'organization']] },
    { title: 'a fish and wildlife service', pages: [['Birds', 'The U.S. Fish and Wildlife Service listed the bird as endangered.']], notPersons: ['Wildlife Service', 'U.S. Fish'] },
  ],
  'fire services are not people': [
    { title: 'a state fire agency', pages: [['Blaze', 'Cal Fire said the blaze was 40% contained on Tuesday.', 'Cal Fire crews worked through the night.']], notPersons: ['Cal Fire'] },
    { title: 'a county fire department', pages: [['Blaze', 'Elm County Fire Department said two homes burned.']], notPersons: ['Elm County Fire', 'Elm County'] },
    { title: 'a named wildfire', pages: [['Blaze', 'Hawk Ridge Fire grew overnight, officials said.']], notPersons: ['Hawk Ridge Fire', 'Hawk Ridge'] },
  ],
  'publications are not places or people': [
    { title: 'published in a journal', pages: [['Study', 'The findings were published in Nature on Wednesday.']], notKinds: [['Nature', 'place'], ['Nature', 'person']] },
    { title: 'the journal before its name', pages: [['Study', 'In a paper in the journal Cellula, the team said the drug worked.']], notKinds: [['Cellula', 'place'], ['Cellula', 'person']] },
    { title: 'a magazine and a review', pages: [['Interview', 'She told Harbor Magazine and wrote in the Quill Review that the plan failed.']], notPersons: ['Harbor Magazine', 'Quill Review'] },
  ],
  'bands and firms told by a noun before them': [
    { title: 'the band', pages: [['Reunion', 'The band Crimson Harbor announced a reunion tour on Monday.']], notPersons: ['Crimson Harbor'] },
    { title: 'the startup', pages: [['Funding', 'The startup Nexora Vale raised money from three funds, its founder said.']], notPersons: ['Nexora Vale'] },
    { title: 'negative: the singer', pages: [['Reunion', 'The singer Maya Holt said the band would tour again.']], persons: ['Maya Holt'] },
  ],
  'towns before a verb are not people': [
    { title: 'a town named twice', pages: [['Power cut', 'Pine Hollow lost power for two days, and crews in Pine Hollow worked through the night.']], notPersons: ['Pine Hollow'] },
    { title: 'Falls and Springs', pages: [['Flood', 'Cedar Falls voted to raise the levee, and Willow Springs did the same.']], notPersons: ['Cedar Falls', 'Willow Springs'] },
    { title: 'Creek and Heights', pages: [['Evacuation', 'Maple Creek and Oak Heights were evacuated on Sunday, the sheriff said.']], notPersons: ['Maple Creek', 'Oak Heights'] },
    { title: 'the town of', pages: [['Flood', 'The town of Birch Landing flooded, and Birch Landing asked for help.']], notPersons: ['Birch Landing'] },
  ],
  'people whose names look like places or things': [
    { title: 'a lake in the name', pages: [['Goalkeeper', 'Jordan Lake, 31, said the team had earned the point.']], persons: ['Jordan Lake'], notKinds: [['Jordan Lake', 'place']] },
    { title: 'a season and a price', pages: [['Council', 'Summer Price said the council had ignored the residents.']], persons: ['Summer Price'] },
    { title: 'a city as a first name', pages: [['Award', 'Paris Holloway, the director, said the award was a surprise.']], persons: ['Paris Holloway'] },
    { title: 'a borough as a first name', pages: [['Court', 'Brooklyn Hart told the court she had not seen the car.', 'Hart said she was at work.']], persons: ['Brooklyn Hart'] },
    { title: 'a state as a first name', pages: [['Vote', 'Georgia Banks said the vote was close.', 'Banks said she would ask for a recount.']], persons: ['Georgia Banks'] },
    { title: 'negative: a firm named after a place, before a speech verb', pages: [['Results', 'Texas Instruments said profits rose in the quarter.']], notPersons: ['Texas Instruments'] },
    { title: 'negative: a place before a person', pages: [['Visit', 'In Paris, Holloway said the award was a surprise.']], notPersons: ['Paris Holloway'] },
    { title: 'a hill in the name', pages: [['Speech', 'Dana Hill said the school would reopen.']], persons: ['Dana Hill'] },
  ],
  'titles and job words are not part of a name': [
    { title: 'Manager', pages: [['Win', 'Manager Carla Ruiz said the team deserved the win.']], persons: ['Carla Ruiz'], notPersons: ['Manager Carla Ruiz'] },
    { title: 'Manager and Boss on two pages: one person', pages: [['Win', 'Manager Carla Ruiz said the team deserved the win.'], ['Late winner', 'Boss Carla Ruiz said her side had earned the late winner.']], persons: ['Carla Ruiz'], notPersons: ['Boss Carla Ruiz', 'Manager Carla Ruiz'], people: 1 },
    { title: 'Coach', pages: [['Loss', 'Coach Dale Mercer said the players were tired.']], persons: ['Dale Mercer'], notPersons: ['Coach Dale Mercer'] },
    { title: 'Head Coach', pages: [['Loss', 'Head Coach Dale Mercer blamed the referee.']], persons: ['Dale Mercer'], notPersons: ['Head Coach Dale Mercer', 'Coach Dale Mercer'] },
    { title: 'Captain', pages: [['Rescue', 'Captain Ellis Ward steered the boat to shore.']], persons: ['Ellis Ward'] },
    { title: 'Chief', pages: [['Arrest', 'Chief Nora Pike said the suspect was held.']], persons: ['Nora Pike'], notPersons: ['Chief Nora Pike'] },
    { title: 'CEO', pages: [['Results', 'CEO Priya Nair said profits rose.']], persons: ['Priya Nair'] },
    { title: 'Sheriff', pages: [['Search', 'Sheriff Tom Boyle said the search would resume.']], persons: ['Tom Boyle'] },
    { title: 'Judge', pages: [['Ruling', 'Judge Irene Castell ruled for the tenants.']], persons: ['Irene Castell'] },
    { title: 'General Manager', pages: [['Trade', 'General Manager Owen Tate said the trade was done.']], persons: ['Owen Tate'], notPersons: ['Manager Owen Tate'] },
    { title: 'Striker and Goalkeeper', pages: [['Derby', 'Striker Leo Manson scored twice, and Goalkeeper Rui Baptista saved a penalty.']], persons: ['Leo Manson', 'Rui Baptista'], notPersons: ['Striker Leo Manson', 'Goalkeeper Rui Baptista'] },
    { title: 'Skipper', pages: [['Derby', 'Skipper Hana Kole lifted the trophy.']], persons: ['Hana Kole'], notPersons: ['Skipper Hana Kole'] },
  ],
  'particles stay inside a name': [
    { title: 'de la', pages: [['Fire crews', 'Fire spokesperson Ana de la Cruz said the crews were tired.', 'De la Cruz said more help was coming.']], persons: ['Ana de la Cruz'], notPersons: ['Ana', 'Cruz'], same: [['Ana de la Cruz', 'De la Cruz']] },
    { title: 'van der', pages: [['Dike', 'Pieter van der Berg, the mayor, said the dike held.', 'Van der Berg thanked the crews.']], persons: ['Pieter van der Berg'], notPersons: ['Pieter', 'Berg'] },
    { title: 'von', pages: [['Vote', 'Lena von Hagen said the vote was fair.']], persons: ['Lena von Hagen'], notPersons: ['Lena', 'Hagen'] },
    { title: 'bin', pages: [['Talks', 'Khalid bin Rashed arrived for the talks on Monday, and said they would go well.']], persons: ['Khalid bin Rashed'], notPersons: ['Khalid', 'Rashed'] },
    { title: 'al-', pages: [['Talks', 'Omar al-Farsi said the talks would go on.']], persons: ['Omar al-Farsi'], notPersons: ['Omar'] },
    { title: 'da', pages: [['Goal', 'Lucas da Silva scored the winner, said the coach.']], persons: ['Lucas da Silva'], notPersons: ['Lucas', 'Silva'] },
    { title: 'di', pages: [['Result', 'Marco di Stefano said he would appeal.']], persons: ['Marco di Stefano'], notPersons: ['Marco', 'Stefano'] },
    { title: 'dos', pages: [['Result', 'Joana dos Santos said she would appeal.']], persons: ['Joana dos Santos'] },
    { title: 'negative: a city with "de" stays a place', pages: [['Visit', 'Paulo Mendes flew to Rio de Janeiro on Monday, his office said.']], persons: ['Paulo Mendes'], notPersons: ['Rio de Janeiro', 'Rio'], kinds: [['Rio de Janeiro', 'place']] },
  ],
  'rotated names: one person only when the pages say so': [
    { title: 'a player and her coach on two pages', pages: [['Final', 'Lee Min beat Park Soo on Tuesday in Seoul.'], ['Final', 'Min Lee, her coach, said on Tuesday the win in Seoul was deserved.']], apart: [['Lee Min', 'Min Lee']] },
    { title: 'a scorer and a referee on two pages', pages: [['Match', 'Chen Wei scored twice in the first half.'], ['Match', 'Wei Chen, the referee, sent off two players.']], apart: [['Chen Wei', 'Wei Chen']] },
    { title: 'negative: one person in both orders on one page', pages: [['Title won', 'Min Lee won the national title on Sunday.', 'Lee Min, 24, said she was tired but happy.']], same: [['Min Lee', 'Lee Min']] },
    { title: 'negative: two outlets whose order differs for two people', pages: [['Talks', 'Foreign Minister Iwao Kenta met Defense Minister Sato Rin on Monday.'], ['Talks', 'Kenta Iwao met Rin Sato on Monday, officials said.']], same: [['Iwao Kenta', 'Kenta Iwao'], ['Sato Rin', 'Rin Sato']] },
    { title: 'negative: the same title before both orders', pages: [['Talks', 'Foreign Minister Iwao Kenta arrived in Seoul.'], ['Talks', 'Foreign Minister Kenta Iwao arrived in Seoul.']], same: [['Iwao Kenta', 'Kenta Iwao']] },
    { title: 'negative: a surname in capitals', pages: [['Talks', 'Mr. TANAKA Hiro met the envoy.'], ['Talks', 'Hiro Tanaka met the envoy, his office said.']], same: [['TANAKA Hiro', 'Hiro Tanaka']] },
  ],
  'short first names join their full form': [
    { title: 'Dan and Daniel on two pages', pages: [['Freed', 'Former mayor Daniel Reyes was freed on Friday.'], ['Freed', 'Dan Reyes was freed on Friday, his lawyer said.']], same: [['Daniel Reyes', 'Dan Reyes']] },
    { title: 'Chris and Christopher', pages: [['Vote', 'Christopher Holt said the vote was fair.'], ['Vote', 'Chris Holt said the vote was fair.']], same: [['Christopher Holt', 'Chris Holt']] },
    { title: 'Sam and Samuel', pages: [['Race', 'Samuel Ortiz won the race.', 'Sam Ortiz said the course was hard.']], same: [['Samuel Ortiz', 'Sam Ortiz']] },
    { title: 'Bill and William', pages: [['Bill signed', 'William Grant signed the order.'], ['Bill signed', 'Bill Grant signed the order, aides said.']], same: [['William Grant', 'Bill Grant']] },
    { title: 'Tom and Thomas', pages: [['Speech', 'Thomas Ward spoke first.'], ['Speech', 'Tom Ward spoke first, the organisers said.']], same: [['Thomas Ward', 'Tom Ward']] },
    { title: 'negative: two full forms the short one could be', pages: [['Siblings', 'Daniel Reyes and his sister Danielle Reyes both spoke.'], ['Siblings', 'Dan Reyes said the family was grateful.']], apart: [['Daniel Reyes', 'Danielle Reyes'], ['Dan Reyes', 'Danielle Reyes'], ['Dan Reyes', 'Daniel Reyes']] },
    { title: 'negative: a different surname', pages: [['Vote', 'Daniel Reyes said the vote was fair.'], ['Vote', 'Dan Rivas said the vote was fair.']], apart: [['Daniel Reyes', 'Dan Rivas']] },
    { title: 'negative: one letter more is another name', pages: [['Vote', 'Ann Lowe said the vote was fair.', 'Anna Lowe, her daughter, disagreed.']], apart: [['Ann Lowe', 'Anna Lowe']] },
  ],
  'bodies by their clipped names and ordinals': [
    { title: 'the Fed', pages: [['Rates', 'The Federal Reserve raised rates on Wednesday.'], ['Rates', 'The Fed raised rates on Wednesday.']], same: [['Federal Reserve', 'Fed']], notPersons: ['Fed'] },
    { title: 'the Met', pages: [['Arrests', 'The Metropolitan Police said three men were held.'], ['Arrests', 'The Met said three men were held.']], same: [['Metropolitan Police', 'Met']] },
    { title: 'an ordinal court', pages: [['Appeal', 'The Third District Court of Appeal overturned the ruling on Monday.']], kinds: [['Third District Court of Appeal', 'organization']] },
    { title: 'an ordinal circuit', pages: [['Appeal', 'The judges of the Second Circuit Court of Appeals heard the case.']], kinds: [['Second Circuit Court of Appeals', 'organization']] },
  ],
};

runProbes('entity kinds and identity on unseen pages (probe)', PROBES);
