import type { Article } from './api.ts';

interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
  eventId?: string;
}

/**
 * The article's text with its annotations marked. The text is cut at every annotation boundary and each piece is
 * rendered as a text node inside a span that carries the classes of the annotations covering it, so that overlapping
 * annotations nest without any markup from the article ever being parsed as HTML.
 */
export function ArticleText({ article, selected, onSelect }: { article: Article; selected?: string; onSelect: (eventId: string) => void }) {
  const actorName = (id: string | undefined) => (id === undefined ? undefined : article.actors.find((a) => a.id === id)?.name);
  const marks: Mark[] = [
    ...article.entities.map((e) => ({ start: e.start, end: e.end, className: `hl-ent ${e.label}`, title: `${e.label}${e.actor ? ` → ${actorName(e.actor) ?? e.actor}` : ''}` })),
    ...article.timexes.map((t) => ({ start: t.start, end: t.end, className: 'hl-timex', title: `time: ${t.value || 'unresolved'}` })),
    ...article.quotes.map((q) => ({ start: q.start, end: q.end, className: 'hl-quote', title: `${q.kind} quote${q.speaker ? ` by ${actorName(q.speaker) ?? q.speaker}` : ''}` })),
    ...article.events.flatMap((e) =>
      [e.evidence, ...(e.mentions ?? [])].map((span) => ({
        start: span.start,
        end: span.end,
        className: `hl-event${e.id === selected ? ' selected' : ''}`,
        title: `${e.type} (${e.status})`,
        eventId: e.id,
      })),
    ),
  ].filter((mark) => mark.start < mark.end && mark.end <= article.text.length);

  const cuts = new Set<number>([0, article.text.length]);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const text = article.text.slice(start, end);
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    if (covering.length === 0) {
      pieces.push(text);
      continue;
    }
    const eventId = covering.find((mark) => mark.eventId !== undefined)?.eventId;
    pieces.push(
      <span
        key={start}
        class={covering.map((mark) => mark.className).join(' ')}
        title={covering.map((mark) => mark.title).join(' · ')}
        data-event={eventId}
        onClick={eventId === undefined ? undefined : () => onSelect(eventId)}
      >
        {text}
      </span>,
    );
  }
  return <div class="article-text">{pieces}</div>;
}
