import ui from './nl-BE/ui'
import catalogue from './nl-BE/catalogue'
import fields from './nl-BE/fields'
import errors from './nl-BE/errors'
import map from './nl-BE/map'
import files from './nl-BE/files'
import describe from './nl-BE/describe'

/** Always-loaded messages. The method texts (`steps`), the export labels (`export`) and the plain-language
 *  hints (`plainLanguage`) load with the part that needs them: see parts.ts. */
export default { ...ui, ...catalogue, fields, errors, map, ...files, ...describe }
