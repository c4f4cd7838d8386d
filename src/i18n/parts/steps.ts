import nl from '../nl-BE/steps'
import en from '../en/steps'

export default { 'nl-BE': nl, en }
