/** Where a transform writes: the result tree (serialised as XML) or, for a fragment, only its text. */
export interface OutputSink {
  start(
    ns: string,
    prefix: string,
    local: string,
    attrs: { name: string; ns: string; value: string }[],
  ): void;
  end(): void;
  text(s: string): void;
}

/** A result tree fragment is only ever used for its string value here, so only text is kept. */
export class TextSink implements OutputSink {
  value = '';
  start(): void {}
  end(): void {}
  text(s: string): void {
    this.value += s;
  }
}

interface OutElement {
  ns: string;
  prefix: string;
  local: string;
  attrs: { name: string; ns: string; value: string }[];
  children: (OutElement | string)[];
}

export class TreeSink implements OutputSink {
  private readonly root: OutElement = { ns: '', prefix: '', local: '', attrs: [], children: [] };
  private readonly stack: OutElement[] = [this.root];

  start(ns: string, prefix: string, local: string, attrs: OutElement['attrs']): void {
    const el: OutElement = { ns, prefix, local, attrs, children: [] };
    this.top().children.push(el);
    this.stack.push(el);
  }

  end(): void {
    this.stack.pop();
  }

  text(s: string): void {
    if (s === '') return;
    const children = this.top().children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += s;
    else children.push(s);
  }

  serialize(): string {
    let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
    for (const c of this.root.children) xml += typeof c === 'string' ? escapeText(c) : element(c, new Map());
    return `${xml}\n`;
  }

  private top(): OutElement {
    return this.stack[this.stack.length - 1] as OutElement;
  }
}

/** Serialises with a namespace declaration wherever a prefix is not yet bound to the element's namespace. */
function element(el: OutElement, bound: Map<string, string>): string {
  const name = el.prefix ? `${el.prefix}:${el.local}` : el.local;
  let open = `<${name}`;
  let scope = bound;
  if (bound.get(el.prefix) !== el.ns) {
    scope = new Map(bound);
    scope.set(el.prefix, el.ns);
    open += el.prefix ? ` xmlns:${el.prefix}="${escapeAttr(el.ns)}"` : ` xmlns="${escapeAttr(el.ns)}"`;
  }
  for (const a of el.attrs) open += ` ${a.name}="${escapeAttr(a.value)}"`;
  if (el.children.length === 0) return `${open}/>`;
  let body = '';
  for (const c of el.children) body += typeof c === 'string' ? escapeText(c) : element(c, scope);
  return `${open}>${body}</${name}>`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
