// The dashboard's three charts (recharts, SVG). Each is decorative for assistive technologies (aria-hidden,
// no keyboard layer): its data table beside it carries the same figures.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { INSI_RESULTS, INSI_RESULT_LABELS } from '../../../core/indicators/insi-results.js';
import type { IndicatorsView } from '../../stores/indicators-store.js';
import { CHART_COLOURS, STATUS_LABELS } from './labels.js';

const SIZE = { width: 520, height: 240 };
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };

export function StatusChart({ data }: { data: IndicatorsView }) {
  const rows = (Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((k) => ({ name: STATUS_LABELS[k], value: data.totals.byStatus[k] }));
  return (
    <div className="chart" aria-hidden="true">
      <BarChart {...SIZE} data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} width={72} />
        <Bar dataKey="value" name="Identités" fill={CHART_COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

export function RateChart({ data }: { data: IndicatorsView }) {
  const rows = data.series.map((s) => ({ name: s.label, qualification: Math.round(s.qualificationRate * 1000) / 10, ins: Math.round(s.insRate * 1000) / 10 }));
  return (
    <div className="chart" aria-hidden="true">
      <LineChart {...SIZE} data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis domain={[0, 100]} unit=" %" width={56} />
        <Legend />
        <Line type="monotone" dataKey="qualification" name="Qualifiées" stroke={CHART_COLOURS[0]} strokeWidth={2} isAnimationActive={false} />
        <Line type="monotone" dataKey="ins" name="Avec INS" stroke={CHART_COLOURS[1]} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
      </LineChart>
    </div>
  );
}

export function InsiChart({ data }: { data: IndicatorsView }) {
  const rows = data.series.map((s) => ({ name: s.label, ...s.insi }));
  return (
    <div className="chart" aria-hidden="true">
      <BarChart {...SIZE} data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} width={64} />
        <Legend />
        {INSI_RESULTS.map((r, i) => (
          <Bar key={r} dataKey={r} name={INSI_RESULT_LABELS[r]} stackId="insi" fill={CHART_COLOURS[i]} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
