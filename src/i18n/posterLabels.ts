import {
  CHANNELS,
  EVIDENCE_KINDS,
  LANE_KINDS,
  TOUCHPOINT_MODES,
  ACTION_STATUSES,
  PRIORITY_LEVELS,
} from '@/domain'
import type { PosterLabels } from '@/domain/layout/poster'

type T = (key: string, params?: Record<string, unknown> | number, plural?: number) => string
const record = <K extends string>(keys: readonly K[], value: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, string>

/**
 * The poster's words from the UI's messages (the `export` part must be loaded), in the language shown. The
 * map's own words (`map.*`) are reused, so screen and paper say the same.
 */
export function createPosterLabels(t: T, changedOn: string): PosterLabels {
  const n = (key: string) => (k: number) => t(key, { n: k })
  return {
    untitled: t('start.untitled'),
    goal: t('map.goal'),
    case: t('map.case'),
    central: t('map.central'),
    general: t('map.general'),
    personaNeeds: t('map.personaNeeds'),
    lanes: record(LANE_KINDS, (k) => t(`lanes.${k}`)),
    channels: record(CHANNELS, (k) => t(`channels.${k}`)),
    modes: record(TOUCHPOINT_MODES, (k) => t(`modes.${k}`)),
    evidence: record(EVIDENCE_KINDS, (k) => t(`evidence.short.${k}`)),
    status: record(ACTION_STATUSES, (k) => t(`action.status.${k}`)),
    level: record(PRIORITY_LEVELS, (k) => t(`action.level.${k}`)),
    phases: (from, to, count) =>
      from === to ? t('export.phase', { from, count }) : t('export.phases', { from, to, count }),
    sheet: (k, count) => t('export.sheet', { n: k, count }),
    page: (k, count) => t('export.page', { n: k, count }),
    changed: t('export.changed', { date: changedOn }),
    steps: t('map.steps'),
    stepN: n('map.stepN'),
    momentN: n('map.momentN'),
    needN: n('map.needN'),
    opportunityN: n('map.opportunityN'),
    fromMoment: n('map.fromMoment'),
    feelingOf: (lane) => t('map.feelingOf', { lane }),
    positive: t('map.positive'),
    negative: t('map.negative'),
    aha: t('map.aha'),
    improvementN: n('map.improvementN'),
    strength: t('map.strength'),
    strengthBy: (role) => t('export.strengthBy', { role }),
    handoffTo: (to) => t('map.handoffTo', { to: to || t('map.handoffSomewhere') }),
    exclusion: (who) => t('map.exclusion', { who }),
    assumption: t('map.assumption'),
    insights: t('map.rows.insights'),
    extra: t('map.rows.extra'),
    legendTitle: t('map.legend.title'),
    legend: {
      positive: t('export.legend.positive'),
      negative: t('export.legend.negative'),
      aha: t('export.legend.aha'),
      strength: t('export.legend.strength'),
      handoff: t('export.legend.handoff'),
      assumption: t('export.legend.assumption'),
      curve: t('export.legend.curve'),
    },
    seeAppendix: (ref) => t('export.seeAppendix', { ref }),
    appendixTitle: t('export.appendixTitle'),
    generalExtra: t('map.generalExtra'),
    extraElsewhere: t('export.extraElsewhere'),
    appendixIntro: t('export.appendixIntro'),
    appendixItem: (step, lane, title) => t('export.appendixItem', { step, lane, title }),
    moreMoments: (k) => t('export.moreMoments', { n: k }, k),
    summary: {
      title: t('export.summary.title'),
      curve: t('export.summary.curve'),
      aha: t('export.summary.aha'),
      improvements: t('export.summary.improvements'),
      strengths: t('export.summary.strengths'),
      needs: t('export.summary.needs'),
      opportunities: t('export.summary.opportunities'),
      counts: (phases, steps, lanes, handoffs) =>
        t('export.summary.counts', { phases, steps, lanes, handoffs }),
      moments: (positive, negative) => t('export.summary.moments', { positive, negative }),
      unknowns: t('export.summary.unknowns'),
      noUnknowns: t('export.summary.noUnknowns'),
      unknownStep: (k, title) => t('export.summary.unknownStep', { n: k, title }),
      unknownItself: t('export.summary.unknownItself'),
      unknownFigures: t('export.summary.unknownFigures'),
    },
    checked: (k) => t('review.checked.count', { n: k }, k),
    unchecked: t('review.checked.none'),
    compare: {
      current: t('review.compare.current'),
      desired: t('review.compare.desired'),
      title: t('review.compare.title'),
      negative: (current, desired) => t('review.compare.negative', { current, desired }),
      average: (current, desired) => t('review.compare.average', { current, desired }),
      phase: (k, name, current, desired) => t('review.compare.phase', { n: k, name, current, desired }),
    },
    actions: {
      title: t('export.actions.title'),
      intro: t('export.actions.intro'),
      owner: t('export.actions.owner'),
      status: t('export.actions.status'),
      priority: t('export.actions.priority'),
      due: t('export.actions.due'),
      next: t('export.actions.next'),
      none: t('export.actions.none'),
      opportunity: t('export.actions.opportunity'),
      from: t('export.actions.from'),
      phaseN: (k, name) => t('export.actions.phaseN', { n: k, name }),
      impactIs: (level) => t('export.actions.impactIs', { level }),
      effortIs: (level) => t('export.actions.effortIs', { level }),
      continued: t('export.actions.continued'),
    },
  }
}
