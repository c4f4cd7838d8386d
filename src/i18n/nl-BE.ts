import ui from './nl-BE/ui'
import fields from './nl-BE/fields'
import errors from './nl-BE/errors'
import map from './nl-BE/map'
import files from './nl-BE/files'

/** Always-loaded messages. The method texts (`steps`) and the PDF labels (`export`) load with the wizard and the
 *  PDF export: see parts.ts. */
export default { ...ui, fields, errors, map, ...files }
