import ui from './nl-BE/ui'
import steps from './nl-BE/steps'
import fields from './nl-BE/fields'
import errors from './nl-BE/errors'
import map from './nl-BE/map'
import exportMessages from './nl-BE/export'
import files from './nl-BE/files'

export default { ...ui, steps, fields, errors, map, export: exportMessages, ...files }
