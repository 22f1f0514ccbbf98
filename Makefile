# SPDX-License-Identifier: GPL-2.0
#
# User-facing targets.  Kernel builds of the library itself go through
# Kbuild (make -C <kernel build dir> M=$PWD modules), never through here.

KCONF ?= x86_64
KTREE ?=
# make demo ARCH=x86_64 or ARCH=arm64 runs one architecture; both by default.
ARCH ?= x86_64 arm64
DOCS_OUT ?= output/docs

.PHONY: help demo check deps module module-arm64 kunit kunit-dom0 into-tree mutants bench docs package

help:
	@echo "make demo [ARCH=x86_64|arm64]  Xen 4.17 + Debian 6.1 dom0 in QEMU: load the module, check real DMA"
	@echo "make check         every test (installs its dependencies); ends with 'N passed, N failed'"
	@echo "make module        build xen-dma-xlate.ko against Debian's 6.1 amd64 headers"
	@echo "make module-arm64  cross-build it against Debian's 6.1 arm64 headers"
	@echo "make kunit [KCONF=x86_64|arm64|arm64-64k]  run the KUnit suites on one configuration"
	@echo "make kunit-dom0 [KCONF=...]  boot that KUnit kernel as dom0 of Xen 4.17 in QEMU"
	@echo "make into-tree KTREE=<6.1 tree>  wire the library into a kernel tree"
	@echo "make mutants       break the library on purpose and check that KUnit notices"
	@echo "make bench         native + in-kernel benchmarks; writes Documentation/performance.rst"
	@echo "make docs          the Sphinx documentation, HTML in $(DOCS_OUT) (warnings fail)"
	@echo "make package       the .deb (lintian-checked) and a dkms build against Debian's 6.1 headers"

deps:
	@scripts/deps

demo: deps
	@set -e; for a in $(ARCH); do echo "== $$a"; tests/e2e/run $$a; done

check:
	@tests/run-all

module: deps
	@tests/check-module amd64

module-arm64: deps
	@tests/check-module arm64

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
