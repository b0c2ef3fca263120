import { useId, useState } from 'react';
import { DisclosureButton } from '../../../components/disclosure-button';
import { MarkedText } from '../../../components/marked-text';
import { articleTitle } from '../../../lib/article-label';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { entityMarksFor } from '../../../lib/entity-marks';
import { navigateView } from '../../../lib/view-state';
import { plural, type OutletSources } from '../event-sources';
import { NearbyHint } from './nearby-hint';

export type SilentOutletProps = {
  index: CorpusIndex;
  eventId: string;
  /** A shown outlet with no evidence on the event (sentenceCount 0). */
  source: OutletSources;
  highlighted: readonly string[];
};

/** Names joined for a sentence: "A", "A or B", "A, B or C". */
const orList = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`);

/**
 * What Parallax can truly say of an outlet with no sentence on the event. The ingest places only part of an
 * outlet's sentences, so silence is never stated as the outlet's: either what was checked and not found ("none of its
 * sentences names Iwaya or Cho"), or the sentences that may speak of the event after all, each with why and a way
 * to read it in its article, so the reader settles it.
 */
export function SilentOutlet({ index, eventId, source, highlighted }: SilentOutletProps) {
  const name = source.outlet.name;
  if (source.leads.length === 0) {
    const names = source.checked.map((id) => index.entityById.get(id)?.name).filter((entity): entity is string => entity !== undefined);
    return (
      <div className="text-sm text-stone-700">
        <p>
          <span aria-hidden="true">∅ </span>
          {source.namesChecked && names.length > 0
            ? `${name}: no sentence on this event, though its articles name ${orList(names)} in others.`
            : `Not found in ${name}: ${names.length > 0 ? `none of its sentences names ${orList(names)}.` : 'none of its sentences is on this event.'}`}
        </p>
        <NearbyHint index={index} eventId={eventId} outlet={source.outlet} />
      </div>
    );
  }
  return <SilentOutletLeads index={index} eventId={eventId} source={source} highlighted={highlighted} />;
}

/** The lead sentences, folded: a silent outlet is one line until the reader asks to check it. */
function SilentOutletLeads({ index, eventId, source, highlighted }: SilentOutletProps) {
  const name = source.outlet.name;
  const count = source.leads.length;
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="text-sm text-stone-700">
      <p>
        <span aria-hidden="true">∅ </span>
        {name}: no sentence on this event, but {plural(count, 'sentence')} may speak of it. Parallax did not place {count === 1 ? 'it' : 'them'}.{' '}
        <DisclosureButton
          expanded={open}
          controls={listId}
          onToggle={() => setOpen((shown) => !shown)}
          className="rounded border border-stone-400 bg-white px-2 py-0.5 text-xs text-stone-800 hover:bg-stone-100"
        >
          {open ? 'Hide' : 'Check'} {count === 1 ? 'it' : 'them'}
        </DisclosureButton>
      </p>
      {/* Drawn once opened: a select draws nothing it does not show. */}
      <div id={listId}>
        {open ? (
          <ul className="mt-1 space-y-2">
            {source.leads.map((lead) => {
              const title = articleTitle(lead.article);
              return (
                <li key={lead.sentence.id} className="border-l-4 border-dashed border-stone-300 pl-2">
                  <p className="article-text font-serif leading-relaxed text-stone-900">
                    <MarkedText text={lead.sentence.text} marks={entityMarksFor(index.entityById, lead.mentions, highlighted)} />
                  </p>
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-stone-600">
                    <span>{lead.why}</span>
                    <button
                      type="button"
                      onClick={() => navigateView({ article: lead.article.id, sentence: lead.sentence.id })}
                      aria-label={`Open in article: ${name}, sentence ${lead.number}${title.stated ? ` of “${title.text}”` : ''}`}
                      className="rounded border border-stone-400 px-2 py-0.5 text-xs text-stone-800 hover:bg-stone-100"
                    >
                      Open in article
                    </button>
                  </p>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <NearbyHint index={index} eventId={eventId} outlet={source.outlet} />
    </div>
  );
}
