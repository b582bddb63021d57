// A parse5 tree adapter that builds linkedom nodes: parse5 follows the HTML standard's tree
// construction (the implied <html>, <head> and <body>, content after </html>, foster-parented
// table text), so Node gets the tree a browser builds, and linkedom keeps the fast DOM the
// extraction is tuned for. Node-only, like parse-html.ts.
import { DOMParser } from 'linkedom';
import { html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

type Attribute = Token.Attribute;

interface LinkedomTypes extends TreeAdapterTypeMap<Node, ParentNode, ChildNode, Document, DocumentFragment, Element, Comment, Text, Element, DocumentType> {}

// What the DOM does not keep for us: a <template>'s content (browsers keep it out of the tree,
// so its text is no page text), the document's quirks mode, MathML's namespace (linkedom makes
// every non-SVG element an HTML one, and parse5 needs the real one to place foreign content).
const templateContents = new WeakMap<Element, DocumentFragment>();
const documentModes = new WeakMap<Document, html.DOCUMENT_MODE>();
const mathElements = new WeakSet<Element>();

// The document every parse builds into; createDocument runs once per parse, before any node.
let current: Document | null = null;

function owner(): Document {
  if (!current) throw new Error('linkedomTreeAdapter: a node was created before createDocument');
  return current;
}

function attributeName(attribute: Attribute): string {
  return attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
}

function setAttributes(element: Element, attrs: readonly Attribute[]): void {
  // linkedom puts each new attribute first: set them last to first to keep the page's order.
  for (let i = attrs.length - 1; i >= 0; i--) {
    const attribute = attrs[i] as Attribute;
    element.setAttribute(attributeName(attribute), attribute.value);
  }
}

function insertTextBefore(parent: ParentNode, text: string, reference: ChildNode | null): void {
  const previous = reference ? reference.previousSibling : parent.lastChild;
  if (previous && previous.nodeType === 3) (previous as Text).data += text;
  else parent.insertBefore(owner().createTextNode(text), reference);
}

export const linkedomTreeAdapter: TreeAdapter<LinkedomTypes> = {
  createDocument() {
    const document = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
    current = document;
    return document;
  },
  createDocumentFragment: () => owner().createDocumentFragment(),
  createElement(tagName, namespaceURI, attrs) {
    const document = owner();
    const element = namespaceURI === html.NS.SVG ? document.createElementNS(namespaceURI, tagName) : document.createElement(tagName);
    if (namespaceURI === html.NS.MATHML) mathElements.add(element);
    setAttributes(element, attrs);
    return element;
  },
  createCommentNode: (data) => owner().createComment(data),
  createTextNode: (value) => owner().createTextNode(value),
  appendChild(parent, node) {
    parent.appendChild(node);
  },
  insertBefore(parent, node, reference) {
    parent.insertBefore(node, reference);
  },
  setTemplateContent(template, content) {
    templateContents.set(template, content);
  },
  getTemplateContent(template) {
    const content = templateContents.get(template);
    if (!content) throw new Error('linkedomTreeAdapter: a <template> without content');
    return content;
  },
  // The doctype only sets quirks mode, which the parser reads through getDocumentMode.
  setDocumentType() {},
  setDocumentMode(document, mode) {
    documentModes.set(document, mode);
  },
  getDocumentMode: (document) => documentModes.get(document) ?? html.DOCUMENT_MODE.NO_QUIRKS,
  detachNode(node) {
    node.parentNode?.removeChild(node);
  },
  insertText(parent, text) {
    insertTextBefore(parent, text, null);
  },
  insertTextBefore,
  adoptAttributes(recipient, attrs) {
    for (const attribute of attrs) {
      const name = attributeName(attribute);
      if (!recipient.hasAttribute(name)) recipient.setAttribute(name, attribute.value);
    }
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes: (node) => Array.from(node.childNodes),
  getParentNode: (node) => node.parentNode,
  getAttrList: (element) => Array.from(element.attributes, (attribute) => ({ name: attribute.name, value: attribute.value })),
  getTagName: (element) => element.localName,
  getNamespaceURI(element) {
    if (mathElements.has(element)) return html.NS.MATHML;
    return element.namespaceURI === html.NS.SVG ? html.NS.SVG : html.NS.HTML;
  },
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  getDocumentTypeNodePublicId: (node) => node.publicId,
  getDocumentTypeNodeSystemId: (node) => node.systemId,
  isTextNode: (node): node is Text => node.nodeType === 3,
  isCommentNode: (node): node is Comment => node.nodeType === 8,
  isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
  isElementNode: (node): node is Element => node.nodeType === 1,
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};
