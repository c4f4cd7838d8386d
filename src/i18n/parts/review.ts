import nl from '../nl-BE/review'
import en from '../en/review'

export default { 'nl-BE': nl, en }
