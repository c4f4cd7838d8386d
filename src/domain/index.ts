export * from './catalogue'
export * from './limits'
export * from './schema'
export * from './factories'
export * from './ordering'
export * from './operations'
export * from './paths'
export * from './leafRules'
export * from './steps'
export * from './stepContext'
export * from './stepRules'
export * from './stepSchemas'
export * from './messages'
export { newId } from './ids'
export { locatePath } from './locate'
export * from './place'
export * from './fileErrors'
export {
  MIGRATIONS,
  checkVersion,
  migrate,
  type MigrateResult,
  type Migration,
  type MigrationResult,
} from './migrations'
export * from './repair'
export * from './normalize'
export * from './envelope'
export { asNewDraft } from './copies'
export { integrityIssues } from './integrity'
export * from './history'
export * from './diff'
export * from './overview'
export * from './map/placement'
export * from './map/mapModel'
export * from './layout/icons'
export * from './versions'
export * from './remarks'
export * from './reviewFiles'
