import nl from '../nl-BE/export'
import en from '../en/export'

export default { 'nl-BE': nl, en }
