// French labels of the dashboard (RNIV vocabulary).
export const STATUS_LABELS = { provisoire: 'Provisoire', recuperee: 'Récupérée', validee: 'Validée', qualifiee: 'Qualifiée' } as const;
export const ATTRIBUTE_LABELS = { douteuse: 'Douteuse', fictive: 'Fictive', homonyme: 'Homonyme' } as const;
export const GRANULARITY_LABELS = { month: 'Par mois', week: 'Par semaine' } as const;
/** One colour per series, readable on white and distinct for the common colour-vision deficiencies. */
export const CHART_COLOURS = ['#0b5cad', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'] as const;
