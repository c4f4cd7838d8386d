import nl from '../nl-BE/actions'
import en from '../en/actions'

export default { 'nl-BE': nl, en }
