# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2034 # the variables are for the sourcing script
#
# Which of Debian 12's kernels a script works on, and what that kernel's
# packages are called.  Sourced, never run.  The only place that knows the
# difference in naming between the two series:
#
#   XDX_KERNEL=6.1   (default)  ABI 6.1.0-NN; metapackage linux-image-amd64;
#                               host helpers in linux-kbuild-6.1
#   XDX_KERNEL=6.12             ABI 6.12.NNN+deb12; metapackage
#                               linux-image-6.12-amd64; host helpers in
#                               linux-kbuild-6.12.NNN+deb12
#
# Both series name their images and headers linux-{image,headers}-$ABI-$FLAVOUR
# and their arch-independent headers linux-headers-$ABI-common.
#
# Caches of the default series keep the names they always had; those of
# another series carry it as a suffix (kunit-x86_64-6.12), so switching
# series never throws a warm build away.

XDX_KERNEL=${XDX_KERNEL:-6.1}
case $XDX_KERNEL in
6.1)
	xdx_kernel_meta=linux-image-amd64
	xdx_kernel_abi_re='6\.1\.0-[0-9][0-9]*'
	xdx_kernel_suffix=
	;;
6.12)
	xdx_kernel_meta=linux-image-6.12-amd64
	xdx_kernel_abi_re='6\.12\.[0-9][0-9]*+deb12'
	xdx_kernel_suffix=-6.12
	;;
*)
	printf 'XDX_KERNEL=%s: not a kernel series of Debian 12 (6.1 or 6.12)\n' \
		"$XDX_KERNEL" >&2
	exit 2
	;;
esac
export XDX_KERNEL
# The source package, and the tarball it installs.
xdx_kernel_source=linux-source-$XDX_KERNEL
xdx_kernel_tarball=/usr/src/$xdx_kernel_source.tar.xz

# xdx_kernel_kbuild ABI: the package with the host helpers for ABI.
xdx_kernel_kbuild() {
	case $XDX_KERNEL in
	6.1) printf 'linux-kbuild-6.1\n' ;;
	*) printf 'linux-kbuild-%s\n' "$1" ;;
	esac
}
