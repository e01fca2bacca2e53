# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= log-level= cgroup-manager= events-backend= noout= runtime= runtime-flag= storage-driver= r/remote= url= H/host= connection= h/help V/version
end

function __fish_skiff_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_skiff_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_skiff_using_subcommand
    set -l cmd (__fish_skiff_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c skiff -n "__fish_skiff_needs_command" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_needs_command" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_needs_command" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_needs_command" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_needs_command" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_needs_command" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_needs_command" -s H -l host -d 'Refused, as --url (before the command only, as podman: `history -H` is --human)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_needs_command" -s V -l version -d 'Print version'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show version information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Show information about the host and the store'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unshare" -d 'Run a command inside the user namespace'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Create an image from a root filesystem tarball'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "load" -d 'Load images from a docker-archive or oci-archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "untag" -d 'Remove names from an image (all of them without any)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'Create a container without starting it'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "start" -d 'Start containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Show details of containers or images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stop" -d 'Stop running containers (stop signal, then SIGKILL)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "update" -d 'Change the resource limits of containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Live resource usage of containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause all processes in containers (cgroup freezer)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pod" -d 'Manage pods'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kube" -d 'Play, take down and generate Kubernetes YAML'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "play" -d 'Kubernetes YAML: `play kube FILE` (the older name of `kube play`)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Show a container\'s filesystem changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "top" -d 'Show a container\'s processes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "healthcheck" -d 'Healthchecks: `healthcheck run CTR`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "events" -d 'Show events'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage the store: prune, df'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "attach" -d 'Attach to a running container\'s output (and input)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart containers (stop, then start)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container-monitor" -d '(internal) the monitor of a detached container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container-create-json" -d '(internal) create a container from options given as JSON on stdin'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "quadlet" -d 'Generate containers\' systemd units from quadlet files (`--dryrun`), manage those files'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "compose" -d 'Run multi-container applications from compose files'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "auto-update" -d 'Update the images of containers run by systemd units (label io.containers.autoupdate)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "generate" -d 'Generate structured output: `generate systemd CTR`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "generate-man-pages" -d '(internal) write the man pages into a directory'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Commit message stored in the image history' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from this archive instead of standard input' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Print nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'docker-archive (default) or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for compatibility (multi-image archives are always allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l uncompressed -d 'Write oci-archive layers uncompressed (docker-archive layers always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (including intermediate ones)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Print only image IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l sort -d 'Sort by created (newest first), id, repository, size or tag' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Remove the image and any containers using it' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s i -l ignore -d 'A missing image is not an error' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "inspect" -d 'Show details of images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "exists" -d 'Exit 0 if an image exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "tag" -d 'Add names to an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "untag" -d 'Remove names from an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "rm" -d 'Remove images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "save" -d 'Save images to an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "load" -d 'Load images from an archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "import" -d 'Create an image from a tarball'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "pull" -d 'Pull an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "push" -d 'Push an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "prune" -d 'Remove dangling (with -a: unused) images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls inspect exists tag untag rm save load import pull push prune build history" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (including intermediate ones)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only image IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created (newest first), id, repository, size or tag' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s t -l type -d 'container or image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Show the size (accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image and any containers using it' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'A missing image is not an error' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'docker-archive (default) or oci-archive' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for compatibility (multi-image archives are always allowed)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Write oci-archive layers uncompressed (docker-archive layers always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive instead of standard input' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message stored in the image history' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print nothing but the image ID (no progress)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Architecture to pull for (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Operating system to pull for (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Architecture variant to pull for' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the manifest digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by a container, not only dangling ones' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name (and tag) of the image; repeat for more names' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Containerfile to use ("-": standard input; default: Containerfile, then Dockerfile in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Build argument KEY=VALUE (KEY alone takes the value from the environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build this stage and the stages it needs, and stop there' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cached results of earlier builds' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull the base images: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Label KEY=VALUE of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l annotation -d 'Annotation KEY=VALUE of the image\'s manifest' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'A layer (and a cache entry) per instruction (false: one layer per stage)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the image\'s new layers into one' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network of RUN instructions: none, host, private, pasta, slirp4netns' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Platform of the image (only the host\'s: os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'Manifest and config format: oci or docker' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=FILE or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-context -d 'A named context NAME=DIR for COPY --from=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l jobs -d 'Stages built at once (accepted; stages are built one after another)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers (they always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers even after a failure (they always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate the output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only the IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Sizes and dates in human units' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Go template (.ID, .Created, .CreatedSince, .CreatedAt, .CreatedBy, .Size, .Comment, .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s t -l tag -d 'Name (and tag) of the image; repeat for more names' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s f -l file -d 'Containerfile to use ("-": standard input; default: Containerfile, then Dockerfile in the context)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg -d 'Build argument KEY=VALUE (KEY alone takes the value from the environment)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l target -d 'Build this stage and the stages it needs, and stop there' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Do not use cached results of earlier builds' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull -d 'Pull the base images: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l label -d 'Label KEY=VALUE of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l annotation -d 'Annotation KEY=VALUE of the image\'s manifest' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Print only the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l layers -d 'A layer (and a cache entry) per instruction (false: one layer per stage)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash -d 'Squash the image\'s new layers into one' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network -d 'Network of RUN instructions: none, host, private, pasta, slirp4netns' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l platform -d 'Platform of the image (only the host\'s: os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l format -d 'Manifest and config format: oci or docker' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=FILE or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-context -d 'A named context NAME=DIR for COPY --from=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l jobs -d 'Stages built at once (accepted; stages are built one after another)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l rm -d 'Remove intermediate containers (they always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l force-rm -d 'Remove intermediate containers even after a failure (they always are)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Do not truncate the output' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Print only the IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Sizes and dates in human units' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Go template (.ID, .Created, .CreatedSince, .CreatedAt, .CreatedBy, .Size, .Comment, .Tags)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s h -l hostname -d 'Container hostname' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind mount or volume: SRC:DST[:OPTS], NAME:DST, or DST' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: DST[:OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs|image|devpts,src=..,dst=..[,OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container: CTR[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the root filesystem read-only' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network -l net -d 'Network mode: pasta[:OPTS], slirp4netns[:OPTS], none, host, private, container:NAME, ns:PATH, or a network NAME[:ip=IP,mac=MAC,alias=A] (repeat for several networks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a port: [IP:][HOSTPORT:]CPORT[/tcp|udp], ranges as 9000-9002:9000-9002' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod -d 'Run in a pod (name or ID), or `new:NAME` to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish the image\'s exposed ports on random host ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'DNS server for the container\'s resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-option -l dns-opt -d 'DNS resolver option, e.g. ndots:2' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges, unmask=ALL' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give extended privileges (all capabilities of the user namespace, no seccomp, no masks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-opt -d 'Storage options (overlay.mount_program=PATH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s m -l memory -d 'Memory limit (e.g. 256m, 1g)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-reservation -d 'Memory soft limit (memory.low)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-quota -d 'CPU CFS quota in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-period -d 'CPU CFS period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight -d 'Block IO weight (10 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-bps -d 'Limit read rate from a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-bps -d 'Limit write rate to a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ulimit -d 'Ulimit options, e.g. nofile=1024:2048' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-score-adj -d 'Tune the container\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled or disabled' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-parent -d 'Parent cgroup (cgroupfs: a path under /sys/fs/cgroup) or slice (systemd)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set metadata on the container: KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Log driver: k8s-file (default), json-file (same format), none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Log driver options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'Healthcheck command, run with /bin/sh -c in the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'Time between healthchecks (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'Failures in a row before the container is unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'Longest a check may run (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'Time after start when failures do not count (default 0s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable any healthcheck, the image\'s too' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pull -d 'Pull the image: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l arch -d 'Architecture of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l os -d 'Operating system of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l variant -d 'Architecture variant of the image to pull' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l authfile -d 'Authentication file for pulling' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace mode: keep-id[:uid=..,gid=..], auto[:size=..], host, nomap, ns:PATH' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l uidmap -d 'Map container uids to the user\'s namespace: CONTAINER_UID:UID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l gidmap -d 'Map container gids to the user\'s namespace: CONTAINER_GID:GID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Seconds stop waits before SIGKILL (default 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l group-add -d 'Supplementary groups for the process (names in the container\'s /etc/group, or ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tz -d 'Time zone: local (the host\'s) or an Area/City of the host\'s zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l expose -d 'Expose a port or range (PORT[-END][/PROTO]), published by --publish-all' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init (catatonit) as PID 1 that forwards signals and reaps processes' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init-path -d 'The init binary for --init' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-host -d 'Pass the caller\'s environment to the container (under the image\'s and -e)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l hostuser -d 'Add this host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l timeout -d 'Kill the container after this many seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 on to the container (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swappiness -d 'Memory swappiness (0 to 100, -1 the system\'s; not applied on cgroup v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sdnotify -d 'How systemd learns the service is ready: container (the socket is passed in), conmon (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed), ignore' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroupns -d 'Cgroup namespace: private (default on cgroup v2) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Remove a container of the same name first' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cidfile -d 'Write the container\'s ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s h -l hostname -d 'Container hostname' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind mount or volume: SRC:DST[:OPTS], NAME:DST, or DST' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: DST[:OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs|image|devpts,src=..,dst=..[,OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container: CTR[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the root filesystem read-only' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network -l net -d 'Network mode: pasta[:OPTS], slirp4netns[:OPTS], none, host, private, container:NAME, ns:PATH, or a network NAME[:ip=IP,mac=MAC,alias=A] (repeat for several networks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a port: [IP:][HOSTPORT:]CPORT[/tcp|udp], ranges as 9000-9002:9000-9002' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod -d 'Run in a pod (name or ID), or `new:NAME` to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish the image\'s exposed ports on random host ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'DNS server for the container\'s resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-option -l dns-opt -d 'DNS resolver option, e.g. ndots:2' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges, unmask=ALL' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give extended privileges (all capabilities of the user namespace, no seccomp, no masks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-opt -d 'Storage options (overlay.mount_program=PATH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s m -l memory -d 'Memory limit (e.g. 256m, 1g)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-reservation -d 'Memory soft limit (memory.low)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-quota -d 'CPU CFS quota in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-period -d 'CPU CFS period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight -d 'Block IO weight (10 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-bps -d 'Limit read rate from a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-bps -d 'Limit write rate to a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ulimit -d 'Ulimit options, e.g. nofile=1024:2048' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-score-adj -d 'Tune the container\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled or disabled' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-parent -d 'Parent cgroup (cgroupfs: a path under /sys/fs/cgroup) or slice (systemd)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set metadata on the container: KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Log driver: k8s-file (default), json-file (same format), none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Log driver options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'Healthcheck command, run with /bin/sh -c in the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'Time between healthchecks (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'Failures in a row before the container is unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'Longest a check may run (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'Time after start when failures do not count (default 0s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable any healthcheck, the image\'s too' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pull -d 'Pull the image: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l arch -d 'Architecture of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l os -d 'Operating system of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l variant -d 'Architecture variant of the image to pull' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l authfile -d 'Authentication file for pulling' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace mode: keep-id[:uid=..,gid=..], auto[:size=..], host, nomap, ns:PATH' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l uidmap -d 'Map container uids to the user\'s namespace: CONTAINER_UID:UID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l gidmap -d 'Map container gids to the user\'s namespace: CONTAINER_GID:GID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Seconds stop waits before SIGKILL (default 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l group-add -d 'Supplementary groups for the process (names in the container\'s /etc/group, or ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tz -d 'Time zone: local (the host\'s) or an Area/City of the host\'s zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l expose -d 'Expose a port or range (PORT[-END][/PROTO]), published by --publish-all' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init (catatonit) as PID 1 that forwards signals and reaps processes' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init-path -d 'The init binary for --init' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-host -d 'Pass the caller\'s environment to the container (under the image\'s and -e)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l hostuser -d 'Add this host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l timeout -d 'Kill the container after this many seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 on to the container (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swappiness -d 'Memory swappiness (0 to 100, -1 the system\'s; not applied on cgroup v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sdnotify -d 'How systemd learns the service is ready: container (the socket is passed in), conmon (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed), ignore' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroupns -d 'Cgroup namespace: private (default on cgroup v2) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Remove a container of the same name first' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cidfile -d 'Write the container\'s ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output and return its exit status' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all -d 'Start every container that is not running (with --filter: those that match)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s f -l filter -d 'Start the containers that match (not running): restart-policy=POLICY, or a ps filter' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers (default: running only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Print only IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l last -d 'Show the last N containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Do not truncate output' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Show sizes (accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s p -l pod -d 'Show the pod of each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Filter: status=, name=REGEX, id=PREFIX, ancestor=IMAGE, label=KEY[=VALUE], pod=POD' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Remove running containers too (killing them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes too' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s i -l ignore -d 'Ignore errors when a container does not exist' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cidfile -d 'Read the container\'s ID from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l depend -d 'Remove the containers that depend on these first' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s t -l time -d 'Seconds a running container (with --force) gets after its stop signal before SIGKILL' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "run" -d 'Run a command in a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "start" -d 'Start containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "inspect" -d 'Show details of containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "exec" -d 'Run a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "stop" -d 'Stop running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "kill" -d 'Send a signal to running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "wait" -d 'Wait for containers to exit'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "cp" -d 'Copy files between a container and the host'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "diff" -d 'Show a container\'s filesystem changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "top" -d 'Show a container\'s processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "logs" -d 'Show a container\'s output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "attach" -d 'Attach to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "restart" -d 'Restart containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "port" -d 'List a container\'s published ports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from ls rm run create start inspect exec stop kill wait cp diff commit export rename top prune logs attach restart port exists" -f -a "exists" -d 'Exit 0 if a container exists, 1 if not'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default: running only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l last -d 'Show the last N containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Show sizes (accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'Show the pod of each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: status=, name=REGEX, id=PREFIX, ancestor=IMAGE, label=KEY[=VALUE], pod=POD' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove running containers too (killing them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes too' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors when a container does not exist' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container\'s ID from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove the containers that depend on these first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds a running container (with --force) gets after its stop signal before SIGKILL' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container hostname' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount or volume: SRC:DST[:OPTS], NAME:DST, or DST' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: DST[:OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs|image|devpts,src=..,dst=..[,OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another container: CTR[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the root filesystem read-only' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Network mode: pasta[:OPTS], slirp4netns[:OPTS], none, host, private, container:NAME, ns:PATH, or a network NAME[:ip=IP,mac=MAC,alias=A] (repeat for several networks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port: [IP:][HOSTPORT:]CPORT[/tcp|udp], ranges as 9000-9002:9000-9002' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run in a pod (name or ID), or `new:NAME` to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish the image\'s exposed ports on random host ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'DNS server for the container\'s resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -l dns-opt -d 'DNS resolver option, e.g. ndots:2' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges, unmask=ALL' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges (all capabilities of the user namespace, no seccomp, no masks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage options (overlay.mount_program=PATH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (e.g. 256m, 1g)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit (memory.low)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'CPU CFS quota in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'CPU CFS period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO weight (10 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate from a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate to a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options, e.g. nofile=1024:2048' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune the container\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled or disabled' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Parent cgroup (cgroupfs: a path under /sys/fs/cgroup) or slice (systemd)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container: KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Log driver: k8s-file (default), json-file (same format), none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log driver options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Healthcheck command, run with /bin/sh -c in the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between healthchecks (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Failures in a row before the container is unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Longest a check may run (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Time after start when failures do not count (default 0s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any healthcheck, the image\'s too' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Architecture of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'Operating system of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Architecture variant of the image to pull' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Authentication file for pulling' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace mode: keep-id[:uid=..,gid=..], auto[:size=..], host, nomap, ns:PATH' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'Map container uids to the user\'s namespace: CONTAINER_UID:UID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'Map container gids to the user\'s namespace: CONTAINER_GID:GID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds stop waits before SIGKILL (default 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Supplementary groups for the process (names in the container\'s /etc/group, or ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Time zone: local (the host\'s) or an Area/City of the host\'s zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or range (PORT[-END][/PROTO]), published by --publish-all' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init (catatonit) as PID 1 that forwards signals and reaps processes' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'The init binary for --init' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass the caller\'s environment to the container (under the image\'s and -e)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Add this host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the container after this many seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 on to the container (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Memory swappiness (0 to 100, -1 the system\'s; not applied on cgroup v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'How systemd learns the service is ready: container (the socket is passed in), conmon (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed), ignore' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'Cgroup namespace: private (default on cgroup v2) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Remove a container of the same name first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container\'s ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container hostname' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount or volume: SRC:DST[:OPTS], NAME:DST, or DST' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: DST[:OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs|image|devpts,src=..,dst=..[,OPTS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container: CTR[:ro|rw]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the root filesystem read-only' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /tmp, /var/tmp and /run' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Network mode: pasta[:OPTS], slirp4netns[:OPTS], none, host, private, container:NAME, ns:PATH, or a network NAME[:ip=IP,mac=MAC,alias=A] (repeat for several networks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [IP:][HOSTPORT:]CPORT[/tcp|udp], ranges as 9000-9002:9000-9002' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run in a pod (name or ID), or `new:NAME` to create the pod first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish the image\'s exposed ports on random host ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for the container\'s resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -l dns-opt -d 'DNS resolver option, e.g. ndots:2' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges, unmask=ALL' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges (all capabilities of the user namespace, no seccomp, no masks)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage options (overlay.mount_program=PATH)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (e.g. 256m, 1g)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (memory.low)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'CPU CFS quota in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'CPU CFS period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO weight (10 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate from a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate to a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options, e.g. nofile=1024:2048' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune the container\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled or disabled' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Parent cgroup (cgroupfs: a path under /sys/fs/cgroup) or slice (systemd)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container: KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Log driver: k8s-file (default), json-file (same format), none, passthrough' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log driver options: max-size=SIZE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Healthcheck command, run with /bin/sh -c in the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between healthchecks (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Failures in a row before the container is unhealthy (default 3)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Longest a check may run (default 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Time after start when failures do not count (default 0s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any healthcheck, the image\'s too' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image: always, missing (default), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Architecture of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'Operating system of the image to pull (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Architecture variant of the image to pull' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates when pulling' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Authentication file for pulling' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace mode: keep-id[:uid=..,gid=..], auto[:size=..], host, nomap, ns:PATH' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'Map container uids to the user\'s namespace: CONTAINER_UID:UID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'Map container gids to the user\'s namespace: CONTAINER_GID:GID:COUNT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds stop waits before SIGKILL (default 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Supplementary groups for the process (names in the container\'s /etc/group, or ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Time zone: local (the host\'s) or an Area/City of the host\'s zoneinfo' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or range (PORT[-END][/PROTO]), published by --publish-all' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init (catatonit) as PID 1 that forwards signals and reaps processes' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'The init binary for --init' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass the caller\'s environment to the container (under the image\'s and -e)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Add this host user (name or uid) to the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Kill the container after this many seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 on to the container (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Memory swappiness (0 to 100, -1 the system\'s; not applied on cgroup v2)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'How systemd learns the service is ready: container (the socket is passed in), conmon (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed), ignore' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'Cgroup namespace: private (default on cgroup v2) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Remove a container of the same name first' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container\'s ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach to the container\'s output and return its exit status' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container that is not running (with --filter: those that match)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Start the containers that match (not running): restart-policy=POLICY, or a ps filter' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s t -l type -d 'container or image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Show the size (accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run in the background' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'All capabilities of the user namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait before SIGKILL (default: the container\'s --stop-timeout, 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors when a container does not exist' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container\'s ID from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Signal all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Condition to wait for: exited (default), stopped, created, running, paused' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Accepted for compatibility (archive mode is the default)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, EXPOSE, LABEL, STOPSIGNAL, VOLUME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container while committing' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print nothing but the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'The latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Prefix each line with its timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Only output since this time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Only output until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Only the last N lines (-1: all)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Show the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l names -d 'With several containers: prefix lines with the name instead of the ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence that detaches (default ctrl-p,ctrl-q; "" disables)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not forward standard input' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Accepted for compatibility: signals are not proxied' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait before SIGKILL (default: the container\'s --stop-timeout, 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'Restart only running containers (with --all)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Show the ports of all containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s t -l type -d 'container or image' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Show the size (accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s l -l latest -d 'Inspect the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep standard input open' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Run in the background' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'User[:group] to run as' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'All capabilities of the user namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -d 'Seconds to wait before SIGKILL (default: the container\'s --stop-timeout, 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Stop all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s i -l ignore -d 'Ignore errors when a container does not exist' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cidfile -d 'Read the container\'s ID from this file (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s a -l all -d 'Signal all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'Condition to wait for: exited (default), stopped, created, running, paused' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s m -l memory -d 'Memory limit (e.g. 256m, 1g)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-reservation -d 'Memory soft limit (memory.low)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-quota -d 'CPU CFS quota in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-period -d 'CPU CFS period in microseconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight -d 'Block IO weight (10 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-bps -d 'Limit read rate from a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-bps -d 'Limit write rate to a device (e.g. /dev/sda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-stream -d 'Print one sample and exit' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l format -d 'Pretty-print with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s i -l interval -d 'Seconds between samples when streaming' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s a -l all -d 'Act on all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s a -l all -d 'Act on all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print nothing but the image ID (no progress)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Pull the image for this platform (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'Architecture to pull for (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'Operating system to pull for (overrides --platform\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'Architecture variant to pull for' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the manifest digest to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from standard input' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Authentication file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s a -l all -d 'Show the ports of all containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "inspect" -d 'Show details of networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "rm" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "remove" -d 'Remove networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "prune" -d 'Remove networks no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "exists" -d 'Exit 0 when the network exists, 1 when it does not'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only bridge exists for rootless containers)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR form, e.g. 10.89.5.0/24' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address inside the subnet' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'No route out of the network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'Containers on the network do not learn each other\'s names' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Label K=V' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver option K=V' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Succeed when the network exists already' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the names' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the names' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, driver=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the network too' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the network too' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on this network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The container\'s MAC address on this network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for podman compatibility' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "create" -d 'Create a pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "ls" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "list" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "inspect" -d 'Show details of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "start" -d 'Start the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "stop" -d 'Stop the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "restart" -d 'Restart the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "kill" -d 'Send a signal to the running containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "pause" -d 'Pause the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "unpause" -d 'Unpause the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "rm" -d 'Remove pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "prune" -d 'Remove every pod with no running container'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "top" -d 'Show the processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "stats" -d 'Live resource usage of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "logs" -d 'Show the output of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top stats logs exists" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when it does not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'The pod\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port of the pod: [IP:][HOSTPORT:]CPORT[/tcp|udp]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -l net -d 'The pod\'s network: pasta[:OPTS], none, host, private' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the containers share: net, ipc, uts, pid (`+pid` adds to the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Hold shared namespaces for the containers (false: they share nothing)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Label K=V' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'The pod\'s hostname (default: its name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'DNS server of the pod\'s resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-option -d 'DNS option' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l userns -d 'User namespace mode (only the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'The cgroup the pod\'s containers go under' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only the pods\' IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s n -l noheading -d 'Print no header' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=, id=, label=, status=, ctr-names=, ctr-ids=, network=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the containers\' names' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the pods\' IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Print no header' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, label=, status=, ctr-names=, ctr-ids=, network=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the containers\' names' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the pods\' IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l format -d 'Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Print no header' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, label=, status=, ctr-names=, ctr-ids=, network=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-names -d 'Show the containers\' names' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait before killing the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop running containers first' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'An unknown pod is no error' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait before killing the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Every pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one sample and exit' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'Go template or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Only this container of the pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output (one container)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Prefix each line with its timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Only output since this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Only output until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tail -d 'Only the last N lines' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "down" -d 'Remove the pods Kubernetes YAML made'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "generate" -d 'Write pods or containers as Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Remove the pods the YAML made instead' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Remove pods of the same names first' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -l net -d 'Network of the pods: pasta[:OPTS], none, host, private' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'YAML files with ConfigMaps the pods refer to' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the containers (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l build -d 'Build images from Containerfiles next to the YAML (not supported)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also write a Service publishing the pod\'s ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand play; and not __fish_seen_subcommand_from kube" -f -a "kube" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l down -d 'Remove the pods the YAML made instead' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Remove pods of the same names first' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l network -l net -d 'Network of the pods: pasta[:OPTS], none, host, private' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l configmap -d 'YAML files with ConfigMaps the pods refer to' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the containers (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l build -d 'Build images from Containerfiles next to the YAML (not supported)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Print no pull progress' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "list" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "inspect" -d 'Show details of volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "remove" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "prune" -d 'Remove the volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when it does not'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "export" -d 'Write a volume\'s content as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "import" -d 'Put a tar archive\'s content into a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata: KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=tmpfs, device=tmpfs, o=size=64m|uid=N,gid=N' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Succeed when the volume exists already' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, label=, label!=, dangling=, driver=' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the names' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, label=, label!=, dangling=, driver=' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the names' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template, or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Every volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the volumes too' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Every volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the volumes too' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Every volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Filter: label=, label!=' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Accepted for compatibility (archive mode is the default)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, EXPOSE, LABEL, STOPSIGNAL, VOLUME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Author' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Pause the container while committing' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print nothing but the image ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s l -l latest -d 'The latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -f -a "run" -d 'Run a container\'s healthcheck now: exit 0 healthy, 1 unhealthy'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Show events created since this time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Show events created until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Filter: type=container|image, event=NAME, container=NAME|ID, image=NAME' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l stream -d 'Keep following new events (--stream=false prints and exits)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l no-trunc -d 'Accepted for compatibility (no effect)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -f -a "prune" -d 'Remove stopped containers and dangling (with -a: unused) images'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -f -a "df" -d 'Show disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -f -a "check" -d 'Check the store for what a crash left and, with --repair, fix it'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from prune df check service" -f -a "service" -d 'Serve the Docker-compatible API on a unix socket (exits after --time without connections)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by a container, not only dangling ones' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Go template or "json"' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l repair -d 'Remove what is damaged or left over (images in use by containers stay, unless --force) (no -r: that is the global --remote)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s q -l quick -d 'Skip the slow checks (reading every blob to verify its digest)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'With --repair, also remove the containers that use a damaged image' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s t -l time -d 'Exit after this long without connections (a Go duration or seconds; 0: never)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Keep printing new output until the container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Prefix each line with its timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Only output since this time (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Only output until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l tail -d 'Only the last N lines (-1: all)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s l -l latest -d 'Show the latest container' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l names -d 'With several containers: prefix lines with the name instead of the ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Key sequence that detaches (default ctrl-p,ctrl-q; "" disables)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not forward standard input' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Accepted for compatibility: signals are not proxied' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -d 'Seconds to wait before SIGKILL (default: the container\'s --stop-timeout, 10)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s a -l all -d 'Restart all running containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l running -d 'Restart only running containers (with --all)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l notify-fd -d 'Write the start result (a code byte and a message) to this inherited descriptor' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-monitor" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l start -d 'Then run it in the foreground and exit with its status' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -s d -l detach -d 'Then start it in the background and print its ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand container-create-json" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l dryrun -d 'Print the units the generator would write (and the problems it finds)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l user -d 'Units for the user\'s manager (the default when not root)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -f -a "list" -d 'List the quadlet files found, with their units and whether these run'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -f -a "print" -d 'Print a quadlet file'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -f -a "install" -d 'Copy quadlet files (or every one in a directory) into the quadlet directory'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and not __fish_seen_subcommand_from list print install rm" -f -a "rm" -d 'Remove quadlet files (stopping their units with --force)'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l replace -d 'Replace files that exist already' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l reload-systemd -d 'Run `systemctl daemon-reload` afterwards' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop a running unit first' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l reload-systemd -d 'Run `systemctl daemon-reload` afterwards' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand quadlet; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -s f -l file -d 'Compose configuration files (in order; later ones override)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -s p -l project-name -d 'Project name (default: the project directory\'s name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l env-file -d 'Variables for interpolation (default: the project directory\'s .env)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l profile -d 'Enable services of this profile' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l project-directory -d 'The directory relative paths are resolved against (default: the first file\'s)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "up" -d 'Create and start the services\' containers (and their networks)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "down" -d 'Stop and remove the containers and networks (volumes with -v)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "ps" -d 'List the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "logs" -d 'Show the services\' output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "config" -d 'Print the merged, interpolated configuration'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "start" -d 'Start stopped services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "restart" -d 'Restart services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "kill" -d 'Send a signal to the services\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "rm" -d 'Remove stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "exec" -d 'Run a command in a running service container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "run" -d 'Run a one-off command in a new container of a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "top" -d 'Show the processes of the services\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "port" -d 'Print the host address a service\'s port is published on'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "images" -d 'List the images the containers use'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "ls" -d 'List projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "version" -d 'Show the compose version'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "pull" -d 'Pull the services\' images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "push" -d 'Push the images of services that are built and named'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "build" -d 'Build the images of services with `build:`'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs config stop start restart kill rm pause unpause exec run top port images ls version pull push build events" -f -a "events" -d 'Follow the events of the project\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Run in the background' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Never build images' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if unchanged' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'Keep existing containers even if changed' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Remove containers of services not in the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Do not start the services a service depends on' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'SERVICE=N containers of a service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait until the services run (and are healthy); implies --detach' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'Pull policy: always, missing, never' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Seconds to wait when stopping containers (foreground up)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove the named volumes of the file and anonymous volumes' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Remove containers of services not in the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Remove images: all (every service\'s) or local (built ones)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Seconds to wait before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Stopped containers too' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only IDs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Only service names' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'table (default) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines from the end ("all" for every line)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'No service prefix' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Only the service names' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Only the volume names' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Only the profile names' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Check only, print nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'yaml (default) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Seconds to wait before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Seconds to wait before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Do not ask (there is no prompt: accepted for compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop running containers first' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes too' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-TTY -d 'No pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Which container of a scaled service' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Do not start the services it depends on' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l service-ports -d 'Publish the service\'s ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'No pseudo-terminal' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Stopped projects too' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l json -d 'One JSON object per line' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l no-stream -d 'Print the events logged so far and exit (the default follows)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l dry-run -d 'Only check for updates (UPDATED says pending): pull and restart nothing' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l rollback -d 'Give a unit that fails after the update its previous image back' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l format -d 'Go template (.Unit .Container .Image .Policy .Updated) or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l tls-verify -d 'Require HTTPS and verify certificates (false allows HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l cert-dir -d 'Directory with certificates (*.crt CAs, *.cert/*.key client certificate)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l authfile -d 'Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand auto-update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -f -a "systemd" -d 'Write a systemd unit that runs a container'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -f -a "kube" -d 'Write pods or containers as Kubernetes YAML (`kube generate`)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l new -d 'Create the container at start and remove it at stop (from the options it was created with), instead of starting and stopping this one' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s n -l name -d 'Use the container\'s name instead of its ID' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s f -l files -d 'Write the unit into the current directory (and print its path)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-policy -d 'systemd restart policy: no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-sec -d 'systemd RestartSec= in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l time -d 'Stop timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l container-prefix -d 'Prefix of the unit\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l separator -d 'Between the prefix and the name' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l no-header -d 'Leave out the comment header' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also write a Service publishing the pod\'s ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s f -l file -d 'Write to this file instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l root -d 'Storage root directory (default $XDG_DATA_HOME/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l runroot -d 'Runtime state directory (default $XDG_RUNTIME_DIR/skiff)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l log-level -d 'Log messages at and above this level (accepted for podman compatibility)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l cgroup-manager -d 'Cgroup manager: systemd (the user\'s systemd over D-Bus) or cgroupfs' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l events-backend -d 'Where events go: file (default) or none' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l noout -d 'Print nothing on standard output' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l runtime -d 'OCI runtime: skiff\'s is built in (crun and runc are accepted and mean it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l runtime-flag -d 'Flags for the OCI runtime (the built-in one takes none: ignored with a warning)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l storage-driver -d 'Storage driver: overlay (the only one)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -s r -l remote -d 'Refused: there is no service, skiff runs containers itself' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l url -d 'Refused: there is no service to connect to' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -l connection -d 'Refused: there are no service connections' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate-man-pages" -s h -l help -d 'Print help'
