/**
 * "Klaar om te kiezen?": yes/no questions in our own words, based on the SURE
 * test (Sure of myself, Understand, Risk-benefit ratio, Encouragement), with a
 * next step for every "nee".
 */
import type { FieldOfKind } from '../../lib/worksheet/form';
import type { YesNo } from '../../lib/worksheet/model';
import { LinkList, Radios, type ViewContext } from './fields';

export function CheckField({ f, c }: { f: FieldOfKind<'check'>; c: ViewContext }) {
  const { L, s, set } = c;
  const C = L.check;
  const answers = s[f.key];
  return (
    <>
      {f.items.map((item, i) => {
        const q = C.items[item];
        return (
          <Radios
            key={item}
            name={`ws-sure-${item}`}
            legend={`${i + 1}. ${q.text}`}
            options={[
              ['ja', C.ja],
              ['nee', C.nee],
            ]}
            value={answers[item]}
            set={(v) => set({ [f.key]: { ...answers, [item]: v as YesNo } })}
            row
          >
            {answers[item] === 'nee' && (
              <div class="ws-tip">
                <p class="font-bold">{C.nextStep}</p>
                <p>{q.tip}</p>
                <LinkList links={q.links} />
              </div>
            )}
          </Radios>
        );
      })}
      {f.items.every((i) => answers[i]) && <p class="box box-brand">{f.items.every((i) => answers[i] === 'ja') ? C.allYes : C.someNo}</p>}
    </>
  );
}
