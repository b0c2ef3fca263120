/**
 * English function words: two outlets both writing "of the" or "and in" is not
 * shared wording, and such words identify no claim. Generic grammar, not a list
 * for any story; one list for the ingest (wording, claims, differences) and the
 * app (marks on content words), so both agree on what a content word is.
 * Lower case; "it's" is listed for readers that keep apostrophes inside words.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of in on at to for from by with without about above below over under into onto upon within through during ' +
    'before after since until till against among amid between toward towards across along around behind beyond per via ' +
    'as is am are was were be been being has have had having do does did done will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its it\'s they them their theirs ' +
    'who whom whose which what when where why how all any both each few more most other another some such no not only own same ' +
    'also just very too s t d ll re ve m o up down out off again further once while because whether either neither ' +
    'one ones'
  ).split(' '),
);
