# The `mv` shell function (docs/architecture.md §10): cluster subcommands go to `multiverse`, everything else
# to the real mv. Source it from ~/.bashrc or /etc/profile.d/multiverse.sh:
#   . /opt/multiverse/deploy/mv.sh
# No binary named mv is ever installed: it would shadow coreutils for every script.
mv () {
  case "${1-}" in
    cluster|host|vm|plan|agent) command multiverse "$@" ;;
    *) command mv "$@" ;;
  esac
}
