/**
 * A step of under two hours ("an hour later", "1 hour 45 minutes later", "an hour and a half later") keeps the day
 * the running text gave last, as "90 minutes later" does; longer steps, hedged ones and comparisons ("an hour later
 * than planned") name no day. Sentences are made up; the publication day is pinned.
 */
import { describe } from 'vitest';
import { checkValues } from './date-probe';

const PUB = '2031-05-14'; // a Wednesday
const LAUNCH = 'The balloon lifted off from the field on Monday morning.';

describe('a step of under two hours keeps the day of the story so far', () => {
  checkValues([
    { published: PUB, lines: [LAUNCH, 'Its radio went quiet 1 hour 45 minutes later.'], phrase: '1 hour 45 minutes later', values: ['2031-05-12'] },
    { published: PUB, lines: [LAUNCH, 'The crew radioed the tower an hour later.'], phrase: 'an hour later', values: ['2031-05-12'] },
    { published: PUB, lines: [LAUNCH, 'It came down in a wheat field an hour and a half later.'], phrase: 'an hour and a half later', values: ['2031-05-12'] },
    { published: PUB, lines: [LAUNCH, 'The chase car caught up one hour, 20 minutes later.'], phrase: 'one hour, 20 minutes later', values: ['2031-05-12'] },
    { published: PUB, lines: [LAUNCH, 'One hour and ten minutes later, the burner failed.'], phrase: 'One hour and ten minutes later', values: ['2031-05-12'] },
    { published: PUB, lines: ['The pilot had checked the forecast on Sunday night.', LAUNCH, 'An hour earlier, the wind had dropped.'], phrase: 'An hour earlier', values: ['2031-05-12'] },
  ]);
});

describe('what an hour step does not date', () => {
  checkValues([
    // No day written before it: the publication day is no scene it goes on from.
    { published: PUB, lines: ['The crew radioed the tower an hour later.'], phrase: 'an hour later', values: [null] },
    // A comparison or a habit, not a step in the tale.
    { published: PUB, lines: [LAUNCH, 'The second flight left an hour later than planned.'], phrase: 'an hour later', values: [] },
    { published: PUB, lines: [LAUNCH, 'Flights now leave an hour earlier each day.'], phrase: 'an hour earlier', values: [] },
    // Longer steps may cross midnight; hedged ones blur the step; "half an hour" stays a length.
    { published: PUB, lines: [LAUNCH, 'It landed two hours later.'], phrase: 'two hours later', values: [] },
    { published: PUB, lines: [LAUNCH, 'It landed about an hour later.'], phrase: 'an hour later', values: [] },
    { published: PUB, lines: [LAUNCH, 'It landed half an hour later.'], phrase: 'an hour later', values: [] },
    { published: PUB, lines: [LAUNCH, 'An hour later than usual, the shop opened.'], phrase: 'An hour later', values: [] },
  ]);
});
