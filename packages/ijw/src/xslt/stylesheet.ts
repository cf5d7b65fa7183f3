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
import { DOMParser } from '@xmldom/xmldom';
import { elementChildren, namespacesInScope, requiredAttr, XSL } from './dom.ts';
import { XsltError } from './errors.ts';
import {
  InstructionCompiler,
  NO_ARGS,
  type Param,
  type Rule,
  type Run,
  type Template,
} from './instructions.ts';
import { TreeSink } from './output.ts';
import { compilePattern } from './patterns.ts';
import { XPathRunner } from './xpath.ts';
import { compileXPath } from './xpath-compile.ts';
import { type Compiled, numberDocument } from './xpath-values.ts';

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
