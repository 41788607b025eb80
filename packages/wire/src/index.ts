export { multiverse } from './generated/wire.js'
