/** d. Steun: who else is involved, what they think, pressure, and the role you want in deciding. */
import { Field, Radios, type BlockProps } from './fields';

export function BlockSupport({ L, s, set }: BlockProps) {
  const S = L.support;
  return (
    <>
      <Field id="ws-involved" long label={S.involved} hint={S.involvedHint} value={s.involved} set={(involved) => set({ involved })} />
      <Field id="ws-their-view" long label={S.theirView} value={s.theirView} set={(theirView) => set({ theirView })} />
      <Radios name="ws-pressure" legend={S.pressure} options={S.pressures} value={s.pressure} set={(pressure) => set({ pressure })} row />
      {(s.pressure === 'ja' || s.pressure === 'beetje' || s.pressureFrom) && (
        <Field id="ws-pressure-from" label={S.pressureFrom} value={s.pressureFrom} set={(pressureFrom) => set({ pressureFrom })} />
      )}
      <Radios name="ws-role" legend={S.role} options={S.roles} value={s.role} set={(role) => set({ role })}>
        <p class="ws-hint">{S.roleNote}</p>
      </Radios>
    </>
  );
}
