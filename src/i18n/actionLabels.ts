import {
  ACTION_COLUMNS,
  ACTION_STATUSES,
  CHANNELS,
  EVIDENCE_KINDS,
  LANE_KINDS,
  PRIORITY_LEVELS,
  TOUCHPOINT_MODES,
} from '@/domain'
import type { ActionTableLabels } from '@/export/actionTable'
import type { ReportLabels } from '@/export/exportDocx'

type T = (key: string, params?: Record<string, unknown> | number, plural?: number) => string
const record = <K extends string>(keys: readonly K[], value: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, string>
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * The words of the action list's downloads (CSV and Word) from the UI's messages, in the language shown.
 * Needs the `actionPage` and `export` parts loaded.
 */
export function createActionTableLabels(t: T, laneName: (laneId: string) => string): ActionTableLabels {
  return {
    headings: record(ACTION_COLUMNS, (c) => t(`actionPage.columns.${c}`)),
    status: record(ACTION_STATUSES, (s) => t(`action.status.${s}`)),
    level: record(PRIORITY_LEVELS, (l) => t(`action.level.${l}`)),
    laneName,
  }
}

/** The Word report's words. `date` formats an ISO date in words; `now` and `changed` are already formatted. */
export function createReportLabels(
  t: T,
  o: { laneName: (laneId: string) => string; date: (iso: string) => string; now: string; changed: string },
): ReportLabels {
  const r = (key: string, params?: Record<string, unknown>) => t(`actionPage.report.${key}`, params)
  return {
    table: createActionTableLabels(t, o.laneName),
    untitled: t('start.untitled'),
    subtitle: r('subtitle', { date: o.now }),
    changed: r('changed', { date: o.changed }),
    summary: r('summary'),
    goal: t('map.goal'),
    case: t('map.case'),
    central: t('map.central'),
    general: t('map.general'),
    personaNeeds: t('map.personaNeeds'),
    lanes: r('lanes'),
    laneKinds: record(LANE_KINDS, (k) => t(`lanes.${k}`)),
    laneOf: (name, kind) => (name === kind ? name : r('laneOf', { name, kind })),
    counts: (phases, steps, positive, negative) => r('counts', { phases, steps, positive, negative }),
    review: r('review'),
    version: (name, at) => r('version', { name, date: at }),
    versions: (n) => r('versions', { n }),
    reviewOn: (date) => r('reviewOn', { date }),
    remarks: (total, open) => r('remarks', { total, open }),
    journey: r('journey'),
    phase: (n, name) => r('phase', { n, name }),
    step: (n, title) => r('step', { n, title }),
    noSteps: r('noSteps'),
    touchpoints: r('touchpoints'),
    touchpoint: (channel, mode) => r('touchpoint', { channel, mode }),
    channels: record(CHANNELS, (c) => t(`channels.${c}`)),
    modes: record(TOUCHPOINT_MODES, (m) => t(`modes.${m}`)),
    exclusion: (who) => t('map.exclusion', { who }),
    handoffTo: (to) => t('map.handoffTo', { to: to || t('map.handoffSomewhere') }),
    moments: r('moments'),
    moment: (n, emotion, text) => r('moment', { n, emotion, text }),
    emotion: Object.fromEntries(['-2', '-1', '1', '2'].map((k) => [k, lower(t(`emotion.${k}`))])),
    evidenceKinds: record(EVIDENCE_KINDS, (k) => t(`evidence.${k}`)),
    evidence: (kind, source) =>
      r(source ? 'evidenceSource' : 'evidence', { kind: lower(t(`evidence.${kind}`)), source }),
    aha: r('aha'),
    improvements: t('map.improvements'),
    strengths: t('map.strengths'),
    strengthBy: (role) => role,
    atMoment: (n) => r('atMoment', { n }),
    needs: r('needs'),
    needN: (n) => t('map.needN', { n }),
    needColumns: record(['n', 'text', 'moment', 'evidence'] as const, (k) => r(`needColumns.${k}`)),
    opportunities: r('opportunities'),
    opportunitiesIntro: r('opportunitiesIntro'),
    row: {
      moment: (n, text) => t('actionPage.row.moment', { n, text }),
      where: (lane, step) => t('actionPage.row.where', { lane, step }),
      phase: (n, name) => t('actionPage.row.phase', { n, name }),
    },
    figures: r('figures'),
    figureColumns: record(['label', 'value', 'phase', 'evidence'] as const, (k) => r(`figureColumns.${k}`)),
    wholeJourney: r('wholeJourney'),
    quotes: r('quotes'),
    quoteBy: (role) => r('quoteBy', { role }),
    quotePhase: (name) => r('quotePhase', { name }),
    images: r('images'),
    imageNoAlt: r('imageNoAlt'),
    map: r('map'),
    mapIntro: r('mapIntro'),
    mapPage: (label) => r('mapPage', { label }),
    none: r('none'),
    date: o.date,
  }
}
