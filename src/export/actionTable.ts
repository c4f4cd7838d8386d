import {
  ACTION_COLUMNS,
  formatDueDate,
  type ActionColumn,
  type ActionItem,
  type ActionStatus,
  type Action,
} from '@/domain'

/** The words around the action list's cells, already translated (the UI builds them from its messages). */
export interface ActionTableLabels {
  headings: Record<ActionColumn, string>
  status: Record<ActionStatus, string>
  level: Record<Action['impact'], string>
  laneName: (laneId: string) => string
}

/**
 * The action list as a table of words, one row per opportunity in the order given (sorted by priority):
 * the same columns in the CSV file and in the Word report. Status and priority are words, dates dd/mm/jjjj.
 */
export function actionTable(
  items: readonly ActionItem[],
  labels: ActionTableLabels,
): { headings: string[]; rows: string[][] } {
  return {
    headings: ACTION_COLUMNS.map((c) => labels.headings[c]),
    rows: items.map((item, i) => [
      String(i + 1),
      String(item.n),
      item.text,
      [String(item.momentN), item.momentText].filter(Boolean).join(' – '),
      item.stepTitle,
      [String(item.phaseNumber), item.phaseName].filter(Boolean).join(' – '),
      labels.laneName(item.laneId),
      item.action.owner,
      item.action.nextStep,
      labels.status[item.action.status],
      labels.level[item.action.impact],
      labels.level[item.action.effort],
      formatDueDate(item.action.due),
    ]),
  }
}
