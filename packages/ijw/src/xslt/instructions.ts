/**
 * Compiles the instructions of an XSLT 1.0 stylesheet (the set `stylesheet.ts` describes) into closures,
 * and applies templates with them: template matching per mode, built-in rules, parameters.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import {
  CDATA,
  childNodes,
  DOCUMENT,
  ELEMENT,
  elementChildren,
  isXsl,
  requiredAttr,
  TEXT,
  XSL,
} from './dom.ts';
import { XsltError } from './errors.ts';
import { type OutputSink, TextSink } from './output.ts';
import { matches, type Pattern } from './patterns.ts';
import type { Scope, XPathRunner } from './xpath.ts';
import { type Compiled, toBool, toStr, type Value } from './xpath-values.ts';

export interface Run {
  xpath: XPathRunner;
}

/** One compiled instruction: runs on a context node with the variables in scope, writing to `out`. */
export type Instruction = (run: Run, node: Node, scope: Scope | null, out: OutputSink) => void;

interface SequenceItem {
  variable?: { name: string; value: ValueOf };
  instruction?: Instruction;
}

export type ValueOf = (run: Run, node: Node, scope: Scope | null) => Value;

export interface Param {
  name: string;
  value: ValueOf;
}

export interface Template {
  name?: string;
  mode: string;
  params: Param[];
  body: Instruction;
}

export interface Rule {
  pattern: Pattern;
  priority: number;
  order: number;
  template: Template;
}

export class InstructionCompiler {
  private named = new Map<string, Template>();
  private rulesByMode = new Map<string, Rule[]>();

  constructor(
    private readonly expr: (source: string) => Compiled,
    private readonly constants: Document,
  ) {}

  /**
   * The value of an expression. The shapes that dominate the rules stylesheet (`.`, `$name`, a string
   * literal) skip the general evaluator.
   */
  private evaluator(source: string): ValueOf {
    const trimmed = source.trim();
    if (trimmed === '.') {
      return (_run, node) => [node];
    }
    const variable = /^\$([\w.-]+)$/.exec(trimmed)?.[1];
    if (variable) {
      return (run, _node, scope) => {
        for (let s = scope; s; s = s.parent) if (s.name === variable) return s.value;
        return run.xpath.global(variable);
      };
    }
    const literal = /^'([^']*)'$|^"([^"]*)"$/.exec(trimmed);
    if (literal) {
      const value = literal[1] ?? literal[2] ?? '';
      return () => value;
    }
    const e = this.expr(source);
    return (run, node, scope) => run.xpath.evaluate(e, node, scope);
  }

  resolve(named: Map<string, Template>, rulesByMode: Map<string, Rule[]>): void {
    this.named = named;
    this.rulesByMode = rulesByMode;
  }

  template(el: Element): Template {
    const params: Param[] = [];
    const body: Element[] = [];
    for (const n of childNodes(el)) {
      if (isXsl(n, 'param')) params.push({ name: requiredAttr(n, 'name'), value: this.valueOf(n) });
      else body.push(n as Element);
    }
    const t: Template = {
      mode: el.getAttribute('mode') ?? '',
      params,
      body: this.sequence(body),
    };
    const name = el.getAttribute('name');
    if (name) t.name = name;
    return t;
  }

  /** The value of a variable, parameter or with-param: `select`, else its content as a fragment, else ''. */
  valueOf(el: Element): ValueOf {
    const select = el.getAttribute('select');
    if (select) return this.evaluator(select);
    const content = childNodes(el);
    if (content.length === 0) {
      return () => '';
    }
    if (content.every((c) => c.nodeType === TEXT || c.nodeType === CDATA)) {
      // A fragment of constant text: one shared node, as nothing can change a fragment.
      const constant = this.fragment(content.map((c) => c.nodeValue ?? '').join(''));
      return () => constant;
    }
    const body = this.sequence(content);
    return (run, node, scope) => {
      const sink = new TextSink();
      body(run, node, scope, sink);
      return this.fragment(sink.value);
    };
  }

  private fragment(text: string): Value {
    const holder = this.constants.createElement('rtf');
    holder.appendChild(this.constants.createTextNode(text));
    return [holder];
  }

  sequence(nodes: Node[]): Instruction {
    const items: SequenceItem[] = [];
    for (const n of nodes) {
      if (isXsl(n, 'variable')) {
        items.push({ variable: { name: requiredAttr(n, 'name'), value: this.valueOf(n) } });
      } else {
        const instruction = this.instruction(n);
        if (instruction) items.push({ instruction });
      }
    }
    if (items.length === 1 && items[0]?.instruction) return items[0].instruction;
    return (run, node, scope, out) => {
      let s = scope;
      for (const item of items) {
        if (item.instruction) item.instruction(run, node, s, out);
        else if (item.variable) {
          s = { name: item.variable.name, value: item.variable.value(run, node, s), parent: s };
        }
      }
    };
  }

  private instruction(n: Node): Instruction | undefined {
    if (n.nodeType === TEXT || n.nodeType === CDATA) {
      const text = n.nodeValue ?? '';
      if (text.trim() === '') return undefined; // whitespace-only text in a stylesheet is stripped (3.4)
      return (_run, _node, _scope, out) => out.text(text);
    }
    if (n.nodeType !== ELEMENT) return undefined;
    const el = n as Element;
    if (el.namespaceURI !== XSL) return this.literalElement(el);
    switch (el.localName) {
      case 'value-of': {
        const value = this.evaluator(requiredAttr(el, 'select'));
        return (run, node, scope, out) => out.text(toStr(value(run, node, scope)));
      }
      case 'text': {
        const text = el.textContent ?? '';
        return (_run, _node, _scope, out) => out.text(text);
      }
      case 'if': {
        const test = this.expr(requiredAttr(el, 'test'));
        const body = this.sequence(childNodes(el));
        return (run, node, scope, out) => {
          if (toBool(run.xpath.evaluate(test, node, scope))) body(run, node, scope, out);
        };
      }
      case 'choose':
        return this.choose(el);
      case 'for-each': {
        const select = this.expr(requiredAttr(el, 'select'));
        const body = this.sequence(childNodes(el).filter((c) => !isXsl(c, 'sort')));
        if (childNodes(el).some((c) => isXsl(c, 'sort'))) throw new XsltError('xsl:sort is not supported');
        return (run, node, scope, out) => {
          for (const item of nodeSet(run.xpath.evaluate(select, node, scope))) body(run, item, scope, out);
        };
      }
      case 'call-template': {
        const name = requiredAttr(el, 'name');
        const args = this.withParams(el);
        return (run, node, scope, out) => {
          const template = this.named.get(name);
          if (!template) throw new XsltError(`no template named ${name}`);
          this.invoke(run, template, node, evaluateArgs(args, run, node, scope), out);
        };
      }
      case 'apply-templates': {
        const selectText = (el.getAttribute('select') || 'child::node()').trim();
        const select = this.evaluator(selectText);
        const self = selectText === '.';
        const mode = el.getAttribute('mode') ?? '';
        const args = this.withParams(el);
        if (childNodes(el).some((c) => isXsl(c, 'sort'))) throw new XsltError('xsl:sort is not supported');
        return (run, node, scope, out) => {
          const nodes = self ? [node] : nodeSet(select(run, node, scope));
          this.applyTemplates(run, nodes, mode, evaluateArgs(args, run, node, scope), out);
        };
      }
      default:
        throw new XsltError(`unsupported instruction xsl:${el.localName}`);
    }
  }

  private choose(el: Element): Instruction {
    const branches: { test?: Compiled; body: Instruction }[] = [];
    for (const c of elementChildren(el)) {
      if (isXsl(c, 'when')) {
        branches.push({ test: this.expr(requiredAttr(c, 'test')), body: this.sequence(childNodes(c)) });
      } else if (isXsl(c, 'otherwise')) branches.push({ body: this.sequence(childNodes(c)) });
      else throw new XsltError(`unexpected ${(c as Element).nodeName} in xsl:choose`);
    }
    return (run, node, scope, out) => {
      for (const b of branches) {
        if (!b.test || toBool(run.xpath.evaluate(b.test, node, scope))) {
          b.body(run, node, scope, out);
          return;
        }
      }
    };
  }

  private literalElement(el: Element): Instruction {
    const attrs: { name: string; ns: string; value: string }[] = [];
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i);
      if (!a || a.name === 'xmlns' || a.prefix === 'xmlns') continue;
      if (a.namespaceURI === XSL) continue;
      if (a.value.includes('{')) throw new XsltError('attribute value templates are not supported');
      attrs.push({ name: a.name, ns: a.namespaceURI ?? '', value: a.value });
    }
    const ns = el.namespaceURI ?? '';
    const prefix = el.prefix ?? '';
    const local = el.localName ?? el.nodeName;
    const body = this.sequence(childNodes(el));
    return (run, node, scope, out) => {
      out.start(ns, prefix, local, attrs);
      body(run, node, scope, out);
      out.end();
    };
  }

  private withParams(el: Element): Param[] {
    return elementChildren(el)
      .filter((c) => isXsl(c, 'with-param'))
      .map((c) => ({ name: requiredAttr(c, 'name'), value: this.valueOf(c) }));
  }

  private invoke(
    run: Run,
    template: Template,
    node: Node,
    args: ReadonlyMap<string, Value>,
    out: OutputSink,
  ): void {
    let scope: Scope | null = null;
    for (const p of template.params) {
      const value: Value = args.get(p.name) ?? p.value(run, node, scope);
      scope = { name: p.name, value, parent: scope };
    }
    template.body(run, node, scope, out);
  }

  applyTemplates(
    run: Run,
    nodes: Node[],
    mode: string,
    args: ReadonlyMap<string, Value>,
    out: OutputSink,
  ): void {
    const rules = this.rulesByMode.get(mode) ?? [];
    for (const node of nodes) {
      const rule = rules.find((r) => matches(r.pattern, node, run.xpath));
      if (rule) this.invoke(run, rule.template, node, args, out);
      else this.builtIn(run, node, mode, out);
    }
  }

  /** The built-in template rules (5.8); like libxslt, they do not pass parameters on. */
  private builtIn(run: Run, node: Node, mode: string, out: OutputSink): void {
    if (node.nodeType === ELEMENT || node.nodeType === DOCUMENT) {
      this.applyTemplates(run, childNodes(node), mode, NO_ARGS, out);
    } else if (node.nodeType === TEXT || node.nodeType === CDATA || node.nodeType === 2) {
      out.text(node.nodeValue ?? '');
    }
  }
}

export const NO_ARGS: ReadonlyMap<string, Value> = new Map();

function evaluateArgs(args: Param[], run: Run, node: Node, scope: Scope | null): ReadonlyMap<string, Value> {
  if (args.length === 0) return NO_ARGS;
  const values = new Map<string, Value>();
  for (const a of args) values.set(a.name, a.value(run, node, scope));
  return values;
}

function nodeSet(value: Value): Node[] {
  if (!Array.isArray(value)) throw new XsltError('expression does not select nodes');
  return value;
}
