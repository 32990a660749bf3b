// Test support: validates one part of a SOAP message (a body or header element, which declares its own namespace)
// against the vendored INSi XSDs with xmllint (Debian libxml2-utils). Used by the tests only; never at run time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const INSI_ASSETS = fileURLToPath(new URL('../../../assets/insi/', import.meta.url));

export const XSD = {
  recSans: 'INSi_RECSANS_INS.xsd',
  recVit: 'INSi_RECVITALE_INS.xsd',
  resultat: 'INSi_RESULTAT_INS.xsd',
  ctxbam: 'ROOT_ctxbam_CTXBAM_V01_02.xsd',
  ctxlps: 'ROOT_ctxlps_CTXLPS_V01_00.xsd',
  fault: 'schema_faultSOAP_V01_01.xsd',
} as const;

/** The first element named `local` (any prefix), start tag to matching end tag, as written. */
export function extractElement(xml: string, local: string): string {
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])[\\s\\S]*?</\\1>`);
  const m = re.exec(xml);
  if (!m) throw new Error(`Élément ${local} absent`);
  return m[0];
}

export interface XmllintResult {
  valid: boolean;
  output: string;
}

export function xmllintValidate(fragment: string, xsdFile: string): XmllintResult {
  const r = spawnSync('xmllint', ['--noout', '--schema', INSI_ASSETS + xsdFile, '-'], { input: fragment, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export const validatePart = (xml: string, local: string, xsdFile: string): XmllintResult => xmllintValidate(extractElement(xml, local), xsdFile);
