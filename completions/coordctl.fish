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
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "context" -d 'Project context hashes (context:project:<id>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "agents" -d 'Agent status hashes (agent:status:<agent>)'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "watch" -d 'Live tail of the events:* channels: filter, count, wait for a message, survive reconnects'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "man" -d 'Print the man page, or write every page into a directory'
complete -c coordctl -n "__fish_coordctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "context" -d 'Project context hashes (context:project:<id>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "agents" -d 'Agent status hashes (agent:status:<agent>)'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "watch" -d 'Live tail of the events:* channels: filter, count, wait for a message, survive reconnects'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "man" -d 'Print the man page, or write every page into a directory'
complete -c coordctl -n "__fish_coordctl_using_subcommand help; and not __fish_seen_subcommand_from context agents watch completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
