# SPDX-License-Identifier: GPL-2.0
#
# KTAP from a shell (POSIX sh: busybox's /init in dom0 and bash on the
# host both source it): one document, its plan last, read by
# tests/lib/ktap-results like every other log.
#
#   ktap_begin
#   ktap_result ok|fail|skip NAME DETAILS...
#   ktap_check NAME OK-DETAILS FAIL-DETAILS COMMAND...   (ok when COMMAND is)
#   ktap_end
# In dom0 the lines carry the drivers' prefix, as the kernel's do.

ktap_n=0
ktap_begin() {
	ktap_n=0
	echo "xen-dma-xlate-e2e: KTAP version 1"
}
ktap_result() {
	ktap_status=$1 ktap_name=$2
	shift 2
	ktap_n=$((ktap_n + 1))
	case $ktap_status in
	ok) echo "xen-dma-xlate-e2e: ok $ktap_n $ktap_name # $*" ;;
	skip) echo "xen-dma-xlate-e2e: ok $ktap_n $ktap_name # SKIP $*" ;;
	*) echo "xen-dma-xlate-e2e: not ok $ktap_n $ktap_name # $*" ;;
	esac
}
ktap_check() {
	ktap_name=$1 ktap_good=$2 ktap_bad=$3
	shift 3
	if "$@"; then
		ktap_result ok "$ktap_name" "$ktap_good"
	else
		ktap_result fail "$ktap_name" "$ktap_bad"
	fi
}
ktap_end() {
	echo "xen-dma-xlate-e2e: 1..$ktap_n"
}
