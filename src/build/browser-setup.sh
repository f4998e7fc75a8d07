#!/usr/bin/env bash
# Run by the build (see pom.xml, "browser-setup") just before the tests: the browser tests need
# Chromium and its driver. When one is missing, install the Debian packages where this is
# allowed (root, apt-get available, -Dretkoop.browser.install not false); otherwise stop at once
# with one line saying what to run, instead of letting the suite fail minutes later.
#
# The verdict is what the script writes to standard error (nothing: go on; one line: stop).
# Arguments: chromium path, chromedriver path, install allowed (true/false),
#            skipTests, maven.test.skip (the check is skipped when either is true).
set -uo pipefail

chromium="${1:-/usr/bin/chromium}"
driver="${2:-/usr/bin/chromedriver}"
install="${3:-true}"
skip_tests="${4:-false}"
skip_test_build="${5:-false}"

if [[ "${skip_tests}" == "true" || "${skip_test_build}" == "true" ]]; then
	exit 0
fi

present() { [[ -x "${chromium}" && -x "${driver}" ]]; }

if present; then
	exit 0
fi

packages="chromium chromium-driver"
apt_problem=""
if [[ "${install}" != "false" && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
	echo "[retkoop] Chromium or chromedriver missing (${chromium}, ${driver}): installing the Debian packages ${packages} for the browser tests"
	export DEBIAN_FRONTEND=noninteractive
	apt_log="$(mktemp)"
	# Wait for another apt run (e.g. unattended upgrades) rather than failing on its lock.
	apt_options=(-o DPkg::Lock::Timeout=600 -qq)
	if apt-get "${apt_options[@]}" update >"${apt_log}" 2>&1 \
		&& apt-get "${apt_options[@]}" install -y ${packages} >>"${apt_log}" 2>&1; then
		rm -f "${apt_log}"
		if present; then
			echo "[retkoop] Installed $("${chromium}" --version 2>/dev/null | head -n 1)"
			exit 0
		fi
		apt_problem=" (installed, yet not at these paths)"
	else
		apt_problem=" (apt-get failed: $(grep -v '^\s*$' "${apt_log}" | tail -n 1))"
		rm -f "${apt_log}"
	fi
fi

missing=()
[[ -x "${chromium}" ]] || missing+=("Chromium at ${chromium}")
[[ -x "${driver}" ]] || missing+=("chromedriver at ${driver}")
if command -v apt-get >/dev/null 2>&1; then
	sudo=""
	[[ "$(id -u)" == "0" ]] || sudo="sudo "
	run="run '${sudo}apt-get install -y ${packages}'"
else
	run="install Chromium and chromedriver with your system's package manager"
fi
# The build fails on anything written to standard error: one line, what is missing and what to run.
echo "The browser tests need $(IFS=,; echo "${missing[*]}" | sed 's/,/ and /')${apt_problem}: ${run}, or give other paths with -Dretkoop.chromium=PATH -Dretkoop.chromedriver=PATH" >&2
exit 0
