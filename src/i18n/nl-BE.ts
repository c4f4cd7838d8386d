import ui from './nl-BE/ui'
import steps from './nl-BE/steps'
import fields from './nl-BE/fields'
import errors from './nl-BE/errors'

export default { ...ui, steps, fields, errors }
