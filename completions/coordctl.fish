# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_coordctl_global_optspecs
    string join \n url= namespace= o/output= color= y/yes dry-run read-only strict connect-timeout= command-timeout= tls-ca-cert= tls-cert= tls-key= tls-insecure h/help V/version
end

function __fish_coordctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_coordctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_coordctl_using_subcommand
    set -l cmd (__fish_coordctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c coordctl -n "__fish_coordctl_needs_command" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_needs_command" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_needs_command" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_needs_command" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_needs_command" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_needs_command" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_needs_command" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_needs_command" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_needs_command" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_needs_command" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_needs_command" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_needs_command" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_needs_command" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "status" -d 'Everything at a glance: server, agents, breakers, retry queue, errors, cascade, metrics'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "context" -d 'Project context hashes (context:project:<id>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "agents" -d 'Agent status hashes (agent:status:<agent>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "errors" -d 'Error logs, counters, signatures and cascades (errors:*)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "breaker" -d 'Circuit breakers (circuit_breakers:<component>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "retry" -d 'Retry queue and dead letter queue (retry:queue, retry:dead_letter_queue)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "metrics" -d 'Training metrics lists (metrics:<kind>:<project>:<metric>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "watch" -d 'Live tail of the events:* channels: filter, count, wait for a message, survive reconnects'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "man" -d 'Print the man page, or write every page into a directory'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l stale-after -d 'Age after which an agent counts as stale' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l limit -d 'Rows shown per section, in the table and in JSON (the rest are counted)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l max-dlq -d 'More dead letters than N' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l max-open-breakers -d 'More open breakers than N (half-open ones let trial calls through and do not count)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l max-failed-agents -d 'More failed agents than N' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l max-stale-agents -d 'More stale agents than N (see --stale-after)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l max-errors-last-hour -d 'More error log entries in the last hour than N' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l check -d 'Exit 3 when a threshold below is crossed (name at least one)'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l no-cascade -d 'An error cascade (the seed\'s correlateErrors: 3 or more event types within 5m)'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "list" -d 'List project contexts'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "ls" -d 'List project contexts'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "show" -d 'Show every field of one project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "set" -d 'Set fields (one atomic write, then the seed\'s events:context:updated message)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "unset" -d 'Remove fields from a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "delete" -d 'Delete a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and not __fish_seen_subcommand_from list ls show set unset delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l ttl -d 'Expire the whole context after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'List project contexts'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every field of one project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set fields (one atomic write, then the seed\'s events:context:updated message)'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove fields from a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "list" -d 'List agents with their status, task and last update'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "ls" -d 'List agents with their status, task and last update'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "show" -d 'Show one agent\'s hash'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "available" -d 'Names of idle agents, one per line (the seed\'s getAvailableAgents)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "set" -d 'Set an agent\'s status (the seed\'s updateAgentStatus, in one transaction)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "remove" -d 'Delete agent hashes'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "rm" -d 'Delete agent hashes'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "prune" -d 'Delete agents that have not reported for a while'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls show available set remove rm prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l status -d 'Only agents in this state' -r -f -a "idle\t''
busy\t''
failed\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l stale -d 'Only agents whose updated_at is older than this' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l stale-after -d 'Age after which an agent counts as stale ("(stale)" in the table, `stale` in JSON)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l status -d 'Only agents in this state' -r -f -a "idle\t''
busy\t''
failed\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l stale -d 'Only agents whose updated_at is older than this' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l stale-after -d 'Age after which an agent counts as stale ("(stale)" in the table, `stale` in JSON)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l stale-after -d 'Age after which the agent counts as stale' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from available" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l task -d 'Record this as the agent\'s current task' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l clear-task -d 'Remove current_task (otherwise it is kept, as the seed does)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l stale -d 'Prune agents whose updated_at is older than this' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l status -d 'Only prune agents in this state' -r -f -a "idle\t''
busy\t''
failed\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agents with their status, task and last update'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one agent\'s hash'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "available" -d 'Names of idle agents, one per line (the seed\'s getAvailableAgents)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set an agent\'s status (the seed\'s updateAgentStatus, in one transaction)'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete agent hashes'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete agents that have not reported for a while'
complete -c coordctl -n "__fish_coordctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "log" -d 'Error log entries, newest first, from the task log and every training log'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "show" -d 'A task\'s details hash (errors:task:<task>:details) and its log entries'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "top" -d 'Error counters (errors:counters), highest first'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "signatures" -d 'Known error signatures (errors:unique_signatures)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "sigs" -d 'Known error signatures (errors:unique_signatures)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "record" -d 'Record a task failure the way the seed\'s logTaskError does, in one transaction'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "correlate" -d 'Look for an error cascade: several event types within a window (the seed\'s correlateErrors, over the task log and every training log)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "purge" -d 'Delete error data: logs, details hashes, counters, signatures'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and not __fish_seen_subcommand_from log show top signatures sigs record correlate purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l source -d 'Which logs to read' -r -f -a "tasks\t'errors:tasks:log'
training\t'every errors:training:<project>:log'
all\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l since -d 'Only entries newer than this: a duration (1h, 30m) or an RFC 3339 time' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l agent -d 'Only entries of this agent' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l project -d 'Only entries of this project (and only this project\'s training log)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l severity -d 'Only entries of this severity' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l name -d 'Only errors with this name (error.name)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l type -d 'Only events of this type (task_failure, …)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l task -d 'Only entries of this task' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l limit -d 'Show at most N entries' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l all -d 'Show every entry (no --limit)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l limit -d 'Show at most N of the task\'s log entries' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l limit -d 'Show only the N highest' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l match -d 'Only signatures matching this glob (SSCAN MATCH), e.g. \'Timeout*\'' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l name -d 'Only signatures of this error name' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from signatures" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l match -d 'Only signatures matching this glob (SSCAN MATCH), e.g. \'Timeout*\'' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l name -d 'Only signatures of this error name' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from sigs" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l task -d 'The failed task (taskId)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l project -d 'Its project (projectId)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l agent -d 'The agent that ran it' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l name -d 'The error\'s name (error.name), e.g. TimeoutError' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l message -d 'The error\'s message (error.message); may start with \'-\'' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l code -d 'The error\'s code (error.code), e.g. ETIMEDOUT; left out of the entry when not given' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l severity -d 'Severity, a plain word (it names the channel events:errors:<severity>)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l recoverable -d 'Mark the error as recoverable (recoverable: true)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l publish -d 'Also publish the seed\'s task_failure message on events:errors:<severity>'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from record" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l window -d 'How far back an event counts' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l threshold -d 'A cascade is at least this many distinct event types within the window' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l per-log -d 'Newest entries read from each log (the seed reads 100)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l publish -d 'Publish the seed\'s error_cascade_detected message on events:errors:correlations when a cascade is found'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l check -d 'Exit 3 when a cascade is found'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from correlate" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "log" -d 'Error log entries, newest first, from the task log and every training log'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "show" -d 'A task\'s details hash (errors:task:<task>:details) and its log entries'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "top" -d 'Error counters (errors:counters), highest first'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "signatures" -d 'Known error signatures (errors:unique_signatures)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record a task failure the way the seed\'s logTaskError does, in one transaction'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "correlate" -d 'Look for an error cascade: several event types within a window (the seed\'s correlateErrors, over the task log and every training log)'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete error data: logs, details hashes, counters, signatures'
complete -c coordctl -n "__fish_coordctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "list" -d 'List circuit breakers: state, when opened, time to half-open, expiry, last change'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "ls" -d 'List circuit breakers: state, when opened, time to half-open, expiry, last change'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "show" -d 'Show one breaker (a component with no hash is closed)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "check" -d 'May calls go through? The seed\'s checkCircuitBreaker: exit 0 when allowed, 3 when open'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "open" -d 'Open a breaker: calls are refused until it goes half-open or its key expires'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "close" -d 'Close a breaker: calls go through again'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "half-open" -d 'Move a breaker to half-open: calls go through as trials'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "reset" -d 'Delete breaker hashes: closed, with no history, as if they had expired'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "exec" -d 'Run a command under a breaker (the seed\'s executeWithCircuitBreaker)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and not __fish_seen_subcommand_from list ls show check open close half-open reset exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l state -d 'Only breakers in this state (a hash with no state counts as closed)' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l state -d 'Only breakers in this state (a hash with no state counts as closed)' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l no-transition -d 'Only look: never move an open breaker to half-open (implied by --read-only)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l reason -d 'Why: stored in the hash\'s reason field and sent in the event' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l if-state -d 'Change nothing (exit 3) unless the breaker is still in this state' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l for -d 'Expire the key (closing the breaker) after this long; agents may still move it to half-open after their own timeout' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l reason -d 'Why: stored in the hash\'s reason field and sent in the event' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l if-state -d 'Change nothing (exit 3) unless the breaker is still in this state' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l reason -d 'Why: stored in the hash\'s reason field and sent in the event' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l if-state -d 'Change nothing (exit 3) unless the breaker is still in this state' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from half-open" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l state -d 'With --all: only breakers in this state' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l reason -d 'Why: sent in each circuit_breaker_closed event' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l if-state -d 'Reset nothing (exit 3) unless the breaker is still in this state' -r -f -a "closed\t''
open\t''
half-open\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l all -d 'Every breaker (asks for confirmation; --yes off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l for -d 'How long the breaker stays open when the command fails (the key\'s expiry)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l half-open-after -d 'How long a breaker stays open before a check may move it to half-open (the seed\'s 5m)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "list" -d 'List circuit breakers: state, when opened, time to half-open, expiry, last change'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one breaker (a component with no hash is closed)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "check" -d 'May calls go through? The seed\'s checkCircuitBreaker: exit 0 when allowed, 3 when open'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a breaker: calls are refused until it goes half-open or its key expires'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a breaker: calls go through again'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "half-open" -d 'Move a breaker to half-open: calls go through as trials'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete breaker hashes: closed, with no history, as if they had expired'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command under a breaker (the seed\'s executeWithCircuitBreaker)'
complete -c coordctl -n "__fish_coordctl_using_subcommand breaker; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "list" -d 'List the retry queue: what is due, what is waiting, and why each task failed'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "ls" -d 'List the retry queue: what is due, what is waiting, and why each task failed'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "stats" -d 'Queue length, ready and waiting items, dead letters and anything left in staging'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "enqueue" -d 'Schedule a failed task for retry (the seed\'s enqueueForRetry, in one atomic write)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "dlq" -d 'The dead letter queue: tasks that ran out of retries'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "run" -d 'Work the retry queue: run a command for each due item, reliably'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and not __fish_seen_subcommand_from list ls stats enqueue dlq run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l agent -d 'Only items for this agent' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many items' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l ready -d 'Only items that are due now'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l agent -d 'Only items for this agent' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many items' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l ready -d 'Only items that are due now'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l project -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l agent -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l error -d 'The error message (the seed stores error.message)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l attempt -d 'Retries already made; the item is written as attempt + 1' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l max-retries -d 'Dead-letter instead once attempt reaches this' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from enqueue" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "list" -d 'List dead letters'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "ls" -d 'List dead letters'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "requeue" -d 'Move dead letters back to the retry queue, due now'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "drain" -d 'Write dead letters to a file as JSON lines, then remove them from Redis'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "import" -d 'Load JSON lines (e.g. from drain) into the dead letter queue or the retry queue'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "purge" -d 'Delete every dead letter'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from dlq" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l max-items -d 'Exit after this many items' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l worker -d 'This worker\'s name (its processing list is {retry:queue}:processing:<name>) [default: <host>:<pid>]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l max-retries -d 'Dead-letter a failed item once its attempt reaches this' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l poll -d 'How often to look for due items when none is due' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l once -d 'Process one due item (or none) and exit'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l exit-when-idle -d 'Exit when no item is due instead of waiting for one'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the retry queue: what is due, what is waiting, and why each task failed'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Queue length, ready and waiting items, dead letters and anything left in staging'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "enqueue" -d 'Schedule a failed task for retry (the seed\'s enqueueForRetry, in one atomic write)'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "dlq" -d 'The dead letter queue: tasks that ran out of retries'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "run" -d 'Work the retry queue: run a command for each due item, reliably'
complete -c coordctl -n "__fish_coordctl_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "list" -d 'List metrics lists: points, latest step and value, when written, recent trend'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "ls" -d 'List metrics lists: points, latest step and value, when written, recent trend'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "show" -d 'Show a metric\'s newest points: step, value, learning rate, time'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "avg" -d 'The seed\'s moving average over the newest points, skipping nulls (NaN)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "plot" -d 'Draw a metric as a line chart that fits the terminal'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "record" -d 'Record a training point: LPUSH and trim to 1,000 in one transaction'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and not __fish_seen_subcommand_from list ls show avg plot record help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l kind -d 'Only lists of this kind (metrics:<kind>:<project>:<metric>)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l all-kinds -d 'Lists of every kind'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l kind -d 'Only lists of this kind (metrics:<kind>:<project>:<metric>)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l all-kinds -d 'Lists of every kind'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l metric -d 'The metric: the key\'s last segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l kind -d 'The kind: the key\'s second segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l limit -d 'How many of the newest points (0: all)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l metric -d 'The metric: the key\'s last segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l kind -d 'The kind: the key\'s second segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l window -d 'Average over the newest N points' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l field -d 'The numeric field to average [default: the metric\'s name]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from avg" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l metric -d 'The metric: the key\'s last segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l kind -d 'The kind: the key\'s second segment' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l field -d 'Any numeric field of the points, e.g. learning_rate [default: the metric\'s name]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l limit -d 'How many of the newest points (0: all)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l width -d 'Columns to fill [default: COLUMNS, else the terminal\'s width, else 80]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l height -d 'Lines to fill, legend included [default: LINES, else the terminal\'s height less one, else 24]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l step -d 'Training step' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l loss -d 'Loss; NaN is stored as null, as JSON.stringify writes it' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l learning-rate -d 'Learning rate (left out of the point when not given, as the seed does)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l wer -d 'Word error rate for the --publish message (the seed publishes it; it is not stored)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l publish -d 'Also publish the seed\'s events:training:progress message'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from record" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List metrics lists: points, latest step and value, when written, recent trend'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a metric\'s newest points: step, value, learning rate, time'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "avg" -d 'The seed\'s moving average over the newest points, skipping nulls (NaN)'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "plot" -d 'Draw a metric as a line chart that fits the terminal'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record a training point: LPUSH and trim to 1,000 in one transaction'
complete -c coordctl -n "__fish_coordctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l exclude -d 'Leave out channels matching this glob (repeatable)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l filter -d 'Only show messages whose field has this value; dotted paths reach into objects (error.name=TimeoutError). Repeat for more: different fields must all match, several values for one field are alternatives' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l until -d 'Exit 0 at the first shown message with this field value (same syntax as --filter)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l count -d 'Exit 0 after N shown messages (with --until: N that match it)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l timeout -d 'Stop after this long; exit 3 if --count or --until was not met by then' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l ping-interval -d 'PING after this long without traffic; no reply within as long again means the connection is dead and is replaced' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l raw -d 'Print each payload alone, one per line, as published'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l dir -d 'Write coordctl.1 and one page per subcommand here' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l url -d 'Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l namespace -d 'Prefix for every key and channel, for several environments in one Redis' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l command-timeout -d 'Give up waiting for a reply after this long (0 waits forever)' -r
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l tls-ca-cert -d 'CA certificate (PEM) to verify a rediss:// server with' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l tls-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l tls-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmation prompts (required for destructive verbs off a terminal)'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l dry-run -d 'Print exactly what would change, change nothing'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l read-only -d 'Refuse every write'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l strict -d 'Fail (exit 1) when any entry could not be read cleanly'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -l tls-insecure -d 'Skip TLS certificate verification (unsafe outside testing)'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c coordctl -n "__fish_coordctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "status" -d 'Everything at a glance: server, agents, breakers, retry queue, errors, cascade, metrics'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "context" -d 'Project context hashes (context:project:<id>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "agents" -d 'Agent status hashes (agent:status:<agent>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "errors" -d 'Error logs, counters, signatures and cascades (errors:*)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "breaker" -d 'Circuit breakers (circuit_breakers:<component>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "retry" -d 'Retry queue and dead letter queue (retry:queue, retry:dead_letter_queue)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "metrics" -d 'Training metrics lists (metrics:<kind>:<project>:<metric>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "watch" -d 'Live tail of the events:* channels: filter, count, wait for a message, survive reconnects'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "man" -d 'Print the man page, or write every page into a directory'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from status context agents errors breaker retry metrics watch completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'List project contexts'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "show" -d 'Show every field of one project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "set" -d 'Set fields (one atomic write, then the seed\'s events:context:updated message)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "unset" -d 'Remove fields from a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "delete" -d 'Delete a project\'s context'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "list" -d 'List agents with their status, task and last update'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "show" -d 'Show one agent\'s hash'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "available" -d 'Names of idle agents, one per line (the seed\'s getAvailableAgents)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "set" -d 'Set an agent\'s status (the seed\'s updateAgentStatus, in one transaction)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "remove" -d 'Delete agent hashes'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "prune" -d 'Delete agents that have not reported for a while'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "log" -d 'Error log entries, newest first, from the task log and every training log'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "show" -d 'A task\'s details hash (errors:task:<task>:details) and its log entries'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "top" -d 'Error counters (errors:counters), highest first'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "signatures" -d 'Known error signatures (errors:unique_signatures)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "record" -d 'Record a task failure the way the seed\'s logTaskError does, in one transaction'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "correlate" -d 'Look for an error cascade: several event types within a window (the seed\'s correlateErrors, over the task log and every training log)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "purge" -d 'Delete error data: logs, details hashes, counters, signatures'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "list" -d 'List circuit breakers: state, when opened, time to half-open, expiry, last change'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "show" -d 'Show one breaker (a component with no hash is closed)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "check" -d 'May calls go through? The seed\'s checkCircuitBreaker: exit 0 when allowed, 3 when open'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "open" -d 'Open a breaker: calls are refused until it goes half-open or its key expires'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "close" -d 'Close a breaker: calls go through again'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "half-open" -d 'Move a breaker to half-open: calls go through as trials'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "reset" -d 'Delete breaker hashes: closed, with no history, as if they had expired'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from breaker" -f -a "exec" -d 'Run a command under a breaker (the seed\'s executeWithCircuitBreaker)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "list" -d 'List the retry queue: what is due, what is waiting, and why each task failed'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "stats" -d 'Queue length, ready and waiting items, dead letters and anything left in staging'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "enqueue" -d 'Schedule a failed task for retry (the seed\'s enqueueForRetry, in one atomic write)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "dlq" -d 'The dead letter queue: tasks that ran out of retries'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "run" -d 'Work the retry queue: run a command for each due item, reliably'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "list" -d 'List metrics lists: points, latest step and value, when written, recent trend'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "show" -d 'Show a metric\'s newest points: step, value, learning rate, time'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "avg" -d 'The seed\'s moving average over the newest points, skipping nulls (NaN)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "plot" -d 'Draw a metric as a line chart that fits the terminal'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "record" -d 'Record a training point: LPUSH and trim to 1,000 in one transaction'
