/**
 * The little of `smtp-server` the mail test uses. Its published types (@types/smtp-server) pull in
 * @types/nodemailer 8, whose `Options` then no longer accepts the JSON transport payload.config.ts uses.
 */
declare module 'smtp-server' {
  import type { Readable } from 'node:stream'

  export type SMTPServerOptions = {
    authOptional?: boolean
    disabledCommands?: string[]
    logger?: boolean
    onData?: (stream: Readable, session: unknown, callback: (error?: Error | null) => void) => void
  }
  export class SMTPServer {
    constructor(options: SMTPServerOptions)
    listen(port: number, host: string, callback?: () => void): void
    close(callback?: () => void): void
    server: { address(): { port: number } | string | null }
  }
}
