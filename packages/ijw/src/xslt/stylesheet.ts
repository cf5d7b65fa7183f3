/**
 * An XSLT 1.0 processor for stylesheets built from the core instructions: templates with match
 * patterns, modes, priorities and parameters; call-template, apply-templates, for-each, if, choose,
 * variable, param, value-of, text and literal result elements. The stylesheet is compiled once into
 * closures; a transform then only walks the source document. Anything outside that set is refused
 * at compile time rather than run wrongly.
 *
 * Result tree fragments (a variable or parameter with content) become a node holding their text,
 * which gives them XSLT 1.0's behaviour as strings, numbers and booleans (always true).
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';
import { type OutputSink, TextSink, TreeSink } from './output.ts';
import { compilePattern, matches, type Pattern } from './patterns.ts';
import { type Scope, XPathRunner } from './xpath.ts';
import { type Compiled, compileXPath, numberDocument, toBool, toStr, type Value } from './xpath-compile.ts';

const XSL = 'http://www.w3.org/1999/XSL/Transform';
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const DOCUMENT = 9;

interface Run {
  xpath: XPathRunner;
}

/** One compiled instruction: runs on a context node with the variables in scope, writing to `out`. */
type Instruction = (run: Run, node: Node, scope: Scope | null, out: OutputSink) => void;

interface SequenceItem {
  variable?: { name: string; value: ValueOf };
  instruction?: Instruction;
}

type ValueOf = (run: Run, node: Node, scope: Scope | null) => Value;

interface Param {
  name: string;
  value: ValueOf;
}

interface Template {
  name?: string;
  mode: string;
  params: Param[];
  body: Instruction;
}

interface Rule {
  pattern: Pattern;
  priority: number;
  order: number;
  template: Template;
}

export interface CompiledStylesheet {
  transform(sourceXml: string): string;
}

export function compileStylesheet(text: string): CompiledStylesheet {
  const doc = new DOMParser({ onError: failOnError }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== XSL || !['stylesheet', 'transform'].includes(root.localName ?? '')) {
    throw new XsltError('not an XSLT stylesheet');
  }
  const namespaces = namespacesInScope(root);
  const exprs = new Map<string, Compiled>();
  const compileExpr = (source: string): Compiled => {
    let e = exprs.get(source);
    if (!e) {
      e = compileXPath(source, namespaces);
      exprs.set(source, e);
    }
    return e;
  };
  const compiler = new InstructionCompiler(compileExpr, doc);
  const named = new Map<string, Template>();
  const rulesByMode = new Map<string, Rule[]>();
  const globals: Param[] = [];
  let order = 0;
  for (const child of elementChildren(root)) {
    if (child.namespaceURI !== XSL) continue; // top-level elements in other namespaces are ignored (2.2)
    switch (child.localName) {
      case 'output':
      case 'strip-space':
      case 'preserve-space':
        break; // output is always XML; source whitespace is kept as libxslt does without strip-space
      case 'variable':
      case 'param':
        globals.push({ name: requiredAttr(child, 'name'), value: compiler.valueOf(child) });
        break;
      case 'template': {
        const template = compiler.template(child);
        if (template.name) named.set(template.name, template);
        const match = child.getAttribute('match');
        if (match) {
          const explicit = child.getAttribute('priority');
          for (const pattern of compilePattern(match, namespaces)) {
            const priority = explicit ? Number(explicit) : pattern.defaultPriority;
            const rules = rulesByMode.get(template.mode) ?? [];
            rules.push({ pattern, priority, order: order++, template });
            rulesByMode.set(template.mode, rules);
          }
        }
        break;
      }
      default:
        throw new XsltError(`unsupported top-level element xsl:${child.localName}`);
    }
  }
  // Conflict resolution (5.5): highest priority first, then the last in the stylesheet.
  for (const rules of rulesByMode.values()) {
    rules.sort((a, b) => b.priority - a.priority || b.order - a.order);
  }
  compiler.resolve(named, rulesByMode);

  return {
    transform(sourceXml: string): string {
      const source = new DOMParser({ onError: failOnError }).parseFromString(sourceXml, 'text/xml');
      numberDocument(source);
      const run: Run = { xpath: new XPathRunner() };
      for (const g of globals) run.xpath.globals.set(g.name, g.value(run, source, null));
      const out = new TreeSink();
      compiler.applyTemplates(run, [source], '', NO_ARGS, out);
      return out.serialize();
    },
  };
}

function failOnError(level: string, message: string): void {
  if (level !== 'warning') throw new XsltError(`XML: ${message}`);
}

class InstructionCompiler {
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

const NO_ARGS: ReadonlyMap<string, Value> = new Map();

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

function isXsl(n: Node, local: string): n is Element {
  return n.nodeType === ELEMENT && (n as Element).namespaceURI === XSL && (n as Element).localName === local;
}

function childNodes(n: Node): Node[] {
  const out: Node[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function elementChildren(n: Node): Element[] {
  return childNodes(n).filter((c): c is Element => c.nodeType === ELEMENT);
}

function requiredAttr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  if (v === null || v === '') throw new XsltError(`xsl:${el.localName} needs a ${name} attribute`);
  return v;
}

function namespacesInScope(el: Element): Record<string, string> {
  const map: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a?.prefix === 'xmlns') map[a.localName ?? ''] = a.value;
  }
  return map;
}
