import ui from './en/ui'
import fields from './en/fields'
import errors from './en/errors'
import map from './en/map'
import files from './en/files'

/** Always-loaded messages. The method texts (`steps`) and the PDF labels (`export`) load with the wizard and the
 *  PDF export: see parts.ts. */
export default { ...ui, fields, errors, map, ...files }
