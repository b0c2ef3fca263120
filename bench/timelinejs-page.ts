/**
 * The comparison page: Knight Lab's TimelineJS3 showing the same events as
 * Parallax, generated from Parallax's own corpus into TimelineJS3's JSON format
 * (one slide per event: title, date at the event's precision, the outlets and
 * their evidence sentences). Benchmark only: src/ never imports TimelineJS3.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Corpus, TimelineEvent } from '../src/lib/corpus/schema';

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJson {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

// TimelineJS3 renders slide text as HTML; article text is untrusted, so it is escaped.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function timelineDate(iso: string, precision: TimelineEvent['precision']): TimelineDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

export function toTimelineJson(corpus: Corpus): TimelineJson {
  const sentences = new Map(corpus.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, { sentence, article }] as const)));
  const outletNames = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet.name]));
  const events = corpus.events.map((event): TimelineSlide => {
    const evidence = event.evidence.map((item) => {
      const found = sentences.get(item.sentenceId);
      const outlet = outletNames.get(found?.article.outletId ?? '') ?? 'Unknown outlet';
      return `<p><strong>${escapeHtml(outlet)}</strong>: ${escapeHtml(found?.sentence.text ?? '')}</p>`;
    });
    const reported = event.outlets.map((id) => outletNames.get(id) ?? id);
    return {
      unique_id: event.id,
      start_date: timelineDate(event.start, event.precision),
      ...(event.end && event.end !== event.start ? { end_date: timelineDate(event.end, event.precision) } : {}),
      text: { headline: escapeHtml(event.title), text: `<p>Reported by ${escapeHtml(reported.join(', '))}</p>${evidence.join('')}` },
      group: event.main ? 'Story' : 'Background',
    };
  });
  return {
    title: { text: { headline: 'One story, many outlets', text: `${corpus.events.length} events from ${corpus.articles.length} articles` } },
    events,
  };
}

/** Where the npm package keeps its built files (dist/js/timeline.js, dist/css/timeline.css). */
export function timelineJsDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
}

/**
 * Write a page folder: index.html + data.json. The library is served from
 * /tl/ (mounted from the package's dist), like a site hosting its own copy.
 */
export function writeTimelinePage(folder: string, corpus: Corpus): { dataBytes: number } {
  mkdirSync(folder, { recursive: true });
  const data = JSON.stringify(toTimelineJson(corpus));
  writeFileSync(join(folder, 'data.json'), data);
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="TimelineJS3 showing the same events as Parallax (benchmark page)." />
    <link rel="icon" href="data:," />
    <title>TimelineJS3: one story, many outlets</title>
    <link rel="stylesheet" href="/tl/css/timeline.css" />
  </head>
  <body style="margin:0">
    <div id="timeline-embed" style="width:100%;height:640px"></div>
    <script src="/tl/js/timeline.js"></script>
    <script src="boot.js"></script>
  </body>
</html>
`,
  );
  // The documented way to start it: fetch the JSON, hand it to TL.Timeline; locale files from our copy.
  writeFileSync(
    join(folder, 'boot.js'),
    `fetch('data.json').then(function (r) { return r.json(); }).then(function (data) {
  window.timeline = new TL.Timeline('timeline-embed', data, { script_path: window.location.origin + '/tl/js/' });
});
`,
  );
  return { dataBytes: Buffer.byteLength(data) };
}
