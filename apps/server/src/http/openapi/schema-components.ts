import * as contracts from '@een-plan/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

export const COMPONENT_REF = '#/components/schemas/';
/** Marks a reference to the input (request) form of a named schema until its final name is known. */
const INPUT_MARK = '__input__';

/**
 * Names every zod schema the contracts package exports after its export name (zod's global
 * registry, the same mechanism as `.meta({ id })`), so the document references `Problem`,
 * `HouseholdDossier`, … as components instead of repeating them inline. A schema that already
 * has an id keeps it.
 */
export function nameContractSchemas(): void {
  for (const [name, value] of Object.entries(contracts)) {
    if (!(value instanceof z.ZodType)) continue;
    const meta = z.globalRegistry.get(value);
    if (meta?.id) continue;
    z.globalRegistry.add(value, { ...meta, id: name });
  }
}

/** Collects the named schemas that routes use, per direction, while their routes are converted. */
export class SchemaComponents {
  private readonly defs: Record<Io, Map<string, JsonSchema>> = { input: new Map(), output: new Map() };

  /**
   * The JSON Schema of one route part; named schemas inside it become component references.
   * Parameters (`inline`) keep their own properties: each becomes one query or path parameter.
   */
  convert(schema: z.ZodType, io: Io, opts: { inline?: boolean } = {}): JsonSchema {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      metadata: z.globalRegistry,
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
    }) as JsonSchema;
    const { $defs, $schema: _drop, ...root } = json;
    const defs = ($defs ?? {}) as Record<string, JsonSchema>;
    // A named root comes back as a reference to itself in $defs.
    const rootId = typeof root.$ref === 'string' ? root.$ref.replace('#/$defs/', '') : undefined;
    for (const [id, def] of Object.entries(defs)) {
      if (id === rootId && opts.inline) continue;
      this.defs[io].set(id, this.relink(def, io));
    }
    const inlineRoot = rootId && opts.inline ? defs[rootId] : undefined;
    if (inlineRoot) return this.relink(inlineRoot, io);
    return this.relink(root, io);
  }

  /**
   * Puts the components into the document. A schema whose request form differs from its
   * response form (defaults, transforms) gets a second component, `<Name>Input`.
   */
  finish(document: JsonSchema): void {
    const { input, output } = this.defs;
    const differs = new Set(
      [...input.keys()].filter(
        (id) => output.has(id) && JSON.stringify(unmark(input.get(id))) !== JSON.stringify(output.get(id)),
      ),
    );
    // A request schema that contains a differing one differs as well.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [id, def] of input) {
        if (differs.has(id) || !output.has(id)) continue;
        if ([...differs].some((d) => JSON.stringify(def).includes(`"${refTo(d, 'input')}"`))) {
          differs.add(id);
          grew = true;
        }
      }
    }
    const taken = new Set([...input.keys(), ...output.keys()]);
    const inputName = new Map<string, string>();
    for (const id of input.keys()) {
      let name = id;
      if (differs.has(id)) {
        name = `${id}Input`;
        while (taken.has(name)) name = `${name}_`;
        taken.add(name);
      }
      inputName.set(id, name);
    }
    const rename = (value: unknown) =>
      JSON.parse(JSON.stringify(value), (_key, v) =>
        typeof v === 'string' && v.startsWith(`${COMPONENT_REF}${INPUT_MARK}`)
          ? `${COMPONENT_REF}${inputName.get(v.slice(COMPONENT_REF.length + INPUT_MARK.length))}`
          : v,
      );
    const schemas: Record<string, JsonSchema> = {};
    for (const [id, def] of output) schemas[id] = def;
    for (const [id, def] of input) schemas[inputName.get(id) ?? id] = rename(def);
    const components = (document.components ?? {}) as JsonSchema;
    document.paths = rename(document.paths);
    if (document.webhooks) document.webhooks = rename(document.webhooks);
    components.schemas = Object.fromEntries(
      Object.entries({ ...(components.schemas as object), ...schemas }).sort(([a], [b]) =>
        a.localeCompare(b),
      ),
    );
    document.components = components;
  }

  private relink(def: JsonSchema, io: Io): JsonSchema {
    return JSON.parse(JSON.stringify(def), (key, v) =>
      key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? refTo(v.slice(8), io) : v,
    );
  }
}

const refTo = (id: string, io: Io) => `${COMPONENT_REF}${io === 'input' ? INPUT_MARK : ''}${id}`;

const unmark = (value: unknown) =>
  JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'string' && v.startsWith(`${COMPONENT_REF}${INPUT_MARK}`)
      ? `${COMPONENT_REF}${v.slice(COMPONENT_REF.length + INPUT_MARK.length)}`
      : v,
  );
