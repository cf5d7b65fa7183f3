/**
 * Evaluates compiled XPath 1.0 expressions (the `xpath` package's evaluator) with XSLT's additions:
 * the stylesheet's namespace prefixes, variables in scope and `current()`.
 */
import type { Node } from '@xmldom/xmldom';
import {
  type CompiledXPath,
  FunctionResolver,
  XNodeSet,
  XPathContext,
  type XPathValue,
} from './xpath-lib.ts';
import { XsltError } from './errors.ts';

/** Variables in scope: a linked list, so entering a scope allocates one cell and never copies. */
export interface Scope {
  readonly name: string;
  readonly value: XPathValue;
  readonly parent: Scope | null;
}

export class XPathRunner {
  private scope: Scope | null = null;
  private readonly context: InstanceType<typeof XPathContext>;
  globals = new Map<string, XPathValue>();

  constructor(namespaces: Record<string, string>) {
    const functions = new FunctionResolver();
    // XSLT's current(): the node the instruction runs on, which is the expression's context node.
    functions.addFunction('', 'current', (c) => {
      const set = new XNodeSet();
      set.add(c.expressionContextNode);
      return set;
    });
    this.context = new XPathContext(
      {
        getVariable: (name) => {
          for (let s = this.scope; s; s = s.parent) if (s.name === name) return s.value;
          return this.global(name);
        },
      },
      { getNamespace: (prefix) => namespaces[prefix] ?? null },
      functions,
    );
  }

  global(name: string): XPathValue {
    const value = this.globals.get(name);
    if (value === undefined) throw new XsltError(`undeclared variable $${name}`);
    return value;
  }

  /**
   * Evaluates `expr` on `node`. Evaluation never re-enters the XSLT engine, so one context object is
   * reused and the scope is swapped in for the call.
   */
  evaluate(expr: CompiledXPath, node: Node, scope: Scope | null = null): XPathValue {
    this.scope = scope;
    this.context.expressionContextNode = node;
    return expr.expression.evaluate(this.context);
  }
}
