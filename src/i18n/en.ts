import ui from './en/ui'
import catalogue from './en/catalogue'
import fields from './en/fields'
import errors from './en/errors'
import map from './en/map'
import files from './en/files'
import describe from './en/describe'

/** Always-loaded messages. The method texts (`steps`), the export labels (`export`) and the plain-language
 *  hints (`plainLanguage`) load with the part that needs them: see parts.ts. */
export default { ...ui, ...catalogue, fields, errors, map, ...files, ...describe }
