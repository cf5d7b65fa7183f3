/** The `<option>`s of a select, one per value, each labelled by `label` (the value itself unless given). */
export function SelectOptions<V extends string | number>({
  values,
  label = String,
}: {
  values: readonly V[];
  label?: (value: V) => string;
}) {
  return values.map((v) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  ));
}
