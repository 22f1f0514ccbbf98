# SPDX-License-Identifier: GPL-2.0
#
# User-facing targets.  Kernel builds of the library itself go through
# Kbuild (make -C <kernel build dir> M=$PWD modules), never through here.

KCONF ?= x86_64
KTREE ?=
# make demo ARCH=x86_64, ARCH=arm64 or (6.12) ARCH=arm64-16k runs one
# architecture; x86_64 and arm64 by default.
ARCH ?= x86_64 arm64
# Which of Debian 12's kernels: 6.1 (default) or 6.12.  The scripts read it
# as XDX_KERNEL (scripts/kernel-series.sh).
KERNEL ?= $(or $(XDX_KERNEL),6.1)
export XDX_KERNEL := $(KERNEL)
DOCS_OUT ?= output/docs

.PHONY: help demo check check-all deps module module-arm64 module-arm64-16k kunit kunit-dom0 \
	into-tree mutants bench docs package

help:
	@echo "KERNEL=6.1 (default) or KERNEL=6.12 picks the Debian kernel for every target below"
	@echo "make demo [ARCH=x86_64|arm64|arm64-16k]  Xen 4.17 + Debian dom0 in QEMU: load the module, check real DMA"
	@echo "make check         every test CI runs (installs its dependencies); ends with 'N passed, N failed'"
	@echo "make check-all     make check, then the rest of the support matrix (6.12: 16K/64K pages, series)"
	@echo "make module        build xen-dma-xlate.ko against Debian's amd64 headers"
	@echo "make module-arm64  cross-build it against Debian's arm64 headers"
	@echo "make module-arm64-16k  the same for 6.12's arm64-16k flavour"
	@echo "make kunit [KCONF=x86_64|arm64|arm64-16k|arm64-64k]  run the KUnit suites on one configuration"
	@echo "make kunit-dom0 [KCONF=...]  boot that KUnit kernel as dom0 of Xen 4.17 in QEMU"
	@echo "make into-tree KTREE=<6.1 or 6.12 tree>  wire the library into a kernel tree"
	@echo "make mutants       break the library on purpose and check that a test notices (x86_64 KUnit, userspace)"
	@echo "make bench         native + in-kernel benchmarks; writes Documentation/performance.rst"
	@echo "make docs          the Sphinx documentation, HTML in $(DOCS_OUT) (warnings fail)"
	@echo "make package       the .deb (lintian-checked) and a dkms build against Debian's 6.1 amd64 headers"

deps:
	@scripts/deps

demo: deps
	@set -e; for a in $(ARCH); do echo "== $$a"; tests/e2e/run $$a; done

check:
	@tests/run-all

check-all:
	@tests/run-all --all

module: deps
	@tests/check-module amd64

module-arm64: deps
	@tests/check-module arm64

module-arm64-16k: deps
	@tests/check-module arm64-16k

kunit: deps
	@tests/kunit/run $(KCONF)

kunit-dom0: deps
	@tests/e2e/kunit-dom0 $(KCONF)

into-tree:
	@test -n "$(KTREE)" || { echo "usage: make into-tree KTREE=<kernel tree>"; exit 2; }
	@scripts/into-tree "$(KTREE)"

mutants: deps
	@tests/mutants

bench: deps
	@tests/bench/run

docs:
	@tests/check-docs $(abspath $(DOCS_OUT))

package:
	@tests/check-package
