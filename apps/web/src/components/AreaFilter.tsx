/**
 * "Which area?" above a dashboard: every area of the municipality, or all of them together
 * (`undefined`). The budget and outcome pages filter with it.
 */
export function AreaFilter({
  label,
  allAreas,
  areas,
  value,
  onChange,
}: {
  label: string;
  /** The option for no filter, e.g. "Alle gebieden". */
  allAreas: string;
  areas: ReadonlyArray<{ id: string; name: string }> | undefined;
  value: string | undefined;
  onChange: (areaId: string | undefined) => void;
}) {
  return (
    <label>
      {label}
      <select
        className="utrecht-select utrecht-select--html-select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{allAreas}</option>
        {areas?.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
