/**
 * e. Klaar om te kiezen? Four yes/no questions in our own words, based on the
 * SURE test (Sure of myself, Understand, Risk-benefit ratio, Encouragement),
 * with a next step for every "nee".
 */
import { SURE_KEYS, type SureKey, type YesNo } from '../../lib/worksheet/model';
import { LinkList, Radios, type BlockProps } from './fields';

export function BlockCheck({ L, s, set }: BlockProps) {
  const C = L.check;
  const answers = SURE_KEYS.map((k) => s.sure[k]);
  return (
    <>
      {C.questions.map((q, i) => (
        <Radios
          key={q.key}
          name={`ws-sure-${q.key}`}
          legend={`${i + 1}. ${q.text}`}
          options={[
            ['ja', C.yes],
            ['nee', C.no],
          ]}
          value={s.sure[q.key as SureKey]}
          set={(v) => set({ sure: { ...s.sure, [q.key]: v as YesNo } })}
          row
        >
          {s.sure[q.key as SureKey] === 'nee' && (
            <div class="ws-tip">
              <p class="font-bold">{C.nextStep}</p>
              <p>{q.tip}</p>
              <LinkList links={q.links} />
            </div>
          )}
        </Radios>
      ))}
      {answers.every(Boolean) && <p class="box box-brand">{answers.every((a) => a === 'ja') ? C.allYes : C.someNo}</p>}
    </>
  );
}
