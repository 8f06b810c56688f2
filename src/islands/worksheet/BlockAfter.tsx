/**
 * g. Na het gesprek: agreements, your view, the evaluation date (with a
 * calendar file) and whether the report is right, with what you can do if not.
 */
import { buildIcs } from '../../lib/ics';
import { Field, LinkList, Radios, download, fmt, sheetTitle, type BlockProps } from './fields';

export function BlockAfter({ L, s, set }: BlockProps) {
  const A = L.after;
  const [y, m, d] = s.evaluation.split('-').map(Number);
  // The stored value is always a valid YYYY-MM-DD or '' (validate.ts, and the date input).
  const date = y && m && d ? { y, m, d } : null;
  const calendar = () => {
    if (!date) return;
    const ics = buildIcs(
      [
        {
          uid: `${s.id}-evaluatie@keuzehulp-reintegratie.nl`,
          date,
          title: fmt(A.calendarTitle, { gesprek: sheetTitle(L, s) }),
          description: A.calendarDescription,
        },
      ],
      new Date(),
    );
    download(`evaluatie-${s.evaluation}.ics`, ics, 'text/calendar');
  };
  return (
    <>
      <Field id="ws-agreements" long label={A.agreements} value={s.agreements} set={(agreements) => set({ agreements })} />
      <Field id="ws-opinion" long label={A.opinion} value={s.opinion} set={(opinion) => set({ opinion })} />
      <Field
        id="ws-evaluation"
        type="date"
        label={A.evaluation}
        hint={A.evaluationHint}
        value={s.evaluation}
        set={(evaluation) => set({ evaluation })}
      />
      {date && (
        <div class="ws-field">
          <button type="button" class="btn btn-secondary" onClick={calendar} aria-describedby="ws-calendar-hint">
            {A.calendar}
          </button>
          <p id="ws-calendar-hint" class="ws-hint">
            {A.calendarHint}
          </p>
        </div>
      )}
      <Radios name="ws-report" legend={A.report} options={A.reports} value={s.report} set={(report) => set({ report })}>
        {s.report === 'niet-gezien' && <p class="ws-tip">{A.notSeen}</p>}
        {s.report === 'nee' && (
          <div class="ws-tip">
            <p class="font-bold">{A.wrongTitle}</p>
            <ul>
              {A.wrong.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
            <LinkList links={A.wrongLinks} />
          </div>
        )}
      </Radios>
    </>
  );
}
