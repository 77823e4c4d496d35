import type { X2jOptions, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * fast-xml-parser and what it pulls in (about 110 KB of the bundle) load the first time an XML
 * manifest (a pom.xml, a .NET project) is read, not with discovery: most checks read none.
 * Each caller gets one parser for its options, made once per run.
 */
export interface XmlTools {
  parser: XMLParser;
  validator: typeof XMLValidator;
  /** the symbol `captureMetaData` puts an element's start offset under */
  meta: symbol;
}

let library: Promise<typeof import('fast-xml-parser')> | undefined;

export function xmlTools(options: X2jOptions): () => Promise<XmlTools> {
  let tools: Promise<XmlTools> | undefined;
  return () =>
    (tools ??= (library ??= import('fast-xml-parser')).then(({ XMLParser, XMLValidator }) => ({
      parser: new XMLParser(options),
      validator: XMLValidator,
      meta: XMLParser.getMetaDataSymbol() as unknown as symbol,
    })));
}
