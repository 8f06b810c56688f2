/** b. Keuze en doel: the decision, its deadline, how far along you are, and your goal. */
import { Field, Radios, type BlockProps } from './fields';

export function BlockChoice({ L, s, set }: BlockProps) {
  const C = L.choice;
  return (
    <>
      <Field id="ws-decision" long label={C.decision} hint={C.decisionHint} value={s.decision} set={(decision) => set({ decision })} />
      <Field id="ws-deadline" type="date" label={C.deadline} hint={C.deadlineHint} value={s.deadline} set={(deadline) => set({ deadline })} />
      <Radios name="ws-stage" legend={C.stage} options={C.stages} value={s.stage} set={(stage) => set({ stage })} />
      <Field id="ws-goal" long label={C.goal} value={s.goal} set={(goal) => set({ goal })} />
    </>
  );
}
