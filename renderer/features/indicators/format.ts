// French display of the dashboard's figures: 1 234 567, 38,0 %.
const int = new Intl.NumberFormat('fr-FR');
export const fmtInt = (n: number): string => int.format(n);
export const fmtRate = (r: number): string => `${(r * 100).toFixed(1).replace('.', ',')} %`;
/** A rate as a percentage with two decimals for the CSV (a number: the CSV writes the decimal comma). */
export const pctNumber = (r: number): number => Math.round(r * 10_000) / 100;
