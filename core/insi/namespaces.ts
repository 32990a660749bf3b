// INSi wire constants from DESIR_ICIR_EXP_1.5.0.wsdl (assets/insi/): namespace URIs, operations and their
// WS-Addressing actions. Elements are always matched by namespace URI, never by prefix (research §5.11).

export const NS = {
  soap: 'http://www.w3.org/2003/05/soap-envelope',
  recSans: 'http://www.cnamts.fr/INSiRecSans',
  recVit: 'http://www.cnamts.fr/INSiRecVit',
  resultat: 'http://www.cnamts.fr/INSiResultat',
  ctxbam: 'urn:siram:bam:ctxbam',
  ctxlps: 'urn:siram:lps:ctxlps',
  siram: 'urn:siram',
  wsa: 'http://www.w3.org/2005/08/addressing',
  wsse: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd',
} as const;

export const OPERATIONS = {
  traits: 'rechercherInsAvecTraitsIdentite',
  vitale: 'rechercherInsAvecCarteVitale',
} as const;

export type InsiOperation = (typeof OPERATIONS)[keyof typeof OPERATIONS];

/** wsa:Action = soapAction of the WSDL binding. */
export const ACTIONS: Readonly<Record<InsiOperation, string>> = {
  rechercherInsAvecTraitsIdentite: 'urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite',
  rechercherInsAvecCarteVitale: 'urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale',
};

/** SOAP 1.2 media type; the `action` parameter mirrors wsa:Action (whether the server needs it is UNCONFIRMED). */
export const soapContentType = (action: string): string => `application/soap+xml;charset=UTF-8;action="${action}"`;

/** CodeCR values of RESULTAT (research §2.1). */
export const CR = { found: '00', notFound: '01', multiple: '02' } as const;
