import { x } from "@multiverse/domain"; console.log(x, process.version)
