// Namespace-resolved XML tree on top of fast-xml-parser: every element carries its namespace URI and local
// name, so INSi answers are read whatever prefixes the server chose (soap/env/S, ns2, default namespace).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  ns: string | null;
  local: string;
  /** Attributes by their name as written (`code`, `xml:lang`); namespace declarations excluded. */
  attrs: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  /** Concatenated text content of this element (not of its descendants), untrimmed. */
  text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; error: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

export function parseXml(xml: string): XmlParse {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `${valid.err.msg} (ligne ${valid.err.line}, colonne ${valid.err.col})` };
  const nodes = parser.parse(xml) as RawNode[];
  const roots = nodes.map((n) => toElement(n, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]))).filter((e): e is XmlElement => e !== null);
  const [root] = roots;
  if (roots.length !== 1 || root === undefined) return { ok: false, error: 'Le document doit contenir exactement un élément racine' };
  return { ok: true, root };
}

function toElement(node: RawNode, scope: ReadonlyMap<string, string>): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment');
  if (name === undefined) return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const inner = new Map(scope);
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) {
    if (key === 'xmlns') inner.set('', value);
    else if (key.startsWith('xmlns:')) inner.set(key.slice(6), value);
    else attrs[key] = value;
  }
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const ns = inner.get(prefix);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] ?? []) as RawNode[]) {
    if (typeof child['#text'] === 'string') text += child['#text'];
    else {
      const el = toElement(child, inner);
      if (el) children.push(el);
    }
  }
  return { ns: ns === undefined || ns === '' ? null : ns, local, attrs, children, text };
}

export const isElement = (el: XmlElement, ns: string, local: string): boolean => el.ns === ns && el.local === local;

export const childrenOf = (el: XmlElement, ns: string, local: string): XmlElement[] => el.children.filter((c) => isElement(c, ns, local));

export const childOf = (el: XmlElement, ns: string, local: string): XmlElement | undefined => el.children.find((c) => isElement(c, ns, local));

/** Trimmed text of a child element, or null when the child is absent or empty. */
export function childText(el: XmlElement, ns: string, local: string): string | null {
  const c = childOf(el, ns, local);
  const t = c?.text.trim();
  return t === undefined || t === '' ? null : t;
}

/** First descendant (depth first, self included) with this name. */
export function findDeep(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  if (isElement(el, ns, local)) return el;
  for (const c of el.children) {
    const hit = findDeep(c, ns, local);
    if (hit) return hit;
  }
  return undefined;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text and attribute values (an apostrophe in D'ARTAGNAN travels as &apos;, as node-soap sends it). */
export const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
