import { describe, expect, it } from 'vitest'
import { decodeMessage, encodeMessage } from '@/domain'

describe('messages: encodeMessage / decodeMessage', () => {
  it.each<[string, Record<string, string | number>]>([
    ['errors.phaseWithoutActivity', { phase: 'Aanvraag aan het loket' }],
    ['errors.improvementWithoutInsight', { point: 'Wachten :: altijd wachten', n: 2 }],
    ['errors.x', { text: '{"nested": "json"}' }],
  ])('round-trips %s with its params', (key, params) => {
    expect(decodeMessage(encodeMessage(key, params))).toEqual({ key, params })
  })

  it('leaves a message without params a plain key', () => {
    expect(encodeMessage('errors.goal')).toBe('errors.goal')
    expect(decodeMessage('errors.goal')).toEqual({ key: 'errors.goal', params: {} })
  })

  it('returns empty params when the JSON part is broken', () => {
    expect(decodeMessage('errors.noPhases::{"phase":')).toEqual({ key: 'errors.noPhases', params: {} })
  })
})
