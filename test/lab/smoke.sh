#!/usr/bin/env bash
# Smoke test of deploy/lab/lab (root): the network with --no-agents (ping, cut, heal), then the
# agent life cycle and cluster formation with the stand-ins test/lab/fake-agent.ts and
# test/lab/fake-cli.ts. Refuses to run if a lab is up; always takes its lab down.
#   bash test/lab/smoke.sh
set -euo pipefail
REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
LAB=$REPO/deploy/lab/lab
NODE=$REPO/node_modules/.bin/node
export LAB_DIR=${LAB_DIR:-/tmp/multiverse-lab-smoke}

fail() {
  printf 'smoke: FAIL: %s\n' "$*" >&2
  exit 1
}
step() {
  printf '\n== %s\n' "$*"
}
# (grep -q on a pipe would stop reading early, and pipefail would see the writer's SIGPIPE.)
has() {
  local text=$1 pattern=$2
  grep -Eq -- "$pattern" <<<"$text"
}
namespaces() {
  ip netns list | awk '{ print $1 }'
}
ping_ok() {
  bash "$LAB" exec "$1" -- ping -c1 -W1 "$2" >/dev/null
}

if has "$(namespaces)" '^(lan|h[0-9]+)$'; then
  fail "a lab is up; run: $LAB down"
fi
trap 'bash "$LAB" down >/dev/null 2>&1 || true' EXIT

step "up 3 --no-agents"
bash "$LAB" up 3 --no-agents
bash "$LAB" up 2 --no-agents 2>/dev/null && fail "a second up must be refused"
ping_ok h1 10.99.0.2 || fail "h1 cannot ping h2"
ping_ok h3 10.99.0.1 || fail "h3 cannot ping h1"
bash "$LAB" cut h2
ping_ok h1 10.99.0.2 && fail "h1 still reaches h2 after cut"
has "$(bash "$LAB" status)" '^h2 .* cut ' || fail "status does not show h2 cut"
bash "$LAB" heal h2
ping_ok h1 10.99.0.2 || fail "h1 cannot ping h2 after heal"
[[ $(bash "$LAB" exec h2 -- printenv MULTIVERSE_CONTROL) == "$LAB_DIR/h2/agent.sock" ]] || fail "MULTIVERSE_CONTROL"
bash "$LAB" exec h2 -- sh -c 'command -v multiverse' >/dev/null || fail "no multiverse on the PATH in exec"
bash "$LAB" status
bash "$LAB" down
has "$(bash "$LAB" down)" 'no lab' || fail "a second down must succeed with nothing to do"
has "$(namespaces)" '^(lan|h[0-9]+)$' && fail "namespaces left after down"
[[ ! -e $LAB_DIR ]] || fail "$LAB_DIR left after down"

step "up 3 with fake agents and the fake CLI"
export LAB_AGENT_CMD="$NODE $REPO/test/lab/fake-agent.ts" LAB_CLI_CMD="$NODE $REPO/test/lab/fake-cli.ts"
bash "$LAB" up 3
has "$(bash "$LAB" exec h2 -- multiverse cluster status --json)" '"h3","addr":"10.99.0.3:4001","state":"alive"' ||
  fail "h2 does not see h3 alive"
bash "$LAB" kill h3
has "$(bash "$LAB" status)" '^h3 .* dead ' || fail "status does not show h3's agent dead"
bash "$LAB" start h3
has "$(bash "$LAB" status)" '^h3 .* running ' || fail "status does not show h3's agent running"
(setsid bash "$LAB" exec h1 -- sleep 600 </dev/null >/dev/null 2>&1 &)
bash "$LAB" down
has "$(namespaces)" '^(lan|h[0-9]+)$' && fail "namespaces left after down"
pgrep -f "$REPO/test/lab/fake-agent.ts" >/dev/null && fail "fake agents left after down"
pgrep -fx 'sleep 600' >/dev/null && fail "a process started by lab exec survived down"

step "an agent that exits is reported"
out=$(FAKE_AGENT_FAIL=h2 bash "$LAB" up 2 2>&1) && fail "up must fail when an agent exits"
has "$out" "h2: agent exited" || fail "unexpected message: $out"
bash "$LAB" down

printf '\nsmoke: OK\n'
