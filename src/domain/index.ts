export * from './catalogue'
export * from './schema'
export * from './factories'
export * from './ordering'
export * from './operations'
export * from './steps'
export * from './messages'
export { newId } from './ids'
export { locatePath } from './locate'
export * from './fileErrors'
export {
  MIGRATIONS,
  checkVersion,
  migrate,
  type MigrateResult,
  type Migration,
  type MigrationResult,
} from './migrations'
export * from './normalize'
export * from './envelope'
export { asNewDraft } from './copies'
