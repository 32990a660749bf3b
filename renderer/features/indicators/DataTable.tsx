// A figures table with its caption and « Exporter en CSV » (`;`, BOM: opens as is in a French spreadsheet).
// Every chart of the dashboard has one: the table is the accessible form of the chart.
import { useId } from 'react';
import { toCsv, type CsvCell } from '../../../core/indicators/csv.js';
import { downloadText } from '../../lib/download.js';

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export interface DataTableProps {
  caption: string;
  columns: readonly Column[];
  /** What the cells show. */
  rows: readonly (readonly string[])[];
  /** What the CSV holds (raw numbers, decimal comma); defaults to the shown cells. */
  csvRows?: readonly (readonly CsvCell[])[];
  fileName: string;
}

export function DataTable({ caption, columns, rows, csvRows, fileName }: DataTableProps) {
  const captionId = useId();
  const exportCsv = () =>
    downloadText(`${fileName}.csv`, toCsv(columns.map((c) => c.label), csvRows ?? rows), 'text/csv;charset=utf-8');
  return (
    <div className="data-table">
      <table className="results">
        <caption id={captionId} className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">Aucune donnée sur la période.</td>
            </tr>
          )}
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j} className={columns[j]?.numeric ? 'num' : undefined}>{cell}</td>,
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--small" aria-describedby={captionId} onClick={exportCsv}>
        Exporter en CSV
      </button>
    </div>
  );
}
