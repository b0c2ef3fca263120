/**
 * Event extraction: every dated sentence whose nearby words report a happening
 * becomes an occurrence (not the landmark an "after" clause recalls, nor the
 * day a span ends; a reaction to a happening is its own); occurrences of the
 * same happening across articles (same or containing date, compatible kind,
 * shared participants; for a crash, verdict or election the same kind that day,
 * or a day off in another outlet, shown as a date conflict) are grouped into
 * one event.
 *
 * Each step is a small pure stage in this folder; the relation they share is in
 * same-happening.ts, clause reading in src/pipeline/text/clauses.ts and day
 * arithmetic in src/pipeline/text/days.ts, so no stage imports another.
 */
import type { TimelineEvent } from '../../../lib/corpus/schema';
import { isCaption } from '../../line-shape';
import { indexMentions } from '../../mention-index';
import type { Stage } from '../../types';
import { assignIds } from './assign-ids';
import { attachOrphanStatements } from './attach-orphan-statements';
import { describe, reportingWindow } from './describe-events';
import { findOccurrences } from './find-occurrences';
import { groupDayReports, isOrphanStatement } from './group-day-reports';
import { groupVagueReports } from './group-vague-reports';
import { joinReportStatements } from './join-report-statements';
import { joinVagueGroups } from './join-vague-groups';
import type { EventContext, EventInput, Occurrence } from './model';
import { orderEvidence } from './order-evidence';
import { buildTitle } from './title-events';

export type { EventContext, EventInput } from './model';

/**
 * The stages, in order:
 * 1. find occurrences — one per dated happening, each with its clause's actors, before any grouping;
 * 2. group day reports — the precise reports first, so vague ones can later join a settled day group;
 * 3. attach orphan statements — after day groups exist: a statement naming nobody needs its day's host;
 * 4. join report statements — after day groups exist and before vague ones join them: "investigators said on
 *    Monday" joins the one report of that day, which only a settled day group can tell;
 * 5. group vague reports — months, years and ranges among themselves, kept apart from days
 *    ("this year's meeting" must not chain every January event into one);
 * 6. join vague groups — a vague group joins the one day group it matches, never more than one;
 * 7. describe — each group's day, evidence, outlets and kinds, once its members are final;
 * 8. title — needs the described primary kind;
 * 9. order evidence — reading and outlet order, so the output does not depend on grouping order;
 * 10. assign ids — last, over the finished drafts in date order.
 */
export const extractEvents: Stage<EventContext, EventInput, TimelineEvent[]> = (context, input) => {
  const mentionsBySentence = indexMentions(input.entities);
  const entityById = new Map(input.entities.map((entity) => [entity.id, entity]));
  const occurrences = findOccurrences(input, mentionsBySentence);
  const dayGroups = groupDayReports(occurrences);
  attachOrphanStatements(
    dayGroups,
    occurrences.filter((occurrence) => occurrence.date.precision === 'day' && isOrphanStatement(occurrence)),
  );
  // A picture's caption ("Image: The survey ship, whose robot joined the search on Thursday") may join a happening the
  // text reports, but founds none alone: an event told only under a picture would show every other outlet silent on
  // what the article's own text never reports. A standfirst set as a caption line is the story's words and still founds.
  const clusters = joinVagueGroups(joinReportStatements(dayGroups), groupVagueReports(occurrences)).filter(
    (members) => !members.every(isPictureCaption),
  );
  const window = reportingWindow(input.articles, context.reportingMargin);
  const outletNames = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const outletName = (id: string) => outletNames.get(id) ?? id;
  const drafts = clusters.map((members) => {
    const draft = describe(members, window, outletName);
    return { ...draft, title: buildTitle(draft.primaryKind, members, entityById, mentionsBySentence) };
  });
  orderEvidence(drafts, input.articles, input.outlets);
  return assignIds(drafts);
};

/** An occurrence read from a picture's labelled caption (a caption line shaped as one), not a standfirst. */
function isPictureCaption(occurrence: Occurrence): boolean {
  const sentence = occurrence.article.sentences.find((candidate) => candidate.id === occurrence.date.sentenceId);
  return sentence?.kind === 'caption' && isCaption(sentence.text);
}
